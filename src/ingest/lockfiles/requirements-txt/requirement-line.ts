import { requirementName } from '../../../ecosystems/pypi/name.js';

export type RequirementLine =
  | {
      readonly kind: 'requirement';
      readonly name: string;
      /** The version of an exact `==`/`===` pin, null when the line does not pin one. */
      readonly pinned: string | null;
      /** The version part as written, for messages ("" when there is none). */
      readonly specifier: string;
      readonly hashes: readonly string[];
      /** Extras, a specifier, a marker or a hash: more than a bare word (detection wants such evidence). */
      readonly detailed: boolean;
    }
  | { readonly kind: 'option'; readonly option: string; readonly value: string | null }
  | { readonly kind: 'reference'; readonly what: string }
  | { readonly kind: 'invalid' };

const OPERATORS = ['===', '==', '~=', '!=', '<=', '>=', '<', '>'];
const KNOWN_OPTIONS = new Set([
  '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '--no-index',
  '-f', '--find-links', '--trusted-host', '--pre', '--prefer-binary', '--require-hashes', '--only-binary', '--no-binary',
  '--use-feature', '--hash', '--global-option', '--config-settings', '-Z', '--always-unzip',
]);

/** Reads one logical line of a requirements file (comment already removed). */
export function readRequirementLine(text: string): RequirementLine {
  if (text.startsWith('-')) {
    const split = text.search(/[\s=]/);
    const option = split === -1 ? text : text.slice(0, split);
    if (!KNOWN_OPTIONS.has(option)) return { kind: 'invalid' };
    const value = split === -1 ? null : text.slice(split + 1).trim() || null;
    return { kind: 'option', option, value };
  }
  if (text.startsWith('.') || text.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(text.slice(0, 40))) return { kind: 'reference', what: 'a URL or path' };
  const name = requirementName(text);
  if (name === null) return { kind: 'invalid' };
  let rest = text.slice(text.indexOf(name) + name.length);
  let detailed = false;

  // Per-requirement options (--hash ...) follow the first " -".
  const hashes: string[] = [];
  const optionsAt = rest.indexOf(' -');
  if (optionsAt !== -1) {
    const options = rest.slice(optionsAt).trim().split(/\s+/);
    rest = rest.slice(0, optionsAt);
    for (let i = 0; i < options.length; i++) {
      const token = options[i] as string;
      if (token.startsWith('--hash=')) hashes.push(token.slice(7));
      else if (token === '--hash' && i + 1 < options.length) hashes.push(options[++i] as string);
      else if (!token.startsWith('-') && !options[i - 1]?.startsWith('-')) return { kind: 'invalid' };
    }
    detailed ||= hashes.length > 0;
  }
  const marker = rest.indexOf(';');
  if (marker !== -1) {
    detailed = true;
    rest = rest.slice(0, marker);
  }
  rest = rest.trim();
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) return { kind: 'invalid' };
    detailed = true;
    rest = rest.slice(close + 1).trim();
  }
  if (rest.startsWith('@')) return { kind: 'reference', what: 'a URL reference' };
  if (rest.startsWith('(') && rest.endsWith(')')) rest = rest.slice(1, -1).trim();
  if (rest.length === 0) return { kind: 'requirement', name, pinned: null, specifier: '', hashes, detailed };

  let pinned: string | null = null;
  for (const clause of rest.split(',')) {
    const spec = clause.trim();
    const operator = OPERATORS.find((op) => spec.startsWith(op));
    if (!operator) return { kind: 'invalid' };
    const version = spec.slice(operator.length).trim();
    if (version.length === 0 || /\s/.test(version) || (operator !== '===' && !/^[A-Za-z0-9._+!*-]+$/.test(version))) return { kind: 'invalid' };
    if ((operator === '==' && !version.includes('*')) || operator === '===') pinned = version;
  }
  return { kind: 'requirement', name, pinned, specifier: rest, hashes, detailed: true };
}
