import { configSchema, type DepindexConfig } from './schema.js';

/**
 * The effective configuration when there is no file: the schema's defaults, filled in as the validator's
 * `useDefaults` fills them into an empty document (a property's default where it is missing, then the defaults
 * inside it), without the validator: a scan without `.depindex.yml` need not load or compile it. The schema
 * stays the one place the defaults are written; test/config checks this gives what parsing an empty file gives.
 */
export function configDefaults(): DepindexConfig {
  const config: Record<string, unknown> = {};
  fill(configSchema, config);
  return config as unknown as DepindexConfig;
}

interface SchemaNode {
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly default?: unknown;
  readonly [keyword: string]: unknown;
}

function fill(schema: SchemaNode, value: Record<string, unknown>): void {
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (value[key] === undefined && property.default !== undefined) value[key] = structuredClone(property.default);
    const inner = value[key];
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) fill(property, inner as Record<string, unknown>);
  }
}
