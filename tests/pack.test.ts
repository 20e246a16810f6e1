// Packaging: the tarball holds what users need and nothing else, installs into an empty prefix,
// and runs `softsec state CA` through npm's bin symlink.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm pack', () => {
  // --ignore-scripts: `prepare` would rebuild dist/ while other test files run the built CLI.
  const dir = mkdtempSync(join(tmpdir(), 'softsec-pack-'));
  const tarball = join(dir, execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '--silent'], { encoding: 'utf8' }).trim().split('\n').at(-1)!);

  it('contains dist, bin, data, the JSON Schemas, README and LICENSE, and no tests or source maps', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    for (const f of ['bin/softsec.js', 'dist/cli.js', 'dist/index.js', 'dist/index.d.ts', 'data/actions.json', 'data/references.json', 'schema/actions.schema.json', 'README.md', 'LICENSE', 'package.json']) expect(files).toContain(f);
    expect(files.filter((f) => /^(tests|src|scripts|\.ci)\//.test(f) || f.endsWith('.map'))).toEqual([]);
  });

  it('installs into an empty prefix and runs through the bin symlink', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'softsec-prefix-'));
    execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--silent', tarball], { stdio: 'pipe' });
    const r = spawnSync(join(prefix, 'node_modules', '.bin', 'softsec'), ['state', 'CA'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^California \(CA\)/);
    const lib = spawnSync(process.execPath, ['--input-type=module', '-e', "import { loadDataset, stateProfile } from 'softsec'; const d = await loadDataset(); console.log(stateProfile(d, 'TX').state.name)"], { cwd: prefix, encoding: 'utf8' });
    expect(lib.stdout.trim(), lib.stderr).toBe('Texas');
  }, 120_000);
});
