import type { Client } from '@elastic/elasticsearch';
import type { FindingsNames } from './findings.js';
import type { IndexNames } from './mappings.js';
import type { BulkPolicy } from './write.js';

/**
 * Replace-with-memory of one set (DESIGN.md 6), in five steps, each visible to searches before the next starts:
 *
 *   1. the set document lists the new generation N as hidden (and counts one more write);
 *   2. N's documents are bulk-written next to the current generation C's;
 *   3. the set document flips: generation N, C now hidden;
 *   4. C's documents are deleted (delete_by_query on the generation);
 *   5. C leaves the hidden list.
 *
 * Readers exclude hidden generations (visibility.ts), so at any moment they see all of C or all of N: never a
 * mix (N is hidden until complete) and never a gap (C is deleted only after N is current). Kibana, which cannot
 * apply that exclusion, may show both generations of a set for the seconds between steps 2 and 4.
 * A scan whose content (context and dependencies) hashes like the current generation's writes nothing, so a
 * retried job leaves the store exactly as one run did, document ids included.
 * A crash leaves its generation hidden; the next write of the set deletes hidden generations older than
 * `staleAfterMs`, which must be longer than any write takes.
 */
export interface Writer {
  readonly client: Client;
  readonly names: IndexNames;
  readonly location: string;
  readonly bulk: BulkPolicy;
  readonly staleAfterMs: number;
  readonly clock: () => Date;
  /** The findings index: retired generations are deleted there too (findings-publish.ts). */
  readonly findings?: FindingsNames;
}
