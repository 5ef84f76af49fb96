import type { Result } from '../../model/result.js';
import { openElasticsearchMetadataStore } from './elasticsearch/store.js';
import type { MetadataStore, OpenMetadataOptions } from './types.js';

/** Package metadata in Elasticsearch: indices beside the index's (elasticsearch/indices.ts), created on the first write. */
export async function openElasticsearchMetadata(location: string, options: OpenMetadataOptions): Promise<Result<MetadataStore>> {
  return openElasticsearchMetadataStore(location, options);
}
