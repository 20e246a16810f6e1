import { z } from 'zod';
import { DATA_FILES, type DataFileName } from './schema.js';

/** The published JSON Schema of each data file, generated from the one zod definition. */
export function jsonSchemas(): Record<DataFileName, object> {
  const out = {} as Record<DataFileName, object>;
  for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
    out[name] = {
      title: `softsec ${name}.json`,
      ...z.toJSONSchema(DATA_FILES[name], { target: 'draft-2020-12', io: 'input' }),
    };
  }
  return out;
}
