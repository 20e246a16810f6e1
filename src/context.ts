// What a command needs from the outside world, in one object: the dataset, the output style and
// the two streams. Tests build one with fake streams; the CLI builds one from the process.
import type { Dataset } from './schema.js';
import type { Style, Terminal } from './render/style.js';

export interface IO {
  stdout(text: string): void;
  stderr(text: string): void;
  terminal: Terminal;
}

export interface GlobalOptions { color?: boolean; data?: string }

/** The `--json [fields]` option every command has: true for all fields, or a field list. */
export interface JsonOption { json?: string | boolean }

export interface Context {
  io: IO;
  /** The dataset folder given by --data or SOFTSEC_DATA; undefined for the bundled data. */
  dataDir?: string;
  dataset(): Promise<Dataset>;
  style(): Promise<Style>;
  /** Human output: a block of text, newline added. */
  out(text: string): void;
  /** Machine output: exactly one JSON document; `fields` is the value of `--json [fields]`. */
  json(value: unknown, fields?: string | boolean): Promise<void>;
  /** A message for the person, on stderr. */
  note(text: string): void;
}

/** Where softsec remembers validated datasets: SOFTSEC_CACHE_DIR, else the XDG cache folder. */
export function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.SOFTSEC_CACHE_DIR !== undefined) return env.SOFTSEC_CACHE_DIR || undefined; // empty: no cache
  const base = env.XDG_CACHE_HOME || (env.HOME ? `${env.HOME}/.cache` : undefined);
  return base ? `${base}/softsec` : undefined;
}

export function makeContext(io: IO, globals: GlobalOptions): Context {
  let dataset: Dataset | undefined;
  const dataDir = globals.data ?? (io.terminal.env.SOFTSEC_DATA || undefined);
  return {
    io,
    dataDir,
    async dataset() {
      const { loadDataset } = await import('./data/load.js');
      dataset ??= await loadDataset({ dir: dataDir, cacheDir: dataDir ? cacheDir(io.terminal.env) : undefined });
      return dataset;
    },
    async style() {
      const { makeStyle } = await import('./render/style.js');
      return makeStyle(io.terminal, globals.color === false);
    },
    out: (text) => io.stdout(text.endsWith('\n') ? text : `${text}\n`),
    async json(value, fields) {
      const { parseFieldList, selectFields } = await import('./render/fields.js');
      io.stdout(`${JSON.stringify(selectFields(value, parseFieldList(fields)), null, 2)}\n`);
    },
    note: (text) => io.stderr(`${text}\n`),
  };
}
