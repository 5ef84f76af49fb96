// `npm run docs`: regenerates the README's table of input formats from the parsers' capabilities.
import { readFileSync, writeFileSync } from 'node:fs';
import { capabilitiesTable, withTable } from '../src/ingest/capabilities-table.js';
import { parsers } from '../src/ingest/registry.js';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const updated = withTable(readme, capabilitiesTable(parsers));
if (updated !== readme) writeFileSync(path, updated);
console.log(updated === readme ? 'README.md is current' : 'README.md updated');
