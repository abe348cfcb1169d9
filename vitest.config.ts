import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'jsdom',
    // jsdom set-up alone can take seconds on a loaded two-core machine.
    testTimeout: 20_000,
    setupFiles: ['tests/unit/setup/english-ui.ts'],
  },
});
