import { it } from 'vitest';
import { normaliseAlgorithm, isPlausibleDigest } from '../../../src/model/checksum.js';
it('prof', () => {
  const b = 'sha512-' + Buffer.alloc(64, 3).toString('base64');
  for (let r = 0; r < 3; r++) {
    let t = performance.now(); for (let i = 0; i < 50000; i++) normaliseAlgorithm('sha512'); console.log('norm', performance.now() - t);
    t = performance.now(); let h=''; for (let i = 0; i < 50000; i++) h = Buffer.from(b.slice(7).replace(/\?.*$/, ''), 'base64').toString('hex'); console.log('buf', performance.now() - t);
    t = performance.now(); for (let i = 0; i < 50000; i++) isPlausibleDigest('sha512', h); console.log('plaus', performance.now() - t);
    t = performance.now(); for (let i = 0; i < 50000; i++) b.trim().split(/\s+/); console.log('split', performance.now() - t);
  }
});
