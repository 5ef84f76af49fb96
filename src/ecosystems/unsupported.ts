import { err } from '../model/result.js';
import type { Versioning } from './types.js';

const unsupported = new WeakSet<object>();

export function unsupportedVersioning(type: string): Versioning<never> {
  const message = `version semantics for purl type "${type}" are not supported yet`;
  const versioning: Versioning<never> = {
    parse: () => err(message),
    compare: () => {
      throw new Error(message);
    },
    parseRange: () => err(message),
  };
  unsupported.add(versioning);
  return versioning;
}

/** True for the placeholder of an ecosystem whose version semantics are not implemented. */
export function isUnsupported(versioning: Versioning<unknown>): boolean {
  return unsupported.has(versioning);
}
