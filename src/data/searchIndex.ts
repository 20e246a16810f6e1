// The prebuilt search index of the bundled data: written next to the bundle at build time, used
// only while its fingerprint matches the data files, so an edited dataset can never get stale hits.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchIndex } from '../query/search.js';
import { DATA_FILE_NAMES } from '../vocab.js';
import { bundledDataDir } from './load.js';

export const INDEX_FILE = 'search-index.json';

/** A hash of the four data files' contents. */
export function dataFingerprint(dir: string): string {
  const hash = createHash('sha1');
  for (const name of DATA_FILE_NAMES) hash.update(readFileSync(join(dir, `${name}.json`)));
  return hash.digest('hex');
}

/** The index built for the bundled data, or undefined when there is none or it is stale. */
export function loadPrebuiltIndex(file = join(dirname(fileURLToPath(import.meta.url)), INDEX_FILE)): SearchIndex | undefined {
  let index: SearchIndex;
  try {
    index = JSON.parse(readFileSync(file, 'utf8')) as SearchIndex;
  } catch {
    return undefined; // not built (tests run from source): search builds its candidates itself
  }
  return index.fingerprint === dataFingerprint(bundledDataDir()) ? index : undefined;
}
