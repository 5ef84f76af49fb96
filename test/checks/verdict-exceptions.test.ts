import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run.js';
import { decideVerdict } from '../../src/checks/verdict.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { configOf, external, scanOf } from './support.js';

const lock = 'create-react-app/package-lock.json';
const POLICY = `dependencies:
  deny:
    - purl: pkg:npm/react-dom
      severity: high
    - purl: pkg:npm/scheduler
      severity: low
`;

describe('verdict', () => {
  it('fails at or above fail-on, warns below, passes without findings; warn mode and never only warn', async () => {
    const scan = await scanOf(external, lock);
    const verdictWith = (extra: string) => {
      const config = configOf(POLICY + extra);
      return decideVerdict(runChecks({ sets: scan.sets, config, reported: [], previous: null, now: new Date() }, null), config, false);
    };
    expect(verdictWith('')).toBe('fail');
    expect(verdictWith('fail-on: critical\n')).toBe('warn');
    expect(verdictWith('mode: warn\n')).toBe('warn');
    expect(verdictWith('fail-on: never\n')).toBe('warn');
    const none = configOf('');
    expect(decideVerdict(runChecks({ sets: scan.sets, config: none, reported: [], previous: null, now: new Date() }, null), none, false)).toBe('pass');
  });

  it('on a merge request with only-new, findings already in the target do not decide', async () => {
    const scan = await scanOf(external, lock);
    const config = configOf(POLICY);
    const findings = runChecks({ sets: scan.sets, config, reported: [], previous: null, now: new Date() }, scan.sets);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => !f.new)).toBe(true);
    expect(decideVerdict(findings, config, true)).toBe('warn');
    expect(decideVerdict(findings, configOf(POLICY + 'only-new: false\n'), true)).toBe('fail');
    // Removing react-dom from the target makes its findings new in the change.
    const target: DependencySet[] = scan.sets.map((s) => ({ ...s, dependencies: s.dependencies.filter((d) => d.name !== 'react-dom') }));
    const changed = runChecks({ sets: scan.sets, config, reported: [], previous: null, now: new Date() }, target);
    expect(changed.filter((f) => f.new).map((f) => f.name).every((n) => n === 'react-dom')).toBe(true);
    expect(decideVerdict(changed, config, true)).toBe('fail');
  });
});

describe('exceptions', () => {
  it('suppress until their last day, then stop and say so; suppressed findings stay in the list', async () => {
    const scan = await scanOf(external, lock);
    const config = configOf(`${POLICY}exceptions:
  - purl: pkg:npm/react-dom
    kinds: [dependency-policy]
    until: 2027-03-31
    reason: legal approved, ticket LEGAL-12
`);
    const on = (date: string) => runChecks({ sets: scan.sets, config, reported: [], previous: null, now: new Date(date) }, null);
    const before = on('2027-03-31T23:59:00Z').filter((f) => f.name === 'react-dom');
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((f) => f.suppressed && f.suppressedBy === 'legal approved, ticket LEGAL-12')).toBe(true);
    expect(decideVerdict(on('2027-03-31T23:59:00Z'), config, false)).toBe('warn');
    const after = on('2027-04-01T00:00:00Z').filter((f) => f.name === 'react-dom');
    expect(after.every((f) => !f.suppressed && f.message.includes('expired on 2027-03-31'))).toBe(true);
    expect(decideVerdict(on('2027-04-01T00:00:00Z'), config, false)).toBe('fail');
  });
});

describe('fingerprints', () => {
  it('are the same whatever the input order, and differ per rule, file and version', async () => {
    const scan = await scanOf(external, lock);
    const config = configOf(POLICY);
    const ids = (sets: readonly DependencySet[]) => runChecks({ sets, config, reported: [], previous: null, now: new Date() }, null).map((f) => f.id);
    const reversed = scan.sets.map((s) => ({ ...s, dependencies: [...s.dependencies].reverse() })).reverse();
    expect(ids(reversed)).toEqual(ids(scan.sets));
    expect(new Set(ids(scan.sets)).size).toBe(ids(scan.sets).length);
    const renamed = scan.sets.map((s) => ({ ...s, file: `sub/${s.file}` }));
    expect(ids(renamed).filter((id) => ids(scan.sets).includes(id))).toEqual([]);
  });
});
