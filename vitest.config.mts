import { defineConfig } from 'vitest/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // The chart renderers (lib/charts/render/*.ts, lib/charts/files.ts) start with
      // `import 'server-only'`; outside Next that module throws, so tests load an empty stub.
      'server-only': path.resolve(root, 'tests/unit/server-only-stub.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
