// Regenerates schema/*.schema.json from the zod definition (run after changing src/schema.ts).
// A test fails when the committed files and the definition disagree.
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../dist/index.js';

mkdirSync('schema', { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`schema/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schema/${name}.schema.json`);
}
