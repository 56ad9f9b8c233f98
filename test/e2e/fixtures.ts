// @runs: test
// Each scenario gets a fresh data folder and a page running the real built
// renderer: in Debian's Chromium through the browser shell (harness), or in
// Electron itself where its binary is installed. Every scenario is guarded
// (guard.ts): the focus checked after each key, axe-core on its last screen.
import { test as base, chromium, _electron, type Page, type TestInfo } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBrowserShell } from '../../src-main/browser-shell/server';
import { createServices } from '../../src-main/services';
import { OffsetClock } from '../../src-main/services/clock';
import { electronBinary } from '../../scripts/electron-binary';
import { expectAccessible, expectFocusHeld, guardKeyboard } from './guard';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Debian's Chromium as the scenarios run it: no sandbox (containers), no GPU, nothing in the background. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Counter {
  page: Page;
  dataDir: string;
}

export const test = base.extend<{ shell: 'harness' | 'electron'; startAt: string | null; counter: Counter }>({
  shell: ['harness', { option: true }],
  /** The counter's "now" for a scenario (ISO with +07:00); the clock runs on from there. */
  startAt: [null, { option: true }],
  counter: async ({ shell, startAt, locale }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-e2e-'));
    try {
      if (shell === 'electron') {
        const binary = electronBinary();
        testInfo.skip(startAt !== null, 'This scenario sets the counter\'s date, which only the harness can do.');
        testInfo.skip(!binary, 'Electron binary not installed on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); the same scenarios ran in Chromium through the harness.');
        const app = await _electron.launch({ executablePath: binary as string, args: [resolve('out/main/index.js'), `--data-dir=${dataDir}`] });
        await useGuarded(await app.firstWindow(), dataDir, use, testInfo);
        await app.close();
        return;
      }
      const services = createServices({ dataDir, ...(startAt ? { clock: new OffsetClock(new Date(startAt)) } : {}) });
      const shellServer = await startBrowserShell(services, resolve('out/renderer'));
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      // A context of its own: axe-core's AxeBuilder refuses a page from browser.newPage().
      const page = await (await browser.newContext({ viewport: COUNTER_SCREEN, locale: locale ?? 'vi-VN' })).newPage();
      page.on('pageerror', (error) => console.error('[renderer]', error));
      await page.goto(shellServer.url);
      await useGuarded(page, dataDir, use, testInfo);
      await browser.close();
      await shellServer.close();
      services.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

/** The common counter PC's screen. */
export const COUNTER_SCREEN = { width: 1366, height: 768 };

/** Runs the scenario with every key guarded, then checks its last screen. */
async function useGuarded(page: Page, dataDir: string, use: (counter: Counter) => Promise<void>, testInfo: TestInfo): Promise<void> {
  guardKeyboard(page);
  await use({ page, dataDir });
  if (testInfo.status !== 'passed' || page.isClosed()) return;
  await expectFocusHeld(page, 'the scenario');
  await expectAccessible(page, `the last screen of "${testInfo.title}"`);
}

export { expect } from '@playwright/test';
