import type { Parser } from '../../parser.js';

// Not implemented yet: detects nothing, so inputs of this format are reported as unknown.
export const parser = {
  id: 'requirements-txt',
  description: 'pip requirements.txt (pinned)',
  capabilities: { edges: 'none', direct: false, development: false, checksums: false, sources: false, licenses: false },
  detect: () => false,
  parse: () => ({ ok: false, error: 'not implemented' }),
} satisfies Parser;
