import { err } from '../model/result.js';
import type { Versioning } from './types.js';

export function unsupportedVersioning(type: string): Versioning<never> {
  const message = `version semantics for purl type "${type}" are not supported yet`;
  return {
    parse: () => err(message),
    compare: () => {
      throw new Error(message);
    },
    parseRange: () => err(message),
  };
}
