import { buildPurl } from '../../../ecosystems/shared/purl.js';
import type { Result } from '../../../model/result.js';

/** pkg:golang/github.com/foo/bar@v1.2.3: the module path up to its last "/" is the namespace, the rest the name. */
export function golangPurl(modulePath: string, version: string): Result<string> {
  const slash = modulePath.lastIndexOf('/');
  return slash < 0 ? buildPurl('golang', null, modulePath, version) : buildPurl('golang', modulePath.slice(0, slash), modulePath.slice(slash + 1), version);
}
