import { join } from 'node:path';
import { startHttpFake } from '../store/elasticsearch/http-fake.js';
import { describeMetadataBehaviour } from './store-behaviour.js';
import { tempDir } from './support.js';

describeMetadataBehaviour('SQLite', async () => {
  const cwd = tempDir();
  return { spec: `sqlite:${join(cwd, 'index.db')}`, cwd, close: async () => {} };
});

describeMetadataBehaviour('Elasticsearch (the fake, over HTTP)', async () => {
  const fake = await startHttpFake();
  return { spec: fake.url, cwd: tempDir(), close: () => fake.close() };
});
