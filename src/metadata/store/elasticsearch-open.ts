import { err, type Result } from '../../model/result.js';
import type { MetadataStore, OpenMetadataOptions } from './types.js';

/** Package metadata in Elasticsearch: not built yet (docs/metadata.md says what is planned). */
export async function openElasticsearchMetadata(_location: string, _options: OpenMetadataOptions): Promise<Result<MetadataStore>> {
  return err('package metadata is kept in SQLite stores only so far; give --store sqlite:PATH for sync, rescan and search --advisory');
}
