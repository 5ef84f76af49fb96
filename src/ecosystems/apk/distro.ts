/**
 * Which apk-tools generation an Alpine release runs, from a purl's `distro` qualifier as SBOM tools write it:
 * syft `alpine-3.23.0`, trivy `3.23.0`, also `alpine:3.23`, `alpine 3.23`, `v3.23`. Alpine 3.23 (December 2025)
 * is the first release with apk-tools 3, and edge has run it since before that release; every earlier release
 * runs 2.x. A distro naming anything but Alpine (Wolfi, postmarketOS, Chainguard) says nothing about Alpine's
 * tools: null, and so does a text that is no release.
 */
export function apkToolsOfDistro(distro: string): 2 | 3 | null {
  const text = distro.trim().toLowerCase();
  const m = /^(?:alpine(?:linux)?[\s:_/-]*)?v?(?:(edge)|(\d{1,4})\.(\d{1,4})(?:[.\s-].*)?)$/.exec(text);
  if (!m) return null;
  if (m[1] === 'edge') return 3;
  const major = Number(m[2]);
  const minor = Number(m[3]);
  return major > 3 || (major === 3 && minor >= 23) ? 3 : 2;
}
