/**
 * GitLab's CycloneDX property taxonomy (docs: development/sec/cyclonedx_property_taxonomy). Set on each
 * component, because one depindex SBOM merges several dependency files and a component-level value takes
 * precedence over metadata. This is what lets GitLab ingest the SBOM as a `cyclonedx` report.
 */
export const GITLAB_SCHEMA_VERSION = 'gitlab:meta:schema_version';
export const GITLAB_INPUT_FILE = 'gitlab:dependency_scanning:input_file:path';
export const GITLAB_PACKAGE_MANAGER = 'gitlab:dependency_scanning:package_manager:name';
export const GITLAB_CATEGORY = 'gitlab:dependency_scanning:category';

/**
 * depindex's own property: the component's licences were filled from the synced licence data (`depindex sync`)
 * because the input carried none. A property and not the 1.6 license `acknowledgement`: that field says whether a
 * licence was declared by the authors or concluded by analysis, not where this tool read it, and it does not
 * exist before 1.6. Sorts before the gitlab: properties.
 */
export const DEPINDEX_LICENSE_SOURCE = 'depindex:license:source';
