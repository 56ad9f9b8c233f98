import { defineConfig } from '@playwright/test';

export default defineConfig<{ shell: 'harness' | 'electron' }>({
  testDir: 'test/e2e',
  timeout: 60_000,
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: false,
  workers: 1,
  // On CI's 2 shared cores a keystroke can occasionally outrun a render; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'chromium-harness', use: { shell: 'harness' } },
    { name: 'electron', use: { shell: 'electron' } },
  ],
});
