import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Two kinds of test: unit/component in jsdom, and end-to-end in a real Chromium (node side).
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      reporters: ['default', './tests/summary-reporter.ts'],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/component/**/*.test.tsx'],
            setupFiles: ['tests/setup.ts'],
            // The first screen test of a file imports the lazy pages for the first time; on a busy
            // two-core machine that alone can pass the default five seconds.
            testTimeout: 20_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            globalSetup: ['tests/e2e/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // What the user would see: a part that loads its own chunk (the reminder's live line, a
            // card) may take more than the default second on a busy two-core machine.
            expect: { poll: { timeout: 5_000 } },
            // One Chromium at a time: the machine has two cores.
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
