// Sending the day's package: through the outbox table, with exponential
// backoff, across restarts, to the central endpoint (the local stub) or a
// folder, and never received twice thanks to the idempotency key.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startOutboxScheduler } from '../../src-main/end-of-day/scheduler';
import { createServices, type Services } from '../../src-main/services';
import { FixedClock } from '../../src-main/services/clock';
import { vnInstant } from '../../src-main/shared/time';
import { startStubCentral, type StubCentral } from '../stub-central/server';
import { cardReissueForm } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

const DAY = '2026-03-02';
let app: TestApp;
let stub: StubCentral;

beforeEach(async () => {
  app = makeTestApp(vnInstant(DAY, 9, 0));
  await setUpOffice(app);
  await app.ok('intake.accept', { form: cardReissueForm() });
  app.at(vnInstant(DAY, 17, 0));
  await app.ok('endOfDay.close', { date: DAY, confirmOpenItems: true });
  const { publicKeyPem } = await app.ok('endOfDay.sendingSettings', {});
  stub = await startStubCentral({ publicKeyPem });
  await app.ok('endOfDay.updateSendingSettings', { destination: 'http', folder: '', url: stub.url });
});
afterEach(async () => {
  await stub.close();
  app.close();
});

const at = (hh: number, mm: number, ss = 0) => new Date(vnInstant(DAY, hh, mm).getTime() + ss * 1000);
const row = (services: Services = app.services) => services.endOfDay.outbox.items()[0];

describe('the outbox', () => {
  it('retries with exponential backoff and the central system receives the package once, signature checked', async () => {
    stub.failNext(2);
    const exported = await app.ok('endOfDay.export', { date: DAY });
    expect(exported.outbox).toMatchObject({ state: 'queued', attempts: 0, destination: 'http', target: stub.url });
    const eod = app.services.endOfDay;

    expect(await eod.processOutbox(at(17, 1))).toEqual({ attempted: 1, sent: 0, failed: 1 });
    expect(row()).toMatchObject({ state: 'failed', attempts: 1, nextAttemptAt: '2026-03-02T17:01:30+07:00', lastError: expect.stringContaining('503') });
    expect(await eod.processOutbox(at(17, 1, 20))).toEqual({ attempted: 0, sent: 0, failed: 0 }); // not due yet
    expect(await eod.processOutbox(at(17, 1, 30))).toEqual({ attempted: 1, sent: 0, failed: 1 });
    expect(row()).toMatchObject({ state: 'failed', attempts: 2, nextAttemptAt: '2026-03-02T17:02:30+07:00' }); // 60 s after the second
    expect(await eod.processOutbox(at(17, 2, 30))).toEqual({ attempted: 1, sent: 1, failed: 0 });
    expect(row()).toMatchObject({ state: 'sent', attempts: 3, lastError: null });
    expect(await eod.processOutbox(at(18, 0))).toEqual({ attempted: 0, sent: 0, failed: 0 });

    expect(stub.received).toHaveLength(1);
    expect(stub.received[0]?.key).toBe('000.00.15.H27/3/2026-03-02/r1');
    expect(stub.received[0]?.manifest.counts).toMatchObject({ dossiers: 1, registerRows: 1 });
    expect(stub.requests.map((r) => r.status)).toEqual([503, 503, 201]);
  });

  it('an answer lost on the way back is sent again and the endpoint keeps one copy', async () => {
    stub.dropNext(1);
    await app.ok('endOfDay.export', { date: DAY });
    expect(await app.services.endOfDay.processOutbox(at(17, 1))).toMatchObject({ failed: 1 });
    expect(row()).toMatchObject({ state: 'failed', lastError: expect.stringContaining('Không kết nối được') });
    expect(await app.services.endOfDay.processOutbox(at(17, 2))).toMatchObject({ sent: 1 });
    expect(stub.received).toHaveLength(1);
    expect(stub.requests.map((r) => r.status)).toEqual(['dropped', 200]);
  });

  it('survives a restart in the middle of an attempt, and exporting the same revision again queues nothing new', async () => {
    await app.ok('endOfDay.export', { date: DAY });
    // The process died while sending: the row says 'sending' and the endpoint may or may not have the package.
    await app.services.endOfDay.processOutbox(at(17, 1)); // delivered…
    app.services.sqlite.prepare(`UPDATE export_outbox SET state = 'sending', sent_at = NULL`).run(); // …but the result was never written
    app.services.close();

    const services = createServices({ dataDir: app.dataDir, clock: new FixedClock(at(17, 5)) });
    try {
      expect(row(services)).toMatchObject({ state: 'sending' });
      expect(await services.endOfDay.processOutbox(at(17, 5))).toMatchObject({ attempted: 1, sent: 1 });
      expect(row(services)).toMatchObject({ state: 'sent' });
      expect(stub.received).toHaveLength(1);
      expect(stub.requests.map((r) => r.status)).toEqual([201, 200]);
      await services.endOfDay.exportDay(3, DAY);
      expect(services.endOfDay.outbox.items()).toHaveLength(1);
      expect(services.endOfDay.outbox.failing()).toBe(0);
    } finally {
      services.close();
      app.services.close = () => undefined;
    }
  });

  it('refuses a package whose signature does not verify (the endpoint answers 422) and keeps retrying', async () => {
    stub.publicKeyPem = (await import('node:crypto')).generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    await app.ok('endOfDay.export', { date: DAY });
    await app.services.endOfDay.processOutbox(at(17, 1));
    expect(row()).toMatchObject({ state: 'failed', lastError: expect.stringContaining('422') });
    expect(stub.received).toHaveLength(0);
  });

  it('"Gửi lại ngay" sends at once whatever the backoff says', async () => {
    stub.failNext(1);
    await app.ok('endOfDay.export', { date: DAY });
    const first = await app.ok('endOfDay.sendNow', {});
    expect(first).toMatchObject({ attempted: 1, failed: 1 });
    const id = first.items[0]?.id as number;
    expect(await app.ok('endOfDay.sendNow', { id })).toMatchObject({ attempted: 1, sent: 1, items: [{ state: 'sent', attempts: 2 }] });
  });
});

describe('the scheduler the shells start', () => {
  it('sends what is due on its own, and does nothing once stopped or while the app has no services (recovery mode)', async () => {
    await app.ok('endOfDay.export', { date: DAY });
    let current: Services | null = null;
    const scheduler = startOutboxScheduler(() => current, 20);
    try {
      await scheduler.tick();
      expect(row()).toMatchObject({ state: 'queued', attempts: 0 });
      current = app.services;
      await expect.poll(() => row()?.state, { timeout: 5000 }).toBe('sent');
    } finally {
      scheduler.stop();
    }
    expect(stub.received).toHaveLength(1);
  });
});

describe('sending to a folder', () => {
  it('writes the whole package into the folder once; a missing folder is an error kept for the next attempt', async () => {
    const usb = mkdtempSync(join(tmpdir(), 'mot-cua-usb-'));
    try {
      await app.ok('endOfDay.updateSendingSettings', { destination: 'folder', folder: join(usb, 'chua-cam'), url: '' });
      rmSync(usb, { recursive: true, force: true });
      const exported = await app.ok('endOfDay.export', { date: DAY });
      expect(exported.outbox).toMatchObject({ destination: 'folder' });
      expect(await app.services.endOfDay.processOutbox(at(17, 1))).toMatchObject({ failed: 1 });
      expect(row()).toMatchObject({ state: 'failed', lastError: expect.stringContaining('Không ghi được vào thư mục') });

      mkdirSync(join(usb, 'chua-cam'), { recursive: true }); // the stick is plugged in again
      expect(await app.services.endOfDay.processOutbox(at(17, 2))).toMatchObject({ sent: 1 });
      const delivered = join(usb, 'chua-cam', exported.packageName);
      expect(readFileSync(join(delivered, 'manifest.json')).equals(readFileSync(join(exported.folder, 'manifest.json')))).toBe(true);
      expect(existsSync(join(usb, 'chua-cam', `.${exported.packageName}.partial`))).toBe(false);
    } finally {
      rmSync(usb, { recursive: true, force: true });
    }
  });

  it('refuses a folder that is not a full path', async () => {
    expect(await app.call('endOfDay.updateSendingSettings', { destination: 'folder', folder: 'usb', url: '' })).toMatchObject({ ok: false, error: { field: 'folder' } });
  });
});
