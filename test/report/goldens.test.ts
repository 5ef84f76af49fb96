/**
 * The SBOM and the diff comment for real inputs, against golden files. The stamp (serial number and timestamp)
 * and the tool version are fixed, so the files change only when the output does. `UPDATE_GOLDENS=1 npx vitest
 * run test/report/goldens.test.ts` rewrites them; review the diff before committing.
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { diffSets } from '../../src/checks/diff.js';
import { buildSet } from '../../src/graph/build.js';
import { detectFormat, parseDetected } from '../../src/ingest/detect.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { writeBom } from '../../src/report/cyclonedx/write.js';
import { renderDiffComment } from '../../src/report/markdown/diff-comment.js';
import { expectGolden } from '../golden.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const goldens = new URL('goldens/', import.meta.url);

/** The sets of one input file, as the scan reads them (named by its path under fixtures/). */
function setsOf(path: string): DependencySet[] {
  const detection = detectFormat(readFileSync(new URL(path, fixtures), 'utf8'));
  if (!detection.ok) throw new Error(detection.message);
  const parsed = parseDetected(detection, path, new Map());
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.result.sets.map((s) => buildSet(s, parsed.parser.id).set);
}

const stamp = { serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000', timestamp: new Date('2026-01-02T03:04:05Z') };

describe('golden files', () => {
  it('the CycloneDX SBOM of the sample project (npm and Bundler)', () => {
    const sets = [...setsOf('sample/package-lock.json'), ...setsOf('sample/Gemfile.lock')];
    const sbom = writeBom(sets, { name: 'group/sample', version: 'main' }, { name: 'depindex', version: '0.0.0' }, stamp);
    // Indented, so that a review reads the change line by line; the bytes themselves are deterministic (sbom.test.ts).
    expectGolden(new URL('sample.cdx.json', goldens), JSON.stringify(JSON.parse(sbom), null, 2) + '\n');
  });

  it('the diff comment between two scans of the web app', () => {
    const diff = diffSets('main', setsOf('cli/base/web-app.cdx.json'), setsOf('cli/web-app.cdx.json'));
    expectGolden(new URL('web-app.comment.md', goldens), renderDiffComment(diff, { maxLength: 65_536, fullDiffLocation: 'the depindex-diff.json artifact' }));
  });
});
