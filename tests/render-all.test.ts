// Every command's human output, piped and on terminals of two widths: it renders, it fits, and
// piped output has no escape codes. (The --json side is covered in explore.test.ts.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { runCli } from './helpers/run.js';

const COMMANDS: string[][] = [
  ['state', 'CA'], ['state', 'GU'], ['state', 'DC'], ['state', 'NY'], ['state', 'AS'],
  ['search', 'sanctuary'], ['search', 'gale', '--type', 'reference'], ['search', 'california', '--limit', '3'],
  ['cite', '1', '7', '15'], ['cite', '--state', 'VT', '--format', 'mla'],
  ['actions', '--state', 'OR'], ['actions', '--topic', 'policing', '--lean', 'blue', '--since', '2025-10'],
  ['action', 'mo-hb85-second-amendment-preservation-act'], ['action', 'cook-county-court-civil-arrest-order-2025'],
  ['states'], ['states', '--topic', 'climate', '--sort', 'climate'], ['states', '--sort', 'balance'], ['states', '--sort', 'name', '--reverse'], ['states', '--sort', 'winner'], ['states', '--sort', 'type'],
  ['alliances'], ['alliance', 'us-climate-alliance'], ['alliance', 'reproductive freedom alliance'],
  ['topics'], ['topic', 'immigration'], ['topic', 'elections'],
  ['compare', 'CA', 'TX', 'NY'], ['compare', 'GU', 'VI'],
  ['timeline', '--state', 'IL', '--since', '2025'], ['timeline', '--topic', 'history', '--until', '1860'],
  ['fiscal'], ['fiscal', '--source', 'usafacts'], ['fiscal', '--source', 'rockefeller', '--year', '2022'],
  ['map', '--topic', 'immigration'], ['map', '--alliance', 'northeast-public-health-collaborative'], ['map', '--fiscal', '--source', 'rockefeller', '--year', '2022'],
  ['validate'],
];

const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

describe.each(COMMANDS)('softsec %s', (...argv) => {
  it('piped: plain text, exit 0', async () => {
    const r = await runCli(argv);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(10);
    expect(r.stdout).not.toContain('\u001b');
  });
  it.each([60, 160])('terminal %i columns: color, and lines fit (bar a lone URL)', async (columns) => {
    const r = await runCli(argv, {}, true, columns);
    expect(r.code, r.stderr).toBe(0);
    if (!argv.includes('--format')) expect(r.stdout).toContain('\u001b[');
    const tooWide = strip(r.stdout).split('\n').filter((l) => [...l].length > columns && /\s\S+\s/.test(l.trim()) && !/https?:\/\//.test(l));
    // Citation formats stay one line each for pasting; wide grids (states, compare, map) need room.
    if (!argv.includes('--format') && !['compare', 'states', 'map', 'fiscal'].includes(argv[0]!)) expect(tooWide).toEqual([]);
  });
});

describe('main() as the process entry', () => {
  afterEach(() => vi.restoreAllMocks());
  it('writes to stdout and sets the exit code', async () => {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(((s: string) => { writes.push(s); return true; }) as typeof process.stdout.write);
    vi.spyOn(process.stderr, 'write').mockImplementation((() => true) as typeof process.stderr.write);
    const argv = process.argv;
    process.argv = ['node', 'softsec', 'cite', '7'];
    try {
      await main();
      expect(writes.join('')).toMatch(/^\[7\] Gale/);
      expect(process.exitCode).toBe(0);
      process.argv = ['node', 'softsec', 'state', 'ZZ'];
      await main();
      expect(process.exitCode).toBe(1);
    } finally {
      process.argv = argv;
      process.exitCode = 0;
    }
  });
});
