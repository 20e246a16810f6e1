// In-process tests of the explore commands: the table and --json show the same result.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/load.js';
import { TOPICS, TOPIC_IDS } from '../src/topics.js';
import { runCli } from './helpers/run.js';

const data = await loadDataset();
const json = async (argv: string[]) => {
  const r = await runCli([...argv, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('softsec actions', () => {
  it('filters combine: state, topic, status', async () => {
    const rows = await json(['actions', '--state', 'MO', '--topic', 'firearms', '--status', 'struck-down']);
    expect(rows.length).toBeGreaterThan(0);
    for (const a of rows) expect(a).toMatchObject({ topic: 'firearms', status: 'struck-down', jurisdiction: { state: 'MO' } });
    expect(rows.map((a: { id: string }) => a.id)).toContain('mo-hb85-second-amendment-preservation-act');
  });

  it('--status blocked lists acts a court has put on hold, apart from those struck down', async () => {
    const rows = await json(['actions', '--status', 'blocked']);
    const ids = rows.map((a: { id: string }) => a.id);
    expect(ids).toContain('ca-sb805-no-vigilantes-act');
    expect(ids).not.toContain('mo-hb85-second-amendment-preservation-act');
    for (const a of rows) expect(a.status).toBe('blocked');
    const table = await runCli(['action', 'ca-sb805-no-vigilantes-act']);
    expect(table.stdout).toMatch(/status\s+blocked/);
  });

  it('--since and --until bound the dates (a year-only date counts if any day is inside)', async () => {
    const rows = await json(['actions', '--since', '2025-10', '--until', '2025-10-31']);
    expect(rows.length).toBeGreaterThan(0);
    for (const a of rows) expect(a.date.slice(0, 7) === '2025-10' || a.date === '2025').toBe(true);
  });

  it('--level city and --lean red combine', async () => {
    for (const a of await json(['actions', '--level', 'city', '--lean', 'red'])) expect(a).toMatchObject({ lean: 'red', jurisdiction: { level: 'city' } });
  });

  it('--json id,title,date keeps only those fields', async () => {
    const r = await runCli(['actions', '--topic', 'policing', '--json', 'id,title,date']);
    const rows = JSON.parse(r.stdout);
    expect(Object.keys(rows[0]).sort()).toEqual(['date', 'id', 'title']);
  });

  it('an unknown --json field lists the available fields', async () => {
    const r = await runCli(['actions', '--json', 'id,colour']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown JSON field 'colour' — available fields: bill?.*date.*id.*title/);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['--topic', 'weather'], /--topic 'weather' is not valid — use one of: immigration, abortion/],
    [['--since', '2025-13-45'], /--since '2025-13-45' is not a date/],
    [['--since', '2025', '--until', '2024'], /--since 2025 is after --until 2024/],
    [['--state', 'Atlantis'], /unknown state 'Atlantis'/],
    [['--level', 'galaxy'], /--level 'galaxy' is not valid — use one of: state, county, city, court, territory, multistate/],
  ])('rejects %j', async (args, message) => {
    const r = await runCli(['actions', ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  it('the table shows the same actions as --json', async () => {
    const rows = await json(['actions', '--state', 'VT']);
    const table = (await runCli(['actions', '--state', 'VT'])).stdout;
    expect(table).toMatch(new RegExp(`^${rows.length} actions?\\n`));
    for (const a of rows) expect(table).toContain(a.id);
  });
});

describe('softsec action', () => {
  it('shows one record with its references in full', async () => {
    const r = await runCli(['action', 'chicago-ice-free-zone-eo-2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Chicago "ICE Free Zone" executive order/);
    expect(r.stdout).toMatch(/\[15\] Mayor's Press Office\./);
  });
  it('suggests an id for a typo', async () => {
    const r = await runCli(['action', 'chicago-ice-fre-zone-eo-2025']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/did you mean chicago-ice-free-zone-eo-2025\?/);
  });
});

describe('softsec states', () => {
  it('lists all 56 jurisdictions with per-topic counts that add up', async () => {
    const rows = await json(['states']);
    expect(rows).toHaveLength(56);
    for (const r of rows) expect(Object.values(r.byTopic as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(r.actions);
  });
  it('--sort actions puts the most active first; --reverse flips it', async () => {
    const rows = await json(['states', '--sort', 'actions']);
    const counts = rows.map((r: { actions: number }) => r.actions);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const reversed = await json(['states', '--sort', 'actions', '--reverse']);
    expect(reversed[0].actions).toBe(Math.min(...counts));
  });
  it('--topic keeps jurisdictions with actions on it', async () => {
    for (const r of await json(['states', '--topic', 'policing'])) expect(r.byTopic.policing).toBeGreaterThan(0);
  });
  it('rejects an unknown sort column with the list', async () => {
    expect((await runCli(['states', '--sort', 'size'])).stderr).toMatch(/--sort 'size' is not valid — use one of: code, name/);
  });
});

describe('alliances and topics', () => {
  it('alliance accepts a name in any case and lists members', async () => {
    const doc = await json(['alliance', 'governors', 'public', 'health', 'alliance']);
    expect(doc.id).toBe('governors-public-health-alliance');
    expect(doc.members).toHaveLength(15);
    const table = (await runCli(['alliance', 'Governors Public Health Alliance'])).stdout;
    expect(table).toMatch(/Members \(15\): California \(CA\)/);
  });
  it('alliances lists every alliance, oldest first', async () => {
    const rows = await json(['alliances']);
    expect(rows).toHaveLength(data.alliances.length);
    const dates = rows.map((a: { formed: string }) => a.formed);
    expect(dates).toEqual([...dates].sort());
  });
  it('topics counts add up to the dataset', async () => {
    const rows = await json(['topics']);
    expect(rows.map((t: { id: string }) => t.id)).toEqual(TOPIC_IDS);
    expect(rows.reduce((n: number, t: { actions: number }) => n + t.actions, 0)).toBe(data.actions.length);
  });
  it('every topic names existing key court cases', () => {
    const ids = new Set(data.actions.map((a) => a.id));
    for (const t of TOPIC_IDS) for (const c of TOPICS[t].keyCases) expect(ids.has(c), `${t}: ${c}`).toBe(true);
  });
  it('topic shows the federal authority, key cases and most active states', async () => {
    const doc = await json(['topic', 'firearms']);
    expect(doc.federal).toMatch(/National Firearms Act/);
    expect(doc.keyCases.map((c: { id: string }) => c.id)).toContain('mssa-v-holder-9th-cir-2013');
    expect(doc.mostActive.length).toBeGreaterThan(0);
    const text = (await runCli(['topic', 'firearms'])).stdout;
    expect(text).toMatch(/Key court cases\n {2}2013-08-23 {2}Montana Shooting Sports/);
  });
});

describe('compare and timeline', () => {
  it('compare puts states side by side, topic by topic', async () => {
    const doc = await json(['compare', 'CA', 'texas']);
    expect(doc.states).toEqual(['CA', 'TX']);
    const imm = doc.topics.find((t: { topic: string }) => t.topic === 'immigration');
    expect(imm.CA.length).toBeGreaterThan(0);
    expect(imm.TX.length).toBeGreaterThan(0);
  });
  it.each([[['compare', 'CA']], [['compare', 'CA', 'ca']]])('compare %j is a bad value', async (argv) => {
    expect((await runCli(argv)).code).toBe(1);
  });
  it('timeline groups by year, oldest first', async () => {
    const years = await json(['timeline', '--topic', 'history']);
    const labels = years.map((y: { year: string }) => y.year);
    expect(labels).toEqual([...labels].sort());
    for (const y of years) for (const a of y.actions) expect(a.date.startsWith(y.year)).toBe(true);
    expect((await runCli(['timeline', '--topic', 'history'])).stdout).toMatch(/\n1798 \(\d+\)\n/);
  });
});

describe('fiscal and map', () => {
  it('fiscal ranks one series, biggest donor first, and names the others', async () => {
    const chart = await json(['fiscal']);
    const values = chart.rows.map((r: { total?: number; perCapita?: number }) => r.total ?? r.perCapita);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(chart.donors).toBe(chart.rows.filter((r: { donor: boolean }) => r.donor).length);
    const text = (await runCli(['fiscal'])).stdout;
    expect(text).toMatch(/▼/);
    expect(text).toMatch(/Other series/);
  });
  it('--source and --year pick a series; no match lists what exists', async () => {
    const chart = await json(['fiscal', '--source', 'rockefeller', '--year', '2022']);
    expect(chart.series.source).toMatch(/Rockefeller/);
    expect(chart.series.fiscalYear).toMatch(/2022/);
    const r = await runCli(['fiscal', '--source', 'nobody']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/available: .*Rockefeller/);
  });
  it('map --topic gives every state and DC a tile with a symbol', async () => {
    const map = await json(['map', '--topic', 'cannabis']);
    expect(Object.keys(map.tiles)).toHaveLength(51);
    const text = (await runCli(['map', '--topic', 'cannabis'])).stdout;
    for (const code of ['AK', 'HI', 'ME', 'DC', 'FL', 'TX']) expect(text).toMatch(new RegExp(`${code}[●▲◆■·]`));
    expect(map.categories.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(51);
  });
  it('map --alliance marks members', async () => {
    const map = await json(['map', '--alliance', 'west-coast-health-alliance']);
    expect(Object.entries(map.tiles).filter(([, v]) => v === 'member').map(([k]) => k).sort()).toEqual(['CA', 'HI', 'OR', 'WA']);
  });
  it('map needs exactly one mode', async () => {
    expect((await runCli(['map'])).code).toBe(1);
    expect((await runCli(['map', '--topic', 'cannabis', '--fiscal'])).stderr).toMatch(/exactly one of/);
  });
  it('map --svg - writes a standalone SVG with every tile, symbols and a legend', async () => {
    const r = await runCli(['map', '--topic', 'firearms', '--svg', '-']);
    expect(r.stdout).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(r.stdout.trimEnd().endsWith('</svg>')).toBe(true);
    expect(r.stdout.match(/<rect x="\d+" y="\d+" width="52"/g)).toHaveLength(51);
    expect(r.stdout).toContain('▲ red acts');
  });
});

describe('cite formats', () => {
  const cite = async (format: string) => (await runCli(['cite', '7', '--format', format])).stdout.trim();
  it.each([
    ['text', '[7] Gale, William G., and Darrell M. West. "The war over federalism." Brookings Institution, September 17, 2025. https://www.brookings.edu/articles/the-war-over-federalism'],
    ['apa', '[7] Gale, W. G., & West, D. M. (2025, September 17). The war over federalism. Brookings Institution. https://www.brookings.edu/articles/the-war-over-federalism'],
    ['mla', '[7] Gale, William G., and Darrell M. West. "The war over federalism." Brookings Institution, 17 Sept. 2025, www.brookings.edu/articles/the-war-over-federalism.'],
    ['chicago', '[7] Gale, William G., and Darrell M. West. "The war over federalism." Brookings Institution, September 17, 2025. https://www.brookings.edu/articles/the-war-over-federalism.'],
    ['markdown', '- **[7]** Gale, William G., and Darrell M. West. "The war over federalism." *Brookings Institution*, September 17, 2025. <https://www.brookings.edu/articles/the-war-over-federalism>'],
  ])('%s', async (format, expected) => expect(await cite(format)).toBe(expected));

  it('bibtex has a stable key and escaped values', async () => {
    const bib = await cite('bibtex');
    expect(bib).toMatch(/^@misc\{gale2025war,\n {2}author = \{Gale, William G\. and West, Darrell M\.\},/);
    expect(bib).toContain('month = sep');
  });
  it('csl-json round-trips with string ids', async () => {
    const items = JSON.parse(await cite('csl-json'));
    expect(items[0]).toMatchObject({ id: '7', title: 'The war over federalism', URL: 'https://www.brookings.edu/articles/the-war-over-federalism' });
  });
  it('--state lists the references behind a state profile', async () => {
    const refs = await json(['cite', '--state', 'IL']);
    const profile = await json(['state', 'IL']);
    expect(refs.map((r: { id: number }) => r.id)).toEqual(profile.references.map((r: { id: number }) => r.id));
  });
  it('an unknown format lists the valid ones', async () => {
    expect((await runCli(['cite', '7', '--format', 'harvard'])).stderr).toMatch(/use one of: text, apa, mla, chicago, bibtex, csl-json, markdown/);
  });
});

describe('export and completion', () => {
  it('export json is the whole dataset', async () => {
    const doc = JSON.parse((await runCli(['export'])).stdout);
    expect(doc.actions).toHaveLength(data.actions.length);
    expect(doc.states).toHaveLength(56);
  });
  it('export ndjson is one record per line, tagged with its entity', async () => {
    const lines = (await runCli(['export', '--format', 'ndjson'])).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(data.actions.length + data.states.length + data.alliances.length + data.references.length);
    expect(JSON.parse(lines[0]!).entity).toBe('actions');
  });
  it('export csv needs an entity and quotes what must be quoted', async () => {
    expect((await runCli(['export', '--format', 'csv'])).stderr).toMatch(/--format csv needs --entity/);
    const csv = (await runCli(['export', '--format', 'csv', '--entity', 'actions'])).stdout;
    const header = csv.split('\r\n')[0]!;
    expect(header.startsWith('id,title,summary,topic,jurisdiction.level,jurisdiction.name,jurisdiction.state')).toBe(true);
    expect(csv).toMatch(/"[^"]*,[^"]*"/); // summaries with commas are quoted
  });
  it.each(['bash', 'zsh', 'fish'])('completion %s names commands, states, topics and alliances', async (shell) => {
    const script = (await runCli(['completion', shell])).stdout;
    for (const word of ['state', 'actions', 'CA', 'firearms', 'governors-public-health-alliance']) expect(script).toContain(word);
    expect(script).toContain(shell === 'fish' ? '-l topic' : '--topic');
  });
  it('completion for an unknown shell is a bad value', async () => {
    expect((await runCli(['completion', 'powershell'])).stderr).toMatch(/use one of: bash, zsh, fish/);
  });
});
