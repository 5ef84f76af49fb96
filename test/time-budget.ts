/**
 * Time bounds in tests only guard against super-linear work (a quadratic step over 50,000 items, a regular
 * expression that backtracks): speed itself is measured by bench/. A bound is written for an ordinary quiet
 * machine; here it is stretched by how much slower this machine runs a fixed workload, so a slow or shared CI
 * machine does not fail linear code, while the many-fold cost of super-linear work still fails everywhere.
 */
export function timeBudget(ms: number): number {
  slowdown ??= Math.max(1, calibrate() / REFERENCE_MS);
  return ms * slowdown;
}

// The workload's best CPU time on the machines where the bounds were set (2026-11), worked out, not measured
// there: on the slower, noisy machine of 2026-12-02 its best of six was 25-80 ms, and the benches ran about 3.2
// times slower than there. Noise can only loosen the bounds: they are never tighter than written.
const REFERENCE_MS = 8;
let slowdown: number | undefined;

function calibrate(): number {
  let best = Infinity;
  // The first rounds also compile the workload; the fastest round is the machine's speed.
  for (let round = 0; round < 6; round++) {
    const start = process.cpuUsage();
    workload();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** JSON, strings, objects, a Map and a sort: the mix the parsers spend their time on. */
function workload(): number {
  const items: { name: string; version: string; integrity: string }[] = [];
  for (let i = 0; i < 20_000; i++) items.push({ name: `package-${i % 5000}`, version: `1.${i % 13}.${i % 7}`, integrity: `sha512-${(i * 7919).toString(36)}` });
  const parsed = JSON.parse(JSON.stringify(items)) as typeof items;
  const byKey = new Map<string, string>();
  for (const p of parsed) byKey.set(`pkg:npm/${p.name}@${p.version}`, p.integrity.slice(7));
  return [...byKey.keys()].sort().length;
}

/**
 * `work` once to warm up (the first call compiles the code paths), then `rounds` times: the last result and the
 * CPU time of the fastest run, since on a shared machine wall time also counts waiting for a core.
 */
export function fastestCpuRun<T>(work: () => T, rounds = 3): { result: T; ms: number } {
  let result = work();
  let ms = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = process.cpuUsage();
    result = work();
    const used = process.cpuUsage(start);
    ms = Math.min(ms, (used.user + used.system) / 1000);
  }
  return { result, ms };
}
