import { buildPurl } from '../../../ecosystems/shared/purl.js';
import type { Result } from '../../../model/result.js';

/** A Conan reference: "name/version@user/channel#rrev%timestamp" (everything after name/version optional). */
export interface ConanReference {
  readonly name: string;
  readonly version: string;
  readonly user: string | null;
  readonly channel: string | null;
  readonly rrev: string | null;
}

export function readReference(text: string): ConanReference | null {
  let rest = text.trim();
  const percent = rest.indexOf('%');
  if (percent !== -1) rest = rest.slice(0, percent);
  // Conan 1 locks can append ":package_id#prev" for a binary; the recipe reference is before it.
  const colon = rest.indexOf(':');
  if (colon !== -1) rest = rest.slice(0, colon);
  let rrev: string | null = null;
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    rrev = rest.slice(hash + 1) || null;
    rest = rest.slice(0, hash);
  }
  let user: string | null = null;
  let channel: string | null = null;
  const at = rest.indexOf('@');
  if (at !== -1) {
    const [u, c] = rest.slice(at + 1).split('/');
    // "_" stands for "no user" / "no channel".
    user = u && u !== '_' ? u : null;
    channel = c && c !== '_' ? c : null;
    rest = rest.slice(0, at);
  }
  const slash = rest.indexOf('/');
  if (slash <= 0 || slash === rest.length - 1 || rest.indexOf('/', slash + 1) !== -1) return null;
  return { name: rest.slice(0, slash), version: rest.slice(slash + 1), user, channel, rrev };
}

/**
 * pkg:conan per the purl spec: user and the recipe revision as qualifiers. The channel cannot be written: the
 * spec's test suite (and packageurl-js) refuse a channel without a namespace, which is the package's vendor, and
 * a lock file does not name one.
 */
export function conanPurl(ref: ConanReference): Result<string> {
  const qualifiers: Record<string, string> = {};
  if (ref.user) qualifiers['user'] = ref.user;
  if (ref.rrev) qualifiers['rrev'] = ref.rrev;
  return buildPurl('conan', null, ref.name, ref.version, Object.keys(qualifiers).length > 0 ? qualifiers : null);
}
