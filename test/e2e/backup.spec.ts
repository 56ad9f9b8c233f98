// The test in the browser: a counter whose database file got damaged
// starts on the recovery screen; Enter restores the newest good backup and the
// clerk signs in to the data as it was at the backup.
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Input, MethodName } from '../../src-main/api/contract';
import { AppHost } from '../../src-main/backup/host';
import { startBrowserShell } from '../../src-main/browser-shell/server';
import { DATABASE_FILE } from '../../src-main/db/open';
import { corruptMiddle } from '../support/backup';
import { CHROMIUM, expect, test } from './fixtures';
import { completeSetup, FIRST_CLERK, OFFICE, signIn } from './helpers';

async function ok<M extends MethodName>(host: AppHost, method: M, input: Input<M>): Promise<void> {
  const result = await host.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
}

/** Set up, add a clerk, back up, add another clerk, shut down, damage the file. */
async function damagedCounter(dataDir: string): Promise<void> {
  const host = AppHost.open({ dataDir });
  await ok(host, 'setup.complete', {
    office: { parentAgency: OFFICE.parentAgency, officeName: OFFICE.officeName, officeCode: OFFICE.officeCode, place: OFFICE.place, address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 3 },
    clerk: FIRST_CLERK,
  });
  await ok(host, 'clerks.add', { fullName: 'Trần Văn Bình', username: 'binhtv', password: '12345678', role: 'clerk' });
  await ok(host, 'backup.run', {});
  await ok(host, 'clerks.add', { fullName: 'Ngô Văn An', username: 'annv', password: '12345678', role: 'clerk' });
  host.close();
  corruptMiddle(join(dataDir, DATABASE_FILE));
}

async function openCounter(dataDir: string, run: (page: Page) => Promise<void>): Promise<void> {
  const host = AppHost.open({ dataDir });
  const shell = await startBrowserShell(host, resolve('out/renderer'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN' });
    page.on('pageerror', (error) => console.error('[renderer]', error));
    await page.goto(shell.url);
    await run(page);
  } finally {
    await browser.close();
    await shell.close();
    host.close();
  }
}

test('a damaged database: the recovery screen, Enter restores the newest backup, sign in to the data as it was', async ({ shell }) => {
  test.skip(shell !== 'harness', 'The scenario prepares a damaged data folder before the app starts, which the harness does in-process.');
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-e2e-recovery-'));
  try {
    await damagedCounter(dataDir);
    await openCounter(dataDir, async (page) => {
      await expect(page.getByRole('heading', { name: /Dữ liệu bị hỏng — cần phục hồi/ })).toBeVisible();
      await expect(page.getByText(/Cấu trúc tệp dữ liệu bị hỏng|Kiểm tra toàn vẹn phát hiện lỗi/)).toBeVisible();
      await expect(page.getByRole('row', { name: /Nguyên vẹn/ })).toHaveCount(1);
      const restore = page.getByRole('button', { name: /Phục hồi bản sao lưu gần nhất/ });
      await expect(restore).toBeFocused();
      await page.keyboard.press('Enter');
      await signIn(page, FIRST_CLERK.username, FIRST_CLERK.password);
      await expect(page.getByTestId('current-clerk')).toHaveText(FIRST_CLERK.fullName);
      await page.keyboard.press('Alt+6');
      await expect(page.getByRole('cell', { name: 'binhtv' })).toBeVisible();
      await expect(page.getByRole('cell', { name: 'annv' })).toHaveCount(0);
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a 0-byte database with a backup beside it: the recovery screen, not setup; Enter brings the data back', async ({ shell }) => {
  test.skip(shell !== 'harness', 'The scenario prepares the data folder before the app starts, which the harness does in-process.');
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-e2e-empty-'));
  try {
    await damagedCounter(dataDir);
    truncateSync(join(dataDir, DATABASE_FILE), 0);
    await openCounter(dataDir, async (page) => {
      await expect(page.getByRole('heading', { name: /cần phục hồi/ })).toBeVisible();
      await expect(page.getByText(/trống \(0 byte\)/)).toBeVisible();
      await expect(page.getByRole('button', { name: /Phục hồi bản sao lưu gần nhất/ })).toBeFocused();
      await page.keyboard.press('Enter');
      await signIn(page, FIRST_CLERK.username, FIRST_CLERK.password);
      await expect(page.getByTestId('current-clerk')).toHaveText(FIRST_CLERK.fullName);
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a supervisor backs up now, then restores that backup after typing the password', async ({ shell }) => {
  test.skip(shell !== 'harness', 'Restoring in place needs the shell to hold its services behind the host; the harness starts one in-process.');
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-e2e-backup-'));
  try {
    await openCounter(dataDir, async (page) => {
      await completeSetup(page);
      await page.keyboard.press('Alt+4');
      await page.getByRole('tab', { name: 'Sao lưu, phục hồi' }).click();
      await page.getByRole('button', { name: 'Sao lưu ngay' }).press('Enter');
      await expect(page.getByRole('status')).toHaveText(/Đã sao lưu xong lúc/);
      const row = page.getByRole('row', { name: /Sao lưu tay.*Nguyên vẹn/ });
      await expect(row).toHaveCount(1);

      await row.getByRole('button', { name: /Phục hồi bản sao lưu lúc/ }).press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Xác nhận phục hồi dữ liệu' });
      await expect(dialog.getByLabel('Nhập mật khẩu của bạn để xác nhận')).toBeFocused();
      await page.keyboard.type('sai-mat-khau');
      await page.keyboard.press('Enter');
      await expect(dialog.getByRole('alert')).toHaveText(/Mật khẩu không đúng/);
      await page.keyboard.type(FIRST_CLERK.password);
      await page.keyboard.press('Enter');
      await signIn(page, FIRST_CLERK.username, FIRST_CLERK.password);
      await expect(page.getByTestId('current-clerk')).toHaveText(FIRST_CLERK.fullName);
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the bundled start-up check (out/main/integrity-worker.js, as Electron runs it) passes a sound file and finds the damage', async ({ shell }) => {
  test.skip(shell !== 'harness', 'Runs the built worker entry directly in Node; once is enough.');
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-e2e-worker-'));
  const check = (file: string) =>
    new Promise<unknown>((done, fail) => {
      const worker = new Worker(resolve('out/main/integrity-worker.js'), { workerData: { file } });
      worker.once('message', done);
      worker.once('error', fail);
    });
  try {
    const host = AppHost.open({ dataDir });
    await ok(host, 'setup.complete', {
      office: { parentAgency: OFFICE.parentAgency, officeName: OFFICE.officeName, officeCode: OFFICE.officeCode, place: OFFICE.place, address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 3 },
      clerk: FIRST_CLERK,
    });
    host.close();
    expect(await check(join(dataDir, DATABASE_FILE))).toEqual({ ok: true });
    corruptMiddle(join(dataDir, DATABASE_FILE));
    expect(await check(join(dataDir, DATABASE_FILE))).toMatchObject({ ok: false, reason: expect.stringMatching(/toàn vẹn|bị hỏng/) });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
