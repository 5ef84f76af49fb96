import { describe, expect, it } from 'vitest';
import { brokenPromises, observe, purlsOf, type Observed } from './support/contract.js';
import { manifestIds } from './support/seeds.js';
import { fill, templates, type Template } from './support/templates.js';
import { timeBudget } from '../time-budget.js';

const CPU_BUDGET_MS = timeBudget(2000);

/** Strings a hostile or broken dependency could carry, by what they attack. */
const HOSTILE: readonly (readonly [string, string])[] = [
  ['ANSI escapes', '\u001b[31mred\u001b[0m\u001b]8;;https://evil.example\u0007'],
  ['an RTL override', 'evil\u202Egnp.exe'],
  ['a NUL byte', 'a\u0000b'],
  ['a lone surrogate', 'x\uD800y'],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['a 1 MB string', 'a'.repeat(1 << 20)],
];

/** The good package every template carries, as each format spells it. */
const ANCHOR = /^pkg:[a-z]+\/(?:[^/]+\/)?(?:anchor-pkg|Anchor\.Pkg)@v?1\.2\.3(\?.*)?$/;

/** Manifests yield no sets; every other format must keep the good package. */
const yieldsSets = (t: Template): boolean => !manifestIds.has(t.parser);

function prototypeIsClean(): boolean {
  return Object.keys(Object.prototype).length === 0 && ({} as Record<string, unknown>)['polluted'] === undefined && typeof Object.prototype.toString === 'function';
}

function expectGoodKept(seen: Observed, template: Template): void {
  expect(brokenPromises(seen, CPU_BUDGET_MS)).toEqual([]);
  expect(prototypeIsClean(), 'Object.prototype was changed by parsing').toBe(true);
  expect(seen.detected, 'one hostile entry must not change what the file is').toBe(template.parser);
  if (yieldsSets(template)) expect([...purlsOf(seen)].filter((p) => ANCHOR.test(p)), 'the good package was lost').toHaveLength(1);
}

describe('hostile names and versions', () => {
  const rows = templates.flatMap((t) => HOSTILE.flatMap(([what, value]) => [[t.file, `a name with ${what}`, t, value, '2.0.0'] as const, [t.file, `a version with ${what}`, t, 'hostile-pkg', `2.0.0${value}`] as const]));
  it.each(rows)('%s: %s', (_file, _what, template, name, version) => {
    expectGoodKept(observe(fill(template, name, version), template.file), template);
  });
});

/** Keys that pollute Object.prototype when a reader copies objects with plain assignment. */
function withPollutingKeys(template: Template): string {
  const text = fill(template, 'hostile-pkg', '2.0.0');
  if (template.file.endsWith('.json')) {
    return text.replace('{', '{ "__proto__": { "polluted": "yes" }, "constructor": { "prototype": { "polluted": "yes" } }, ');
  }
  if (template.file.endsWith('.yaml')) return `${text}\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n`;
  if (template.file.endsWith('.toml')) return `${text}\n[__proto__]\npolluted = "yes"\n\n[constructor.prototype]\npolluted = "yes"\n`;
  return text;
}

describe('prototype pollution', () => {
  it.each(templates.filter((t) => /\.(json|yaml|toml)$/.test(t.file)).map((t) => [t.file, t] as const))('%s with top-level __proto__ and constructor keys', (_file, template) => {
    expectGoodKept(observe(withPollutingKeys(template), template.file), template);
  });
});

/** Line shapes that make a backtracking regex go quadratic or worse on 100,000 characters. */
const REDOS_LINES: readonly (readonly [string, string])[] = [
  ['100k letters', 'a'.repeat(100_000)],
  ['100k spaces then a bang', ' '.repeat(100_000) + '!'],
  ['100k "a@"', 'a@'.repeat(50_000)],
  ['100k "0."', '0.'.repeat(50_000) + 'x'],
  ['100k tabs then x', '\t'.repeat(100_000) + 'x'],
  ['100k escaped quotes', '"' + '\\"'.repeat(50_000)],
  ['100k "= "', 'a' + ' = a'.repeat(25_000)],
  ['100k "(" ', 'x ' + '('.repeat(100_000)],
];

/** Manifests read as one TOML document: a raw line is a syntax error before any regex sees it. */
const WHOLE_DOCUMENT = new Set(['pyproject', 'pipfile']);

describe('regex-DoS-shaped lines in text formats', () => {
  const lineBased = templates.filter((t) => !t.file.endsWith('.json') && !WHOLE_DOCUMENT.has(t.parser));
  const rows = lineBased.flatMap((t) => REDOS_LINES.map(([what, line]) => [t.file, what, t, line] as const));
  it.each(rows)('%s: a line of %s', (_file, _what, template, line) => {
    const text = fill(template, 'hostile-pkg', '2.0.0');
    // After the good package's block, so that reading it needs nothing from the hostile line.
    const at = text.indexOf('hostile-pkg');
    const lineStart = text.lastIndexOf('\n', at);
    const seen = observe(text.slice(0, lineStart + 1) + line + '\n' + text.slice(lineStart + 1), template.file);
    expect(brokenPromises(seen, CPU_BUDGET_MS)).toEqual([]);
    expect(prototypeIsClean()).toBe(true);
  });

  const asNames = templates.flatMap((t) => REDOS_LINES.map(([what, line]) => [t.file, what, t, line] as const));
  it.each(asNames)('%s: a name of %s', (_file, _what, template, line) => {
    const seen = observe(fill(template, line, '2.0.0'), template.file);
    expect(brokenPromises(seen, CPU_BUDGET_MS)).toEqual([]);
  });

  it.each(templates.filter((t) => WHOLE_DOCUMENT.has(t.parser)).map((t) => [t.file, t] as const))('%s: a syntax error names its line', (_file, template) => {
    const text = fill(template, 'hostile-pkg', '2.0.0') + 'this is = = not toml\n';
    const seen = observe(text, template.file);
    expect(seen.outcome.ok).toBe(false);
    if (!seen.outcome.ok) expect(seen.outcome.message).toMatch(new RegExp(`^line ${text.split('\n').length - 1}(, column \\d+)?: `));
  });
});
