import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Export tests start LibreOffice; two at once is what this 2-core machine bears.
    maxWorkers: 2,
  },
});
