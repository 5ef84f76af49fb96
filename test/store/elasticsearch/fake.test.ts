import { describeStoreBehaviour } from '../behaviour.js';
import { openFake } from './open-fake.js';

// The shared Store behaviour (the SQLite store's too) through the whole Elasticsearch store, against the
// in-memory fake: the protocol, the queries and the document shapes, without a server. live.test.ts runs the same
// behaviour against a real Elasticsearch.
describeStoreBehaviour('elasticsearch (in-memory fake)', async () => (await openFake()).store);
