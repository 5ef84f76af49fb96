import { isJsonObject } from '../../json-object.js';

/** A dependency composer.json declares: lower-case name, and whether only require-dev declares it. */
export interface DeclaredComposerDependency {
  readonly name: string;
  readonly development: boolean;
}

/**
 * Platform requirements name the PHP runtime and its extensions, not packages Composer installs:
 * php, php-64bit, php-ipv6, php-zts, php-debug, hhvm, ext-*, lib-*, composer, composer-plugin-api, composer-runtime-api.
 */
export function isPlatformPackage(name: string): boolean {
  const n = name.toLowerCase();
  return (
    n === 'php' ||
    n.startsWith('php-') ||
    n === 'hhvm' ||
    n.startsWith('ext-') ||
    n.startsWith('lib-') ||
    n === 'composer' ||
    n === 'composer-plugin-api' ||
    n === 'composer-runtime-api'
  );
}

/** From composer.json's parsed JSON: require (runtime) and require-dev (development), platform entries left out. */
export function declaredComposerDependencies(json: unknown): DeclaredComposerDependency[] {
  if (!isJsonObject(json)) return [];
  const out: DeclaredComposerDependency[] = [];
  for (const [key, development] of [['require', false], ['require-dev', true]] as const) {
    const table = json[key];
    if (!isJsonObject(table)) continue;
    for (const name of Object.keys(table)) if (!isPlatformPackage(name)) out.push({ name: name.toLowerCase(), development });
  }
  return out;
}
