/** A file name for the download: letters, digits, dot, dash and underscore of project and ref, nothing else. */
export function sbomFileName(project: string, ref: string): string {
  const clean = (text: string): string => text.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 80) || 'x';
  return `${clean(project)}@${clean(ref)}.cdx.json`;
}
