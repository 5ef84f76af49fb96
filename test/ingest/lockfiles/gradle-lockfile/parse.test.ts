import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/gradle-lockfile/parse.js';
import { isDevelopmentConfiguration } from '../../../../src/ingest/lockfiles/gradle-lockfile/configurations.js';
import { byRef, external, fixture, run } from '../helpers.js';

const coordinateLines = (text: string) => text.split('\n').filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('empty='));

describe.each([
  ['kotlin-bip39/gradle.lockfile', 97],
  ['kotlin-bip39/bip39-lib/gradle.lockfile', 244],
])('%s', (file, coordinates) => {
  const text = external(file);
  const { set, problems } = run(parser, text);

  it('one maven dependency per coordinate line (PROVENANCE.md count), no direct or graph info', () => {
    expect(problems).toEqual([]);
    expect(coordinateLines(text)).toHaveLength(coordinates);
    expect(set.dependencies).toHaveLength(coordinates);
    expect(set.edges).toEqual([]);
    expect(set.dependencies.every((d) => d.direct === null && d.purl.startsWith('pkg:maven/'))).toBe(true);
  });
});

describe('development from configurations', () => {
  it('kotlin-bip39: logback only for ktlint is development', () => {
    const { set } = run(parser, external('kotlin-bip39/gradle.lockfile'));
    expect(byRef(set, 'ch.qos.logback:logback-classic@1.3.14')).toMatchObject({ purl: 'pkg:maven/ch.qos.logback/logback-classic@1.3.14', development: true });
  });

  it('bip39-lib: a line that names one runtime configuration is not development', () => {
    const text = external('kotlin-bip39/bip39-lib/gradle.lockfile');
    const { set } = run(parser, text);
    const runtimeLines = coordinateLines(text).filter((l) => (l.split('=')[1] ?? '').split(',').includes('jvmRuntimeClasspath'));
    expect(runtimeLines.length).toBeGreaterThan(0);
    for (const line of runtimeLines) {
      const [g, a, v] = (line.split('=')[0] ?? '').split(':');
      expect(byRef(set, `${g}:${a}@${v}`).development).toBe(false);
    }
  });

  it.each([
    ['testRuntimeClasspath', true],
    ['jvmTestCompileClasspath', true],
    ['androidTestImplementation', true],
    ['debugUnitTestRuntimeClasspath', true],
    ['annotationProcessor', true],
    ['kapt', true],
    ['detektPlugins', true],
    ['dokkaHtmlPlugin', true],
    ['kotlinCompilerPluginClasspathJvmMain', true],
    ['runtimeClasspath', false],
    ['compileClasspath', false],
    ['jvmRuntimeClasspath', false],
    ['iosArm64CompileKlibraries', false],
    ['latestRuntimeClasspath', false],
  ])('%s -> %s', (name, expected) => {
    expect(isDevelopmentConfiguration(name)).toBe(expected);
  });
});

describe('own fixtures', () => {
  it('without the header comment; mixed configurations are runtime', () => {
    const { set } = run(parser, fixture('gradle-lockfile/without-header.lockfile'));
    expect(set.dependencies.map((d) => [d.ref, d.development])).toEqual([
      ['com.google.guava:guava@33.2.1-jre', false],
      ['junit:junit@4.13.2', true],
      ['com.google.dagger:dagger-compiler@2.51', true],
      ['org.jetbrains.kotlin:kotlin-stdlib@2.0.0', false],
    ]);
  });

  it('malformed and repeated lines are problems with their line number', () => {
    const { set, problems } = run(parser, fixture('gradle-lockfile/malformed-line.lockfile'));
    expect(set.dependencies.map((d) => d.ref)).toEqual(['org.slf4j:slf4j-api@2.0.13']);
    expect(problems.map((p) => p.place)).toEqual(['line 5', 'line 6', 'line 7']);
  });

  it.each([
    ['go.sum', external('cli-cli/go.sum')],
    ['requirements.txt', external('gitlab-com-runbooks/requirements.txt')],
  ])('does not claim %s', (_name, text) => {
    expect(parser.detect({ text, json: undefined })).toBe(false);
  });
});
