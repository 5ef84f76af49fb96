import { parse as parseToml } from 'smol-toml';

/** What a project's own manifest says it is: the subject an SBOM describes (its metadata.component). */
export interface ProjectIdentity {
  /** purl type of the project's ecosystem. */
  readonly type: 'npm' | 'pypi' | 'golang' | 'composer' | 'cargo';
  /** Full name as the ecosystem writes it ("@acme/web", "github.com/acme/tool", "acme/lib"). */
  readonly name: string;
  readonly version: string | null;
}

/** Manifest file names at a repository root, in the order their identity is preferred. */
export const PROJECT_MANIFESTS = ['package.json', 'pyproject.toml', 'Cargo.toml', 'composer.json', 'go.mod'] as const;

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' && v.length <= 214 ? v.trim() : null);
const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The project's name and version from one root manifest, or null when it names none (a private workspace root
 * without a name, an unparsable file). Pure: the text comes in, and nothing of it is trusted beyond a short
 * string; the caller reads the file (bounded) and never fails a scan over it.
 */
export function projectIdentity(fileName: (typeof PROJECT_MANIFESTS)[number], content: string): ProjectIdentity | null {
  try {
    switch (fileName) {
      case 'package.json': {
        const json = record(JSON.parse(content));
        const name = text(json.name);
        return name ? { type: 'npm', name, version: text(json.version) } : null;
      }
      case 'composer.json': {
        const json = record(JSON.parse(content));
        const name = text(json.name);
        return name ? { type: 'composer', name, version: text(json.version) } : null;
      }
      case 'pyproject.toml': {
        const toml = record(parseToml(content));
        // PEP 621 [project] first; Poetry before 2.0 kept them in [tool.poetry].
        for (const table of [record(toml.project), record(record(toml.tool).poetry)]) {
          const name = text(table.name);
          if (name) return { type: 'pypi', name, version: text(table.version) };
        }
        return null;
      }
      case 'Cargo.toml': {
        const pkg = record(record(parseToml(content)).package);
        const name = text(pkg.name);
        // `version.workspace = true` inherits from a workspace root: not a version of its own here.
        return name ? { type: 'cargo', name, version: text(pkg.version) } : null;
      }
      case 'go.mod': {
        const module = /^\s*module\s+("?)([^\s"]+)\1\s*(?:\/\/.*)?$/m.exec(content);
        const name = module ? text(module[2]) : null;
        return name ? { type: 'golang', name, version: null } : null;
      }
    }
  } catch {
    return null;
  }
}
