import type { RangeSyntax, Versioning } from '../types.js';
import { ADVISORY_OPERATORS, parseOperatorRange, type OperatorSyntax, type Relation } from '../shared/os-range.js';
import { compareRpmVersions, parseRpmVersion, rpmRelationHolds, type RpmVersion } from './version.js';

// rpm's own operators are the advisory ones (< <= = >= >), so both syntaxes read the same way.
const SYNTAX: OperatorSyntax<Relation> = { operators: ADVISORY_OPERATORS, exact: 'eq' };

/** RPM version semantics, shared by every RPM-based purl type (rpm, cbl-mariner). */
export const rpmVersioning: Versioning<RpmVersion> = {
  parse: parseRpmVersion,
  compare: compareRpmVersions,
  parseRange: (text: string, _syntax: RangeSyntax) =>
    parseOperatorRange(text, SYNTAX, parseRpmVersion, rpmRelationHolds),
};
