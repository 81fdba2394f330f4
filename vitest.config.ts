import { defineConfig } from 'vitest/config';

export default defineConfig({
  // TypeScript before JavaScript, as esbuild resolves: scripts/preview/charts.ts (imported by the
  // host) sits beside charts.js (the browser's copy, which needs `window`).
  resolve: { extensions: ['.mjs', '.ts', '.mts', '.js', '.jsx', '.tsx', '.json'] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
