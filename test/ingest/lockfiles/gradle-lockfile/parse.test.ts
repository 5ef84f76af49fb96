import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../../../src/ingest/load.js';
import { parser } from '../../../../src/ingest/lockfiles/gradle-lockfile/parse.js';
import { isDevelopmentConfiguration } from '../../../../src/ingest/lockfiles/gradle-lockfile/configurations.js';
import { byRef, external, fixture, run } from '../helpers.js';

/**
 * The jar digest of each component, read from verification-metadata.xml with a plain scan (not the parser's):
 * `name-version.jar` when listed, else a jar under another name that is no -sources/-javadoc or classifier jar.
 */
function jarSums(xml: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const c of xml.matchAll(/<component group="([^"]+)" name="([^"]+)" version="([^"]+)">([\s\S]*?)<\/component>/g)) {
    const artifacts = [...(c[4] as string).matchAll(/<artifact name="([^"]+)">\s*<sha256 value="([0-9a-f]{64})"/g)];
    const jar =
      artifacts.find((a) => a[1] === `${c[2]}-${c[3]}.jar`) ??
      artifacts.find((a) => /\.jar$/.test(a[1] as string) && !/-(sources|javadoc)\.jar$/.test(a[1] as string) && !(a[1] as string).startsWith(`${c[2]}-${c[3]}`));
    if (jar) sums.set(`${c[1]}:${c[2]}@${c[3]}`, jar[2] as string);
  }
  return sums;
}

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

describe('JDKCertsTool gradle.lockfile with its gradle/verification-metadata.xml (real, PROVENANCE.md)', () => {
  const lock = fixture('gradle-lockfile/jdkcertstool/gradle.lockfile');
  const xml = fixture('gradle-lockfile/jdkcertstool/gradle/verification-metadata.xml');
  const { set, problems, notes } = run(parser, lock, { 'gradle/verification-metadata.xml': xml });
  const expected = jarSums(xml);

  it('each locked coordinate with a verified jar carries that jar’s sha256', () => {
    expect(problems).toEqual([]);
    const withJar = set.dependencies.filter((d) => expected.has(d.ref));
    expect(withJar.length).toBeGreaterThan(30);
    for (const d of withJar) expect(d.checksums).toEqual({ sha256: expected.get(d.ref) });
    expect(notes).toEqual([`checksums from gradle/verification-metadata.xml (${[...xml.matchAll(/<component /g)].length} components)`]);
  });

  it('values read from the file: a plain jar, and the Kotlin multiplatform jar Gradle records under another name', () => {
    expect(byRef(set, 'ch.qos.logback:logback-classic@1.3.16').checksums).toEqual({ sha256: '3f63cbc593b91670f75890ab256aa47c123a9b125185939a272c720ca1417c2c' });
    expect(byRef(set, 'com.github.ajalt.clikt:clikt-core-jvm@5.1.0').checksums).toEqual({ sha256: '7f78049fa8159bac05ce09ddef4313248d4cad0014a744214c1150d14e3661e7' });
  });

  it('without the companion the same dependencies have no checksums', () => {
    const alone = run(parser, lock);
    expect(alone.set.dependencies.map((d) => d.ref)).toEqual(set.dependencies.map((d) => d.ref));
    expect(alone.set.dependencies.every((d) => d.checksums === null)).toBe(true);
  });
});

describe('the verification metadata is read as a companion from the checkout', () => {
  const source = new URL('../../../../fixtures/ingest/gradle-lockfile/jdkcertstool/', import.meta.url).pathname;
  const checkout = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-gradle-'));
    copyFileSync(join(source, 'gradle.lockfile'), join(dir, 'gradle.lockfile'));
    mkdirSync(join(dir, 'gradle'));
    return dir;
  };

  it('gradle/verification-metadata.xml beside the lock file gives the checksums', async () => {
    const dir = checkout();
    copyFileSync(join(source, 'gradle', 'verification-metadata.xml'), join(dir, 'gradle', 'verification-metadata.xml'));
    const loaded = await loadInput('gradle.lockfile', { maxInputBytes: 1 << 20, cwd: dir });
    if (!loaded.ok) throw new Error(loaded.message);
    const d = loaded.result.sets[0]?.dependencies.find((x) => x.ref === 'ch.qos.logback:logback-classic@1.3.16');
    expect(d?.checksums).toEqual({ sha256: '3f63cbc593b91670f75890ab256aa47c123a9b125185939a272c720ca1417c2c' });
  });

  it('a subproject’s lock file finds the root build’s gradle/verification-metadata.xml', async () => {
    const dir = checkout();
    copyFileSync(join(source, 'gradle', 'verification-metadata.xml'), join(dir, 'gradle', 'verification-metadata.xml'));
    mkdirSync(join(dir, 'app'));
    copyFileSync(join(source, 'gradle.lockfile'), join(dir, 'app', 'gradle.lockfile'));
    const loaded = await loadInput('app/gradle.lockfile', { maxInputBytes: 1 << 20, cwd: dir });
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.result.notes).toEqual([expect.stringMatching(/^checksums from \.\.\/gradle\/verification-metadata\.xml /)]);
    const d = loaded.result.sets[0]?.dependencies.find((x) => x.ref === 'ch.qos.logback:logback-classic@1.3.16');
    expect(d?.checksums).toEqual({ sha256: '3f63cbc593b91670f75890ab256aa47c123a9b125185939a272c720ca1417c2c' });
  });

  it('a link that leads out of the checkout is not followed: no checksums, and a note says why', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'depindex-outside-'));
    copyFileSync(join(source, 'gradle', 'verification-metadata.xml'), join(outside, 'secret.xml'));
    const dir = checkout();
    symlinkSync(join(outside, 'secret.xml'), join(dir, 'gradle', 'verification-metadata.xml'));
    const loaded = await loadInput('gradle.lockfile', { maxInputBytes: 1 << 20, cwd: dir });
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.result.sets[0]?.dependencies.every((x) => x.checksums === null)).toBe(true);
    expect(loaded.result.notes).toEqual([expect.stringMatching(/^gradle\/verification-metadata\.xml beside it was not used: /)]);
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
