import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const meta = JSON.parse(readFileSync('data/meta.json', 'utf8')) as { asOf: string };

export default defineConfig({
  entry: { cli: 'src/cli.ts', index: 'src/index.ts', version: 'src/version.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true, // each command's code becomes its own chunk, loaded only when it runs
  // Dependencies are bundled into those chunks: one file to resolve and read instead of dozens.
  noExternal: [/.*/],
  // cli-table3 and its helpers are CommonJS and call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __softsecCreateRequire } from 'node:module'; const require = __softsecCreateRequire(import.meta.url);" },
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: false,
  esbuildOptions(options) {
    // cli-table3 measures cells with string-width 4; ours gives the same widths without its costly start-up.
    options.alias = { 'string-width': './src/render/stringWidthShim.cjs' };
  },
  define: { __VERSION__: JSON.stringify(pkg.version), __DATA_AS_OF__: JSON.stringify(meta.asOf) },
});
