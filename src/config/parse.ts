import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { configSchema, type DepindexConfig } from './schema.js';
import { checkConfigValues } from './values.js';

// Compiled once, on first use: `useDefaults` makes the schema the one place the defaults are written.
// validateSchema off: checking our own constant schema against the JSON Schema meta-schema compiled the
// meta-schema first, half of the compile and a tenth of a fresh `depindex scan`; a test checks it instead.
let compiled: ReturnType<Ajv['compile']> | null = null;
function validator(): ReturnType<Ajv['compile']> {
  compiled ??= new Ajv({ allErrors: true, useDefaults: true, strict: true, allowUnionTypes: true, validateSchema: false }).compile(configSchema);
  return compiled;
}

/** Pure: the text of a config file to the effective configuration or the list of errors. */
export function parseConfig(text: string, path: string): { config: DepindexConfig | null; errors: string[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number | undefined): string => (offset === undefined ? path : `${path}:${lines.linePos(offset).line}`);
  if (doc.errors.length > 0) {
    return { config: null, errors: doc.errors.map((e) => `config: ${at(e.pos[0])}: ${e.message.split('\n')[0]}`) };
  }
  const value: unknown = doc.toJS() ?? {};
  const validate = validator();
  if (!validate(value)) {
    return { config: null, errors: (validate.errors ?? []).map((e) => `config: ${describe(e, doc, at)}`) };
  }
  const config = value as DepindexConfig;
  const problems = checkConfigValues(config).map((p) => `config: ${at(offsetOf(doc, p.path))}: ${keyName(p.path)}: ${p.message}`);
  return problems.length > 0 ? { config: null, errors: problems } : { config, errors: [] };
}

type Path = readonly (string | number)[];

function describe(e: ErrorObject, doc: Document, at: (offset: number | undefined) => string): string {
  const path: Path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const keyOffset = keyOffsetOf(doc, path, key);
    return `${at(keyOffset)}: ${keyName([...path, key])}: unknown key${path.length === 0 ? '' : ` in ${keyName(path)}`}`;
  }
  const allowed = e.keyword === 'enum' ? `: one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` : '';
  return `${at(offsetOf(doc, path))}: ${keyName(path) || '(top level)'}: ${e.message ?? 'invalid'}${allowed}`;
}

export function keyName(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function offsetOf(doc: Document, path: Path): number | undefined {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node && typeof node === 'object' && node.range ? node.range[0] : undefined;
}

function keyOffsetOf(doc: Document, path: Path, key: string): number | undefined {
  const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
}
