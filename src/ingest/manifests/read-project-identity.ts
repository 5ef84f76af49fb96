import { join } from 'node:path';
import { decodeInput } from '../decode.js';
import { readBounded } from '../read-file.js';
import { PROJECT_MANIFESTS, projectIdentity, type ProjectIdentity } from './project-identity.js';

/** A root manifest is a few kilobytes; anything larger is not one worth naming an SBOM after. */
const MAX_MANIFEST_BYTES = 1 << 20;

/**
 * The project's identity from the first root manifest that names one (package.json, pyproject.toml, Cargo.toml,
 * composer.json, go.mod in `root`). The I/O edge of project-identity.ts: read inside the checkout only, bounded,
 * and never an error: a missing, unreadable or nameless manifest just leaves the SBOM named by CI or the folder.
 */
export async function readProjectIdentity(root: string): Promise<ProjectIdentity | null> {
  for (const name of PROJECT_MANIFESTS) {
    const read = await readBounded(join(root, name), { root, maxBytes: MAX_MANIFEST_BYTES });
    if (!read.ok) continue;
    const decoded = decodeInput(read.bytes);
    const identity = decoded.ok ? projectIdentity(name, decoded.text) : null;
    if (identity) return identity;
  }
  return null;
}
