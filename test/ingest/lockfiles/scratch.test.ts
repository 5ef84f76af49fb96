import { it } from 'vitest';
import { readBlockYaml } from '../../../src/ingest/lockfiles/block-yaml.js';
it('scratch', () => {
    const lines = ["lockfileVersion: '9.0'", '', 'importers:', '  .:', '    dependencies:', '      p0:', '        specifier: ^1.0.0', '        version: 1.0.0', '', 'packages:', ''];
    for (let i = 0; i < 50_000; i++) lines.push(`  p${i}@1.0.0:`, `    resolution: {integrity: sha512-${Buffer.alloc(64, i % 256).toString('base64')}}`, '');
    lines.push('snapshots:', '');
    for (let i = 0; i < 50_000; i++) lines.push(`  p${i}@1.0.0:`, '    dependencies:', `      p${(i + 1) % 50_000}: 1.0.0`, '');
    const text = lines.join('\n');
    for (let r = 0; r < 2; r++) { const t = performance.now(); const x = readBlockYaml(text, 'core'); console.log(text.length, performance.now() - t, x.ok && x.value.lineOf((x.value.value as any).packages, 'p1@1.0.0')); }
});
