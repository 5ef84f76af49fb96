import { describe, expect, it } from 'vitest';
import { canonicalKey, licenseKeys, nameKeys, projectNamespaces } from '../../src/store/keys.js';

describe('projectNamespaces', () => {
  it.each([
    ['project', []],
    ['owner/repo', ['owner']],
    ['group/sub/deeper/project', ['group', 'group/sub', 'group/sub/deeper']],
  ])('%s -> %j', (project, namespaces) => {
    expect(projectNamespaces(project)).toEqual(namespaces);
  });
});

describe('canonicalKey', () => {
  it.each([
    ['npm', '@Types', '@Types/Node', '@types/node'],
    ['pypi', null, 'Django', 'django'],
    ['generic', 'Vendor', 'Vendor/Thing', 'vendor/thing'],
    ['docker', null, 'Library/Nginx', 'library/nginx'],
  ])('%s %s %s -> %s', (type, namespace, name, key) => {
    expect(canonicalKey(type, namespace, name)).toBe(key);
  });
});

describe('nameKeys', () => {
  it('without a type, holds the lower-cased text and its PEP 503 form', () => {
    const keys = nameKeys('Requests_OAuthlib');
    expect(keys).toContain('requests_oauthlib');
    expect(keys).toContain('requests-oauthlib');
  });

  it('splits a Maven coordinate at its colon as well as a path at its last slash', () => {
    expect(nameKeys('org.slf4j:slf4j-api', 'maven')).toContain(canonicalKey('maven', 'org.slf4j', 'org.slf4j/slf4j-api'));
    expect(nameKeys('org.slf4j/slf4j-api', 'maven')).toContain(canonicalKey('maven', 'org.slf4j', 'org.slf4j/slf4j-api'));
  });

  it('with a type, answers only that ecosystem\'s forms', () => {
    expect(nameKeys('Lodash', 'npm')).toEqual(['lodash']);
  });
});

describe('licenseKeys', () => {
  it.each([
    [null, []],
    [['MIT'], ['mit']],
    [['(MIT OR Apache-2.0) AND BSD-3-Clause'], ['(mit or apache-2.0) and bsd-3-clause', 'apache-2.0', 'bsd-3-clause', 'mit']],
    [['GPL-2.0-only WITH Classpath-exception-2.0'], ['classpath-exception-2.0', 'gpl-2.0-only', 'gpl-2.0-only with classpath-exception-2.0']],
    [['Apache License 2.0', ' '], ['apache license 2.0']],
    [['(MIT)'], ['(mit)', 'mit']],
    // SPDX 2.3 Annex D: "+" belongs to the id, DocumentRef-x:LicenseRef-y is one reference, operators are case-insensitive.
    [['GPL-2.0+ or DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2'], ['documentref-spdx-tool-1.2:licenseref-mit-style-2', 'gpl-2.0+', 'gpl-2.0+ or documentref-spdx-tool-1.2:licenseref-mit-style-2']],
    // Not an SPDX expression ("BSD" is no license id), but written like one: its words are keys too, so
    // `--license mit` finds it (as before spdx-expression-parse read the valid ones).
    [['BSD or MIT'], ['bsd', 'bsd or mit', 'mit']],
  ])('%j -> %j', (licenses, keys) => {
    expect(licenseKeys(licenses)).toEqual(keys);
  });
});
