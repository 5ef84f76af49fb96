/**
 * The one place src/metadata reaches into src/ecosystems: the registry, the version tools and the OSV range
 * evaluator. Another change reorganises that folder; only these imports move with it.
 */
export { ecosystemFor } from '../../ecosystems/registry.js';
export { versionTool, type VersionTool } from '../../ecosystems/versions.js';
export { osvRange, ecosystemForOsv, type OsvAffectedJson, type OsvRangeJson } from '../../ecosystems/shared/osv-range.js';
export { purlSemantics, hasPurlVariants, type PurlSemantics } from '../../ecosystems/shared/purl-semantics.js';
export type { Ecosystem, VersionRange } from '../../ecosystems/types.js';
