import type { Ecosystem } from './types.js';
import { unsupportedVersioning } from './unsupported.js';

// Not implemented yet: answers "unsupported" for every version rather than guessing.
export const nuget = {
  type: 'nuget',
  aliases: [],
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name),
  versioning: unsupportedVersioning('nuget'),
} satisfies Ecosystem;
