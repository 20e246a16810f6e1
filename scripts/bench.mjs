// `npm run bench`: times the built CLI as whole processes against `node -e 0`, alternating them in
// the same run, and prints medians and ratios (the machine is noisy; ratios travel, times do not).
// Synthetic 10,000- and 100,000-action datasets are generated first (scripts/synthetic.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;
const bin = 'bin/softsec.js';
const synth = (n) => join('bench-data', `actions-${n}`);
for (const n of [10000, 100000]) {
  if (!existsSync(join(synth(n), 'actions.json'))) spawnSync(process.execPath, ['scripts/synthetic.mjs', String(n), synth(n)], { stdio: 'inherit' });
}

const cases = [
  ['softsec --version', [bin, '--version'], 1.15],
  ['softsec state CA', [bin, 'state', 'CA'], 1.3],
  ['softsec search sanctuary', [bin, 'search', 'sanctuary'], 1.4],
  ['softsec search (10,000 actions)', [bin, '--data', synth(10000), 'search', 'sanctuary ordinance'], 2],
  ['softsec state CA (10,000 actions)', [bin, '--data', synth(10000), 'state', 'CA'], 1.5],
  ['softsec search (100,000 actions)', [bin, '--data', synth(100000), 'search', 'sanctuary ordinance'], 5],
];

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function peakMemoryMb(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return Number.isFinite(kb) && kb > 0 ? kb / 1024 : undefined;
}

console.log(`node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · ${RUNS} runs after ${WARMUP} warm-up`);
console.log('case'.padEnd(36), 'median'.padStart(9), 'floor'.padStart(9), 'ratio'.padStart(7), 'goal'.padStart(6), ' peak MB');
let failed = 0;
for (const [name, args, goal] of cases) {
  for (let i = 0; i < WARMUP; i++) { time(args); time(['-e', '0']); }
  const mine = [];
  const floor = [];
  for (let i = 0; i < RUNS; i++) { mine.push(time(args)); floor.push(time(['-e', '0'])); }
  const ratio = median(mine) / median(floor);
  const ok = ratio <= goal;
  if (!ok) failed++;
  const mem = existsSync('/usr/bin/time') ? peakMemoryMb(args) : undefined;
  console.log(name.padEnd(36), `${median(mine).toFixed(0)} ms`.padStart(9), `${median(floor).toFixed(0)} ms`.padStart(9), `${ratio.toFixed(2)}×`.padStart(7), `≤${goal}`.padStart(6), mem ? `${mem.toFixed(0)}`.padStart(8) : '       -', ok ? '' : ' ✗');
}
console.log(failed ? `${failed} case(s) over their goal` : 'every goal met');
