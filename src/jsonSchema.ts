import { z } from 'zod';
import { DATA_FILES } from './schema.js';
import { DATA_FILE_NAMES, type DataFileName } from './vocab.js';

/** The published JSON Schema of each data file, generated from the one zod definition. */
export function jsonSchemas(): Record<DataFileName, object> {
  const out = {} as Record<DataFileName, object>;
  for (const name of DATA_FILE_NAMES) {
    out[name] = {
      title: `softsec ${name}.json`,
      ...z.toJSONSchema(DATA_FILES[name], { target: 'draft-2020-12', io: 'input' }),
    };
  }
  return out;
}
