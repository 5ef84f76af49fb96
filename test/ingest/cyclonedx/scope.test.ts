import { describe, expect, it } from 'vitest';
import { parser } from '../../../src/ingest/cyclonedx/parse.js';

/** One component in a BOM written by `tool`; what the parser says of it. */
function flagsOf(tool: string, component: Record<string, unknown>): [boolean | null, boolean | null] {
  const bom = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    metadata: { tools: { components: [{ type: 'application', name: tool }] } },
    components: [{ type: 'library', name: 'x', version: '1.0.0', purl: 'pkg:npm/x@1.0.0', ...component }],
  };
  const outcome = parser.parse({ text: '', json: bom, path: 'bom.json', companions: new Map() });
  if (!outcome.ok) throw new Error(outcome.error);
  const d = outcome.value.sets[0]?.dependencies[0];
  return [d?.development ?? null, d?.optional ?? null];
}

const dev = { name: 'cdx:npm:package:development', value: 'true' };
const opt = { name: 'cdx:npm:package:optional', value: 'true' };
const category = (value: string) => ({ name: 'gitlab:dependency_scanning:category', value });

describe('CycloneDX development and optional', () => {
  // CycloneDX 1.6 component.scope: required (needed at run time; the default when missing), optional (optional at
  // run time), excluded (not at run time: tests and other non-run-time uses).
  it.each([
    ['no scope: required by the spec', 'syft', {}, [false, false]],
    ['required', 'syft', { scope: 'required' }, [false, false]],
    ['optional: still run time', 'syft', { scope: 'optional' }, [false, true]],
    ['excluded: not at run time', 'syft', { scope: 'excluded' }, [true, null]],
    ['not a CycloneDX scope', 'syft', { scope: 'dev' }, [null, null]],
    // npm (lib/utils/sbom-cyclonedx.js): the development property; scope optional for optional || devOptional,
    // which from a lock covers every development package, so there optional cannot be told.
    ['npm: development', 'cli', { scope: 'optional', properties: [dev] }, [true, null]],
    ['npm: development, scope required (read from node_modules)', 'cli', { scope: 'required', properties: [dev] }, [true, false]],
    ['npm: devOptional, optional at run time', 'cli', { scope: 'optional' }, [false, true]],
    // cdxgen (lib/helpers/utils.js parsePkgLock): scope optional for every development package, its own optional property.
    ['cdxgen: development only', 'cdxgen', { scope: 'optional', properties: [dev] }, [true, false]],
    ['cdxgen: development and optional', 'cdxgen', { scope: 'optional', properties: [dev, opt] }, [true, true]],
    ['cdxgen: @types, excluded', 'cdxgen', { scope: 'excluded', properties: [dev] }, [true, false]],
    ['cdxgen: run time', 'cdxgen', {}, [false, false]],
    // GitLab's category decides development where the scope is silent.
    ['GitLab: development', 'Gemnasium', { properties: [category('development')] }, [true, false]],
    ['GitLab: test', 'Gemnasium', { properties: [category('test')] }, [true, false]],
    ['GitLab: production', 'Gemnasium', { properties: [category('production')] }, [false, false]],
    // depindex's own SBOM leaves the scope out only where it did not know.
    ['depindex: no scope is unknown', 'depindex', {}, [null, null]],
    ['depindex: required', 'depindex', { scope: 'required' }, [false, false]],
  ] as const)('%s', (_, tool, component, expected) => {
    expect(flagsOf(tool, component)).toEqual(expected);
  });
});
