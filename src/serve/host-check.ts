/** The names a loopback server answers to: anything else in `Host` is a page of another site (DNS rebinding). */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/**
 * True when a request's Host header names one of `names`, alone or with the port the request came in on. Without a
 * token, the only thing standing between the index and a page on another site that rebinds its name to 127.0.0.1
 * is that the browser still sends that site's name in Host.
 */
export function hostAllowed(header: string | undefined, names: readonly string[], localPort: number | undefined): boolean {
  if (header === undefined) return false;
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(header.trim());
  if (!m) return false;
  const name = (m[1] ?? '').toLowerCase();
  if (!names.includes(name)) return false;
  return m[2] === undefined || Number(m[2]) === localPort;
}
