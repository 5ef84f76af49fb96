import type { Ecosystem, RangeSyntax } from '../types.js';
import { compareDebVersions, parseDebVersion, type DebVersion } from './version.js';
import { ADVISORY_OPERATORS, parseOperatorRange, relationHolds, type OperatorSyntax, type Relation } from '../shared/os-range.js';

// dpkg's relations; the obsolete `<` and `>` mean `<=` and `>=` to dpkg (deb-control(5), --compare-versions),
// while in advisories (DESIGN.md 8.1) `<x` is strictly below x.
const NATIVE: OperatorSyntax<Relation> = {
  operators: { '<<': 'lt', '<=': 'le', '=': 'eq', '>=': 'ge', '>>': 'gt', '<': 'le', '>': 'ge' },
  exact: 'eq',
};
const ADVISORY: OperatorSyntax<Relation> = { operators: ADVISORY_OPERATORS, exact: 'eq' };

/** Debian packages: dpkg's version order; names are Debian source/binary package names, lower-case by policy. */
export const deb = {
  type: 'deb',
  aliases: [],
  // purl-spec: the vendor namespace and the package name are case-insensitive and lower-cased.
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
  versioning: {
    parse: parseDebVersion,
    compare: compareDebVersions,
    parseRange: (text: string, syntax: RangeSyntax) =>
      parseOperatorRange(text, syntax === 'native' ? NATIVE : ADVISORY, parseDebVersion, (relation, v, bound) =>
        relationHolds(relation, compareDebVersions(v, bound)),
      ),
  },
} satisfies Ecosystem<DebVersion>;
