import { cargoAdvisoryRange, cargoNativeRange } from './req.js';
import { compareCargoVersions, parseCargoVersion, type CargoVersion } from './semver.js';
import type { Ecosystem, Versioning } from '../types.js';
import { CASED_SEGMENT } from '../shared/purl-rule.js';

// Cargo semantics are those of the Rust `semver` crate 1.0, ported in semver.ts (versions and their order)
// and req.ts (requirements: a bare "1.2.3" means "^1.2.3", comparators joined by commas).
const versioning: Versioning<CargoVersion> = {
  parse: parseCargoVersion,
  compare: compareCargoVersions,
  parseRange: (text, syntax) => (syntax === 'advisory' ? cargoAdvisoryRange(text) : cargoNativeRange(text)),
};

export const cargo = {
  type: 'cargo',
  aliases: ['crates.io'],
  // crates.io refuses a new crate whose name differs from an existing one only by case or by `-` versus `_`, and
  // finds either spelling; its own canon_crate_name() is lower(replace(name, '-', '_')), so that is the key here.
  canonicalName: (_namespace, name) => name.toLowerCase().replaceAll('-', '_'),
  versioning,
  // packageurl-js keeps crate names as written (the purl spec's rule for the type).
  plainPurl: { segment: CASED_SEGMENT, namespace: 'none' },
} satisfies Ecosystem<CargoVersion>;
