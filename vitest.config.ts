import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const meta = JSON.parse(readFileSync('data/meta.json', 'utf8')) as { asOf: string };

export default defineConfig({
  define: { __VERSION__: JSON.stringify(pkg.version), __DATA_AS_OF__: JSON.stringify(meta.asOf) },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20000,
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      // Re-exports and the CommonJS shim only run inside the built bundle (the pack test covers them).
      exclude: ['src/index.ts', 'src/render/stringWidthShim.cjs'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90, branches: 90 },
    },
  },
});
