// The one place data is read. The bundled dataset is validated at build and test time, so a
// normal run only parses it (startup speed); a dataset the user supplies is validated here.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BadDataset, type DatasetProblem } from '../errors.js';
import type { Dataset } from '../schema.js';
import { DATA_FILE_NAMES, type DataFileName } from '../vocab.js';

/** The package's own data/: this module runs from dist/ when bundled, from src/data/ under tests. */
export function bundledDataDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return basename(here) === 'dist' ? resolve(here, '..', 'data') : resolve(here, '..', '..', 'data');
}

export interface LoadOptions {
  /** A directory with the four data files; the bundled data when absent. */
  dir?: string;
  /** Validate schema and integrity. Defaults to true for a user directory, false for bundled data. */
  validate?: boolean;
  /**
   * A folder where a successful validation is remembered by a hash of the files' contents, so an
   * unchanged dataset is validated once, not on every run. Nothing is written to the dataset's folder.
   */
  cacheDir?: string;
}

export async function loadDataset(options: LoadOptions = {}): Promise<Dataset> {
  const dir = options.dir ? resolve(options.dir) : bundledDataDir();
  const validate = options.validate ?? options.dir !== undefined;
  const raw = {} as Record<DataFileName, unknown>;
  const texts: string[] = [];
  const problems: DatasetProblem[] = [];
  for (const name of DATA_FILE_NAMES) {
    const result = readJson(join(dir, `${name}.json`), `${name}.json`);
    if ('problem' in result) problems.push(result.problem);
    else {
      raw[name] = result.value;
      texts.push(result.text);
    }
  }
  if (problems.length) throw new BadDataset(problems, dir);
  if (!validate) return raw as unknown as Dataset;
  const marker = options.cacheDir ? join(options.cacheDir, `valid-${contentHash(texts)}`) : undefined;
  if (marker && existsSync(marker)) return raw as unknown as Dataset;
  // The schema library is loaded only to validate: a normal run of the bundled data never pays for it.
  const { validateDataset } = await import('./validate.js');
  const { dataset, problems: found } = validateDataset(raw);
  if (!dataset) throw new BadDataset(found, dir);
  if (marker) remember(marker);
  return dataset;
}

declare const __VERSION__: string;

/** The files' contents and softsec's version: a new release (maybe a new schema) validates anew. */
function contentHash(texts: string[]): string {
  const hash = createHash('sha256').update(__VERSION__).update('\u0000');
  for (const text of texts) hash.update(text).update('\u0000');
  return hash.digest('hex');
}

/** Best effort: a cache that cannot be written (read-only home, full disk) only costs speed. */
function remember(marker: string): void {
  try {
    mkdirSync(dirname(marker), { recursive: true });
    writeFileSync(marker, '');
  } catch {
    // validated anyway; next run validates again
  }
}

function readJson(path: string, file: string): { value: unknown; text: string } | { problem: DatasetProblem } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? 'unknown error'})`;
    return { problem: { file, message: why } };
  }
  try {
    return { value: JSON.parse(text), text };
  } catch (error) {
    return { problem: { file, message: `malformed JSON: ${jsonErrorPosition(text, error as Error)}` } };
  }
}

/** Turn V8's "at position N" into line and column, which an editor can jump to. */
export function jsonErrorPosition(text: string, error: Error): string {
  const match = /position (\d+)/.exec(error.message);
  const reason = error.message.replace(/ in JSON at position \d+.*$/s, '').replace(/^Unexpected/, 'unexpected');
  if (!match) return reason;
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${reason} at line ${line}, column ${column}`;
}
