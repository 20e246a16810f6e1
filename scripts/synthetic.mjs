// Writes a synthetic dataset in the real schema, with realistic varied text, for benchmarks:
// node scripts/synthetic.mjs <actions> <dir>. References, states and alliances are the bundled ones.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [count = '10000', dir = 'bench-data/actions-10000'] = process.argv.slice(2);
const n = Number(count);
const real = JSON.parse(readFileSync('data/actions.json', 'utf8'));
const states = JSON.parse(readFileSync('data/states.json', 'utf8'));
const refs = JSON.parse(readFileSync('data/references.json', 'utf8'));

// A deterministic generator, so runs compare like with like.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

// Vocabulary drawn from the real records so the text looks like the real thing, recombined.
const words = [...new Set(real.flatMap((a) => `${a.title} ${a.summary}`.split(/\s+/)).filter((w) => /^[A-Za-z][a-z]{3,}$/.test(w)))];
const places = states.filter((s) => s.type !== 'territory');
const sentence = (len) => Array.from({ length: len }, () => pick(words)).join(' ');

const actions = [];
for (let i = 0; i < n; i++) {
  const base = real[i % real.length];
  const place = pick(places);
  const year = 1990 + Math.floor(rand() * 36);
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  actions.push({
    ...base,
    id: `synthetic-${i}-${base.id}`.slice(0, 80).replace(/-+$/, ''),
    title: `${place.name} ${sentence(3 + Math.floor(rand() * 5))}`,
    summary: `${sentence(20 + Math.floor(rand() * 25))}.`,
    // Real notes point to real record ids ("see …"), which synthetic ids would leave dangling.
    ...(base.note === undefined ? {} : { note: `${sentence(15 + Math.floor(rand() * 40))}.` }),
    jurisdiction: { ...base.jurisdiction, name: place.name, state: place.code },
    date: `${year}-${month}-${day}`,
    refs: [pick(refs).id],
  });
}
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'actions.json'), JSON.stringify(actions));
for (const f of ['references', 'states', 'alliances']) copyFileSync(join('data', `${f}.json`), join(dir, `${f}.json`));
console.log(`wrote ${n} synthetic actions to ${dir}`);
