import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/conan-lock/parse.js';
import { readReference } from '../../../../src/ingest/lockfiles/conan-lock/reference.js';
import { edgeStrings, external, fixture, run } from '../helpers.js';

describe('CppJsLib conan.lock 0.4 (Conan 1 graph lock)', () => {
  const text = external('CppJsLib/conan.lock');
  const lock = JSON.parse(text) as { graph_lock: { nodes: Record<string, { ref?: string; requires?: string[] }> } };
  const { set, problems } = run(parser, text);

  it('every node but the consumer is a dependency; node 0 requires are direct', () => {
    expect(problems).toEqual([]);
    expect(Object.keys(lock.graph_lock.nodes)).toHaveLength(10); // PROVENANCE.md: 10 graph nodes
    expect(set.dependencies).toHaveLength(9);
    const rootRequires = (lock.graph_lock.nodes['0']?.requires ?? []).map((id) => lock.graph_lock.nodes[id]?.ref);
    expect(set.dependencies.filter((d) => d.direct).map((d) => d.purl.replace('pkg:conan/', '').replace('@', '/'))).toEqual(rootRequires);
    expect(set.dependencies.every((d) => d.development === false)).toBe(true);
  });

  it('requires -> edges', () => {
    const expected = Object.values(lock.graph_lock.nodes)
      .filter((n) => n.ref)
      .flatMap((n) => (n.requires ?? []).map((id) => `pkg:conan/${(n.ref as string).replace('/', '@')} -> pkg:conan/${(lock.graph_lock.nodes[id]?.ref as string).replace('/', '@')}`))
      .sort();
    expect(edgeStrings(set)).toEqual(expected);
  });
});

describe('nmos conan.lock 0.5 (Conan 2)', () => {
  const text = external('nmos-sender-receiver-framework/conan.lock');
  const lock = JSON.parse(text) as { requires: string[]; build_requires: string[] };
  const { set, problems } = run(parser, text);

  it('one dependency per reference; only-build_requires are development (PROVENANCE.md: 25 + 21)', () => {
    expect(problems).toEqual([]);
    expect(lock.requires).toHaveLength(25);
    expect(lock.build_requires).toHaveLength(21);
    const both = lock.build_requires.filter((r) => lock.requires.includes(r));
    expect(set.dependencies).toHaveLength(25 + 21 - both.length);
    expect(set.dependencies.filter((d) => d.development)).toHaveLength(21 - both.length);
    expect(set.dependencies.every((d) => d.direct === null)).toBe(true);
  });

  it('purls carry the recipe revision', () => {
    expect(set.dependencies.find((d) => d.purl.startsWith('pkg:conan/cmake@'))).toMatchObject({
      purl: 'pkg:conan/cmake@3.29.6?rrev=1a639e3e7401ea46e16c83ec9c5a7922',
      development: true,
    });
    expect(set.dependencies.find((d) => d.purl.startsWith('pkg:conan/zlib@'))?.development).toBe(false);
  });
});

describe('own fixtures', () => {
  it('0.4: build_requires reach development nodes; a node reached both ways is runtime', () => {
    const { set, problems } = run(parser, fixture('conan-lock/build-requires.v0.4.json'));
    expect(set.dependencies.map((d) => [d.purl, d.direct, d.development])).toEqual([
      ['pkg:conan/poco@1.12.4?rrev=3ae5f2b8d3f6a5e0&user=acme', true, false],
      ['pkg:conan/zlib@1.2.13', false, false],
      ['pkg:conan/cmake@3.27.0', true, true],
      ['pkg:conan/ninja@1.11.1', false, true],
    ]);
    expect(problems).toEqual([{ place: '/graph_lock/nodes/5/ref', message: expect.stringMatching(/not a Conan reference/) }]);
  });

  it('0.5: user qualifier, python_requires as development, "_" user, a bad reference', () => {
    const { set, problems } = run(parser, fixture('conan-lock/user-channel.v0.5.json'));
    expect(set.dependencies.map((d) => [d.purl, d.development])).toEqual([
      ['pkg:conan/openssl@3.2.2?rrev=899583c694f9deccec74dbe0bbc65a15&user=bincrafters', false],
      ['pkg:conan/fmt@9.1.0?rrev=551bb6d903fc22780392707fed0efb18', false],
      ['pkg:conan/cmake@3.29.6?rrev=1a639e3e7401ea46e16c83ec9c5a7922', true],
      ['pkg:conan/tool-helpers@0.1?rrev=0123', true],
    ]);
    expect(problems.map((p) => p.place)).toEqual(['/requires/2']);
  });

  it.each([
    ['name/1.0', { name: 'name', version: '1.0', user: null, channel: null, rrev: null }],
    ['name/1.0@user/channel#abc%1.5', { name: 'name', version: '1.0', user: 'user', channel: 'channel', rrev: 'abc' }],
    ['name/1.0#abc:pkgid#prev', { name: 'name', version: '1.0', user: null, channel: null, rrev: 'abc' }],
    ['name', null],
    ['a/b/c', null],
  ])('reads the reference %s', (text, expected) => {
    expect(readReference(text)).toEqual(expected);
  });
});
