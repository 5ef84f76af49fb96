// `npm run generate:config-validator`: writes src/config/validate-config.generated.ts (`--check`: exits 1 when it
// is not what the schema gives).
import { readFileSync, writeFileSync } from 'node:fs';
import { validatorSource } from './source.js';

const path = new URL('../../src/config/validate-config.generated.ts', import.meta.url);
const source = validatorSource();
let current = '';
try {
  current = readFileSync(path, 'utf8');
} catch {
  // Not generated yet.
}
if (process.argv.includes('--check')) {
  console.log(current === source ? 'the config validator is current' : 'the config validator is stale: npm run generate:config-validator');
  process.exit(current === source ? 0 : 1);
}
if (current !== source) writeFileSync(path, source);
console.log(current === source ? 'the config validator is current' : 'src/config/validate-config.generated.ts written');
