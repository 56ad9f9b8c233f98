// @runs: test
// An office of two counters for the office-hub scenarios: a PostgreSQL cluster
// of the test's own (initdb/pg_ctl in a temporary folder, a free port) prepared
// with `hub init` and one role per counter, and per counter its own data folder,
// services, browser shell on its own port, hub scheduler (as `npm run
// start:browser` runs it) and Chromium page. Everything started here is stopped
// here and every temporary folder removed, whatever the scenario's outcome.
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBrowserShell } from '../../src-main/browser-shell/server';
import { addCounter, initHub } from '../../src-main/hub/init';
import { startHubScheduler } from '../../src-main/hub/scheduler';
import { createServices, type Services } from '../../src-main/services';
import { OffsetClock } from '../../src-main/services/clock';
import { postgresInstalled, startTestPostgres, type TestPostgres } from '../support/postgres';
import { CHROMIUM, CHROMIUM_ARGS, COUNTER_SCREEN, test as base } from './fixtures';
import { expectAccessible, expectFocusHeld, guardKeyboard } from './guard';

export interface OfficeCounter {
  number: number;
  page: Page;
  dataDir: string;
  services: Services;
  /** The counter's hub account, as the IT officer's `hub add-counter` printed it. */
  role: string;
  password: string;
}

export interface Office {
  hub: TestPostgres;
  /** What a supervisor types in Cài đặt › Máy chủ văn phòng: host:port/database. */
  hubAddress: string;
  counters: [OfficeCounter, OfficeCounter];
}

/** Undo steps, run last-first; one failing does not keep the others from running. */
class Teardown {
  private readonly steps: (() => unknown)[] = [];
  add(step: () => unknown): void {
    this.steps.push(step);
  }
  async run(): Promise<void> {
    for (const step of this.steps.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error('[office teardown]', error);
      }
    }
  }
}

async function openCounterShell(number: number, hub: TestPostgres, browser: Browser, startAt: string | null, teardown: Teardown): Promise<OfficeCounter> {
  const password = `quay-${number}-mat-khau-e2e`;
  const { role } = await addCounter(hub.adminUrl, number, password);
  const dataDir = mkdtempSync(join(tmpdir(), `mot-cua-e2e-quay${number}-`));
  teardown.add(() => rmSync(dataDir, { recursive: true, force: true }));
  const services = createServices({ dataDir, ...(startAt ? { clock: new OffsetClock(new Date(startAt)) } : {}) });
  teardown.add(() => services.close());
  teardown.add(() => services.hub.stop());
  const scheduler = startHubScheduler(() => services);
  teardown.add(() => scheduler.stop());
  const shell = await startBrowserShell(services, resolve('out/renderer'));
  teardown.add(() => shell.close());
  const context = await browser.newContext({ viewport: COUNTER_SCREEN, locale: 'vi-VN' });
  teardown.add(() => context.close());
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[renderer quầy ${number}]`, error));
  guardKeyboard(page);
  await page.goto(shell.url);
  return { number, page, dataDir, services, role, password };
}

export const test = base.extend<{ office: Office }>({
  office: async ({ shell, startAt }, use, testInfo) => {
    testInfo.skip(shell === 'electron', 'Two counters side by side run in the Chromium harness (one Electron window is one counter).');
    testInfo.skip(!postgresInstalled(), 'PostgreSQL 15 or newer is not installed (initdb, pg_ctl under /usr/lib/postgresql/<version>/bin): apt-get install postgresql, as .ci/run does.');
    const teardown = new Teardown();
    try {
      const hub = await startTestPostgres();
      teardown.add(() => hub.stop());
      await initHub(hub.adminUrl);
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      teardown.add(() => browser.close());
      const counters: [OfficeCounter, OfficeCounter] = [await openCounterShell(1, hub, browser, startAt, teardown), await openCounterShell(2, hub, browser, startAt, teardown)];
      await use({ hub, hubAddress: `127.0.0.1:${hub.port}/postgres`, counters });
      if (testInfo.status !== 'passed') return;
      for (const { page, number } of counters) {
        await expectFocusHeld(page, `the scenario at counter ${number}`);
        await expectAccessible(page, `the last screen of counter ${number} in "${testInfo.title}"`);
      }
    } finally {
      await teardown.run();
    }
  },
});

export { expect } from '@playwright/test';
