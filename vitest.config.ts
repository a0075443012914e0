import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          // The built main process under a stand-in for electron, and npm start with fake executables (needs the build).
          name: 'main',
          sequence: { groupOrder: 0 },
          include: ['tests/main-process/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 1 },
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // `expect.poll` waits for what a person would see; on a loaded machine that can take more than 1 s.
          expect: { poll: { timeout: 10_000 } },
          // One Chromium per file; two files at a time on a 2-core machine.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'electron',
          sequence: { groupOrder: 2 },
          include: ['tests/electron/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
    ],
  },
});
