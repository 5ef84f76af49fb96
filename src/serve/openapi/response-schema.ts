import { schemas } from './schemas.js';

const PREFIX = '#/components/schemas/';

function inline(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(inline);
  if (node === null || typeof node !== 'object') return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && ref.startsWith(PREFIX)) return inline(schemas[ref.slice(PREFIX.length)]);
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inline(value)]));
}

/**
 * One of the document's answer schemas with its references written out, for a route's `schema.response`: fastify
 * then writes that answer with fast-json-stringify, compiled once from the schema, instead of JSON.stringify on
 * every request (bench/serve.ts). The properties come out in the schema's order and only those the schema names,
 * so the answer is the one the OpenAPI document describes.
 */
export function responseSchema(name: string): unknown {
  if (!(name in schemas)) throw new Error(`openapi: no schema "${name}"`);
  return inline(schemas[name]);
}
