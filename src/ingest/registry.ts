import type { Parser } from './parser.js';
import { parser as gitlabDs } from './gitlab-ds/parse.js';
import { parser as cyclonedx } from './cyclonedx/parse.js';
import { parser as spdx } from './spdx/parse.js';
import { parser as npmLock } from './lockfiles/npm-lock/parse.js';
import { parser as yarnLock } from './lockfiles/yarn-lock/parse.js';
import { parser as pnpmLock } from './lockfiles/pnpm-lock/parse.js';
import { parser as gemfileLock } from './lockfiles/gemfile-lock/parse.js';
import { parser as goMod } from './lockfiles/go-mod/parse.js';
import { parser as goSum } from './lockfiles/go-sum/parse.js';
import { parser as poetryLock } from './lockfiles/poetry-lock/parse.js';
import { parser as pipfileLock } from './lockfiles/pipfile-lock/parse.js';
import { parser as cargoLock } from './lockfiles/cargo-lock/parse.js';
import { parser as composerLock } from './lockfiles/composer-lock/parse.js';
import { parser as nugetLock } from './lockfiles/nuget-lock/parse.js';
import { parser as gradleLockfile } from './lockfiles/gradle-lockfile/parse.js';
import { parser as conanLock } from './lockfiles/conan-lock/parse.js';
import { parser as packageJson } from './manifests/package-json/parse.js';
import { parser as composerJson } from './manifests/composer-json/parse.js';
import { parser as pyproject } from './manifests/pyproject/parse.js';
import { parser as pipfile } from './manifests/pipfile/parse.js';
import { parser as requirementsTxt } from './lockfiles/requirements-txt/parse.js';
import { parser as mavenTreeJson } from './maven-tree-json/parse.js';
import { parser as mavenTreeText } from './maven-tree-text/parse.js';
import { parser as gradleDependencies } from './gradle-dependencies/parse.js';
import { parser as gradleVerification } from './gradle-verification/parse.js';
import { parser as uvLock } from './lockfiles/uv-lock/parse.js';
import { parser as bunLock } from './lockfiles/bun-lock/parse.js';
import { parser as pubspecLock } from './lockfiles/pubspec-lock/parse.js';
import { parser as podfileLock } from './lockfiles/podfile-lock/parse.js';
import { parser as packageResolved } from './lockfiles/package-resolved/parse.js';
import { parser as renvLock } from './lockfiles/renv-lock/parse.js';
import { parser as dotnetDeps } from './lockfiles/dotnet-deps/parse.js';
import { parser as pipdeptree } from './pipdeptree/parse.js';
import { parser as mixLock } from './lockfiles/mix-lock/parse.js';

/**
 * The one list of input formats, in detection order: the first parser whose `detect` accepts the content wins.
 * A conformance test checks that each fixture is claimed by exactly one parser, so the order only matters
 * for free-text formats (requirements.txt is last because almost anything could be one).
 */
export const parsers: readonly Parser[] = [
  gitlabDs, cyclonedx, spdx,
  npmLock, yarnLock, pnpmLock, gemfileLock, goMod, goSum,
  poetryLock, pipfileLock, cargoLock, composerLock, nugetLock, gradleLockfile, conanLock,
  packageJson, composerJson, pyproject, pipfile,
  mavenTreeJson, mavenTreeText, gradleDependencies, gradleVerification,
  uvLock, bunLock, pubspecLock, podfileLock, packageResolved, renvLock, dotnetDeps, pipdeptree, mixLock,
  requirementsTxt,
];
