import type { Ecosystem } from './types.js';
import { unsupportedVersioning } from './unsupported.js';

// Not implemented yet: answers "unsupported" for every version rather than guessing.
export const npm = {
  type: 'npm',
  aliases: [],
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name),
  versioning: unsupportedVersioning('npm'),
} satisfies Ecosystem;
