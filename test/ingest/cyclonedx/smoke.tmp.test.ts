import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { it } from 'vitest';
import { parser } from '../../../src/ingest/cyclonedx/parse.js';
it('smoke', () => {
  const files = execSync("find ../shared/fixtures/external -name '*.cdx.json' -o -name 'bom*.json' -o -path '*cyclonedx-specification*' -name '*.json'").toString().trim().split('\n');
  for (const f of files) {
    const json = JSON.parse(readFileSync(f, 'utf8'));
    const t0 = performance.now();
    const out = parser.parse({ text: '', json, path: f.split('/').pop()!, companions: new Map() });
    const ms = (performance.now() - t0).toFixed(1);
    if (!out.ok) { console.log(f, 'ERR', out.error); continue; }
    const v = out.value;
    console.log(f.slice(27, 100), ms + 'ms', parser.detect({ text: '', json }), v.sets.map(s => `${s.file}|${s.packageManager}|deps=${s.dependencies.length}|edges=${s.edges.length}|direct=${s.dependencies.filter(d=>d.direct).length}|dev=${s.dependencies.filter(d=>d.development).length}|lic=${s.dependencies.filter(d=>d.licenses).length}|ck=${s.dependencies.filter(d=>d.checksums).length}|src=${s.dependencies.filter(d=>d.source).length}`).join(' ; '), JSON.stringify(v.problems).slice(0, 300), JSON.stringify(v.notes));
  }
});
