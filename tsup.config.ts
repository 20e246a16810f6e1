import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const meta = JSON.parse(readFileSync('data/meta.json', 'utf8')) as { asOf: string };

export default defineConfig({
  entry: { cli: 'src/cli.ts', index: 'src/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true, // each command's code becomes its own chunk, loaded only when it runs
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: false,
  define: { __VERSION__: JSON.stringify(pkg.version), __DATA_AS_OF__: JSON.stringify(meta.asOf) },
});
