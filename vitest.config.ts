import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const meta = JSON.parse(readFileSync('data/meta.json', 'utf8')) as { asOf: string };

export default defineConfig({
  define: { __VERSION__: JSON.stringify(pkg.version), __DATA_AS_OF__: JSON.stringify(meta.asOf) },
  test: { include: ['tests/**/*.test.ts'], testTimeout: 20000 },
});
