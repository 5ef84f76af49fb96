import type { Client } from '@elastic/elasticsearch';
import { errorBody, statusOf } from './errors.js';
import { dependencyMappings, indexTemplates, type IndexNames, type ShardLayout } from './mappings.js';

export interface SetupReport {
  readonly templates: readonly string[];
  /** Indices created by this call; empty when everything already existed. */
  readonly createdIndices: readonly string[];
  /** alias -> the concrete index behind it. */
  readonly aliases: Readonly<Record<string, string>>;
}

/**
 * Puts the index templates, then makes sure each alias points at an index, creating the versioned index with the
 * alias when missing. Idempotent: templates are replaced with the same body, an existing alias is left where it is
 * (it may point at a newer index an operator moved it to), and losing a creation race to another writer is fine.
 * Throws the client's errors; callers turn them into messages (errors.ts).
 */
export async function ensureIndices(client: Client, names: IndexNames, layout: ShardLayout): Promise<SetupReport> {
  const templates = indexTemplates(names, layout);
  for (const body of templates) await client.indices.putIndexTemplate(body);

  const createdIndices: string[] = [];
  const aliases: Record<string, string> = {};
  for (const [alias, index] of [
    [names.dependencies, names.dependenciesIndex],
    [names.sets, names.setsIndex],
  ] as const) {
    const existing = await aliasTarget(client, alias);
    if (existing !== null) {
      aliases[alias] = existing;
      // Fields added since the index was created (optional, issue 18; edges, package.short_name, pipeline_url, issue 15): adding a field
      // to a mapping needs no reindex, and the same mapping again changes nothing; a strict mapping would
      // otherwise refuse every new document that carries them.
      if (alias === names.dependencies) await client.indices.putMapping({ index: existing, properties: dependencyMappings.properties ?? {} });
      continue;
    }
    if (await createWithWriteAlias(client, index, alias)) createdIndices.push(index);
    aliases[alias] = index;
  }
  return { templates: templates.map((t) => t.name), createdIndices, aliases };
}

/** The index an alias points at (its write index during a reindex), or null when there is no such alias. */
export async function aliasTarget(client: Client, alias: string): Promise<string | null> {
  try {
    const answer = await client.indices.getAlias({ name: alias });
    const indices = Object.keys(answer).sort();
    // Several indices during a reindex: the write index is the one writes go to.
    const write = indices.find((i) => answer[i]?.aliases[alias]?.is_write_index === true);
    return write ?? indices[0] ?? null;
  } catch (e) {
    if (statusOf(e) === 404) return null;
    throw e;
  }
}

/**
 * Creates `index` as the write index of `alias`; true when this call created it. The template gives mappings and
 * settings; the alias is set here and not in the template, so a later -v2 created for a reindex does not join the
 * alias before the operator moves it. Created concurrently (two pipelines starting at once), or left without its
 * alias by an interrupted setup: the alias is put on it. Throws the client's other errors.
 */
export async function createWithWriteAlias(client: Client, index: string, alias: string): Promise<boolean> {
  try {
    await client.indices.create({ index, aliases: { [alias]: { is_write_index: true } } });
    return true;
  } catch (e) {
    if (errorBody(e).type !== 'resource_already_exists_exception') throw e;
    await client.indices.putAlias({ index, name: alias, is_write_index: true });
    return false;
  }
}
