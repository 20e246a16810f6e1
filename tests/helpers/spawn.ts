// Runs the built bin/softsec.js as a real process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/softsec.js', import.meta.url));
/** Tests may run under another Node (CI runs them under 22 and 24): SOFTSEC_TEST_NODE names it. */
const NODE = process.env.SOFTSEC_TEST_NODE || process.execPath;

export interface ProcessResult { code: number | null; stdout: string; stderr: string }

export function softsec(args: string[], env: NodeJS.ProcessEnv = {}, input?: string, bin = BIN): ProcessResult {
  const clean = { ...process.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'DEBUG', 'SOFTSEC_DATA', 'COLUMNS']) delete clean[key];
  const result = spawnSync(NODE, [bin, ...args], { env: { ...clean, ...env }, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
