import { posix } from 'node:path';

/**
 * `search --file` (issue #15): a path or glob of a dependency file, where a manifest also finds the lock files
 * written beside it. People know their manifest (`Gemfile`) but the index holds what was scanned, usually the
 * lock file (`Gemfile.lock`) or, from a GitLab report, whichever file the analyzer names. Both stores and the
 * serve API go through here, so "which files does this mean" has one answer.
 */

/**
 * Manifest -> the files that record what it resolved to, for every format src/ingest reads. The manifest itself
 * always stays a candidate: GitLab reports and SBOMs name it (`pom.xml`, `build.gradle`) when there is no lock.
 */
const LOCKS_OF_MANIFEST: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^package\.json$/, ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock']],
  [/^pyproject\.toml$/, ['poetry.lock', 'uv.lock', 'pdm.lock']],
  [/^(requirements\.in|setup\.py|setup\.cfg)$/, ['requirements.txt']],
  [/^Pipfile$/, ['Pipfile.lock']],
  [/^Gemfile$/, ['Gemfile.lock']],
  [/^gems\.rb$/, ['gems.locked']],
  [/^Cargo\.toml$/, ['Cargo.lock']],
  [/^composer\.json$/, ['composer.lock']],
  [/^go\.mod$/, ['go.sum']],
  [/^pom\.xml$/, ['maven.graph.json', 'gradle.lockfile']],
  [/^(build|settings)\.gradle(\.kts)?$/, ['gradle.lockfile', 'gradle/verification-metadata.xml']],
  [/\.(cs|fs|vb)proj$/, ['packages.lock.json']],
  [/^Package\.swift$/, ['Package.resolved']],
  [/^pubspec\.yaml$/, ['pubspec.lock']],
  [/^mix\.exs$/, ['mix.lock']],
  [/^conanfile\.(txt|py)$/, ['conan.lock']],
  [/^Podfile$/, ['Podfile.lock']],
  [/^DESCRIPTION$/, ['renv.lock']],
];

const GLOB_CHARS = /[*?[\]{}]/;

export function isGlob(text: string): boolean {
  return GLOB_CHARS.test(text);
}

/** A leading "./" names the same file as without it: stored paths are relative and never start with it. */
function tidy(text: string): string {
  return text.trim().replace(/^(\.\/)+/, '');
}

/**
 * The paths or globs a `--file` value stands for: itself, then the lock files of a manifest in the same folder
 * (`web/package.json` -> `web/package-lock.json`, `**\/Gemfile` -> `**\/Gemfile.lock`). Sorted after the first.
 */
export function fileCandidates(text: string): string[] {
  const file = tidy(text);
  const slash = file.lastIndexOf('/');
  const folder = slash >= 0 ? file.slice(0, slash + 1) : '';
  const base = file.slice(slash + 1);
  const locks = LOCKS_OF_MANIFEST.find(([manifest]) => manifest.test(base))?.[1] ?? [];
  return [file, ...locks.map((lock) => folder + lock).sort()];
}

/** The candidates as one test of stored file paths; globs with Node's own matcher, the one scan inputs use. */
export function fileMatcher(candidates: readonly string[]): (file: string) => boolean {
  const exact = new Set(candidates.filter((c) => !isGlob(c)));
  const globs = candidates.filter(isGlob);
  return (file) => exact.has(file) || globs.some((g) => posix.matchesGlob(file, g));
}

/**
 * What a store filters on: exact paths when no candidate is a glob (an index lookup), or `glob` when the store
 * must list the files in scope first and keep those the matcher accepts.
 */
export type FileFilter =
  | { readonly kind: 'exact'; readonly files: readonly string[] }
  | { readonly kind: 'glob'; readonly matches: (file: string) => boolean };

export function fileFilter(text: string): FileFilter {
  const candidates = fileCandidates(text);
  if (!candidates.some(isGlob)) return { kind: 'exact', files: candidates };
  return { kind: 'glob', matches: fileMatcher(candidates) };
}
