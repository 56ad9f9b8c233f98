// @runs: test
// Counters sharing their dossiers through a real office hub (PostgreSQL of the
// test's own): a dossier received at one counter is returned at another; a
// partition with both sides working; a resend that must not duplicate.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dossierChecksums } from '../../src-main/hub/checksum';
import { createServices } from '../../src-main/services';
import { startHubScheduler } from '../../src-main/hub/scheduler';
import { hubWords } from '../../src-main/shared/vi/hub';
import { cardReissueForm } from '../support/intake';
import { closeCounter, openCounter, prepareHub, syncAll } from '../support/hub';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import type { TestApp } from '../support/services';

let pg: TestPostgres;
let counters: TestApp[] = [];

beforeAll(async () => {
  pg = await startTestPostgres();
  await prepareHub(pg);
});
afterAll(() => pg?.stop());
afterEach(async () => {
  for (const app of counters) await closeCounter(app);
  counters = [];
});

/** A fresh hub log per test: the counters' roles stay, their changes go. */
async function clearHub(): Promise<void> {
  const { default: pgLib } = await import('pg');
  const client = new pgLib.Client(pg.adminUrl);
  await client.connect();
  await client.query('TRUNCATE motcua.changes');
  await client.end();
}

async function two(): Promise<[TestApp, TestApp]> {
  await clearHub();
  counters = [await openCounter(pg, 1), await openCounter(pg, 2)];
  return counters as [TestApp, TestApp];
}

const DEPARTMENT = 'Phòng Quản lý thu - Sổ, thẻ';
const personalId = (n: number) => `0450${String(n).padStart(8, '0')}`;

async function accept(app: TestApp, n: number): Promise<number> {
  const form = cardReissueForm();
  form.applicant = { ...form.applicant, personalId: personalId(n), fullName: `Nguyễn Văn Số ${n}` } as typeof form.applicant;
  return (await app.ok('intake.accept', { form })).dossierId;
}

async function toResultReady(app: TestApp, dossierId: number): Promise<void> {
  await app.ok('queue.handOver', { dossierId, department: DEPARTMENT, receiverName: 'Lê Văn Tâm' });
  await app.ok('queue.receiveResult', { dossierId, resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }] });
}

const returnAtCounter = (dossierId: number) => ({ dossierId, delivery: { method: 'counter' as const, collector: { kind: 'applicant' as const }, signatureNoted: true } });

/** The local id of a dossier by its code. */
function idOf(app: TestApp, code: string): number {
  return (app.services.sqlite.prepare('SELECT id FROM dossiers WHERE code = ?').get(code) as { id: number }).id;
}

function count(app: TestApp, table: string): number {
  return (app.services.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('one dossier, many counters', () => {
  it('a dossier received at counter 1 is found and returned at counter 2, and counter 1 sees it returned', async () => {
    const [one, two_] = await two();
    const dossierId = await accept(one, 1);
    const { code } = await one.ok('dossiers.get', { dossierId });
    await syncAll([one, two_]);
    const there = idOf(two_, code as string);
    const queue = await two_.ok('queue.list', { view: 'toHandOver' });
    expect(queue.rows.map((r) => r.code)).toContain(code);
    expect((await two_.ok('dossiers.get', { dossierId: there })).applicant).toMatchObject({ fullName: 'Nguyễn Văn Số 1' });
    await toResultReady(two_, there);
    await two_.ok('queue.returnResult', returnAtCounter(there));
    await syncAll([two_, one]);
    const back = await one.ok('dossiers.get', { dossierId });
    expect(back.state).toBe('returned');
    expect(back.history.map((h) => [h.action, h.counter])).toEqual([
      ['accept', 1],
      ['handOver', 2],
      ['receiveResult', 2],
      ['returnResult', 2],
    ]);
    expect(back.history.at(-1)?.clerkName).toBe('Nguyễn Thị Thu Hương');
    // The papers printed at counter 2 travel as records (their metadata).
    const kinds = one.services.sqlite.prepare("SELECT json_extract(body, '$.kind') AS kind FROM hub_records WHERE kind = 'document'").all();
    expect(kinds).toContainEqual({ kind: 'control' });
    expect(dossierChecksums(one.services.sql, 1)).toEqual(dossierChecksums(two_.services.sql, 2));
    expect((await one.ok('hub.status', {})).label).toBe(hubWords.synced);
  });

  it('in the background (LISTEN/NOTIFY), counter 1 shows a return made at counter 2 within one second', async () => {
    const [one, two_] = await two();
    const dossierId = await accept(one, 7);
    await toResultReady(one, dossierId);
    const { code } = await one.ok('dossiers.get', { dossierId });
    await syncAll([one, two_]);
    const schedulers = [one, two_].map((app) => startHubScheduler(() => app.services, 100));
    try {
      // Let both engines open their LISTEN connection.
      await until(() => two_.services.hub.listening && one.services.hub.listening, 3_000);
      const started = performance.now();
      await two_.ok('queue.returnResult', returnAtCounter(idOf(two_, code as string)));
      await until(() => stateOf(one, code as string) === 'returned', 1_000);
      expect(performance.now() - started).toBeLessThan(1_000);
    } finally {
      schedulers.forEach((s) => s.stop());
    }
  });

  it('a partition: both counters keep working, after the restart they agree, the conflict is flagged on both, nothing lost or duplicated', async () => {
    const [one, two_] = await two();
    const shared = await accept(one, 0);
    await toResultReady(one, shared);
    const { code } = await one.ok('dossiers.get', { dossierId: shared });
    await syncAll([one, two_]);
    pg.crash();
    try {
      for (const [app, base] of [[one, 100], [two_, 200]] as const) {
        for (let i = 0; i < 16; i++) {
          const id = await accept(app, base + i);
          await toResultReady(app, id);
        }
        // 48 actions, then the shared dossier from both sides, then one more.
        await app.ok('queue.handOver', { dossierId: await accept(app, base + 99), department: DEPARTMENT, receiverName: 'Lê Văn Tâm' });
      }
      await one.ok('queue.returnResult', returnAtCounter(shared));
      await two_.ok('queue.stop', { dossierId: idOf(two_, code as string), kind: 'withdrawn', reason: 'Người nộp rút hồ sơ' });
      await syncAll([one, two_], 1);
      const offline = await one.ok('hub.status', {});
      expect(offline).toMatchObject({ connected: false });
      expect(offline.waiting).toBeGreaterThan(50);
      expect(offline.label).toBe(hubWords.offline(offline.waiting));
    } finally {
      pg.start();
    }
    await syncAll([one, two_], 3);
    const sums = dossierChecksums(one.services.sql, 1);
    expect(sums.size).toBe(1 + 2 * 17);
    expect(dossierChecksums(two_.services.sql, 2)).toEqual(sums);
    for (const app of [one, two_]) {
      // Before the partition 3; each side 16 × 3 + 2; the shared dossier's return and stop.
      expect(count(app, 'dossier_events')).toBe(3 + 2 * (16 * 3 + 2) + 2);
      const { conflicts } = await app.ok('hub.conflicts', {});
      expect(conflicts).toEqual([expect.objectContaining({ dossierCode: code, action: 'stop', origin: 2 })]);
      const history = await app.ok('dossiers.get', { dossierId: idOf(app, code as string) });
      // The hub's order accepted counter 1's return; counter 2's stop is kept in the history beside it.
      expect(history.state).toBe('returned');
      expect(history.history.slice(-2).map((h) => h.action).sort()).toEqual(['returnResult', 'stop']);
      expect(await app.ok('hub.status', {})).toMatchObject({ connected: true, waiting: 0, conflicts: 1, label: hubWords.synced });
    }
  });

  it('when the receiving counter reaches the hub first, the action at the dossier origin is the one flagged and its row follows the hub', async () => {
    const [one, two_] = await two();
    const shared = await accept(one, 5);
    await toResultReady(one, shared);
    const { code } = await one.ok('dossiers.get', { dossierId: shared });
    await syncAll([one, two_]);
    pg.crash();
    try {
      await one.ok('queue.returnResult', returnAtCounter(shared));
      await two_.ok('queue.stop', { dossierId: idOf(two_, code as string), kind: 'applicantRequest', reason: 'Người nộp đề nghị dừng' });
    } finally {
      pg.start();
    }
    await syncAll([two_, one], 2);
    for (const app of [one, two_]) {
      expect(stateOf(app, code as string)).toBe('stopped');
      expect((await app.ok('hub.conflicts', {})).conflicts).toEqual([expect.objectContaining({ action: 'returnResult', origin: 1 })]);
    }
    expect(dossierChecksums(one.services.sql, 1)).toEqual(dossierChecksums(two_.services.sql, 2));
  });

  it('a counter killed again and again mid-exchange resumes where it stopped: same dossiers, nothing twice', async () => {
    const [one, two_] = await two();
    const dataDir = two_.dataDir;
    await two_.services.hub.stop();
    two_.services.close();
    counters = [one];
    for (let kill = 0; kill < 6; kill++) {
      for (let i = 0; i < 3; i++) await toResultReady(one, await accept(one, kill * 10 + i));
      await one.services.hub.syncOnce();
      // Each round 9 new events, 3 a batch: the kill lands after the first batch, before the last.
      const batches = await killMidExchange(dataDir, kill % 3);
      expect(batches).toBeGreaterThan(0);
      expect(batches).toBeLessThan(3 + 3 * kill);
    }
    const reopened = createServices({ dataDir });
    try {
      await reopened.hub.syncOnce();
      await reopened.hub.syncOnce();
      expect(dossierChecksums(reopened.sql, 2)).toEqual(dossierChecksums(one.services.sql, 1));
      expect(reopened.sqlite.prepare('SELECT count(*) AS n FROM dossier_events').get()).toEqual({ n: 6 * 3 * 3 });
    } finally {
      await reopened.hub.stop();
      reopened.close();
    }
  }, 120_000);

  it('keeps the hub password sealed: not in the settings table, its key not in a backup', async () => {
    const [one] = await two();
    const stored = one.services.sqlite.prepare("SELECT value FROM settings WHERE key = 'hub.connection'").get() as { value: string };
    expect(stored.value).not.toContain('quay-1-mat-khau');
    expect(stored.value).toContain('motcua_counter_1');
    expect(existsSync(join(one.dataDir, 'hub.key'))).toBe(true);
    // Office-wide ids carry the counter's number: a joined counter keeps it.
    const settings = await one.ok('settings.get', {});
    const renumber = await one.call('settings.update', { office: { ...settings.office, counterNumber: 9 }, idleMinutes: settings.idleMinutes });
    expect(renumber).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'office.counterNumber' } });
    const backup = join(one.dataDir, 'backups', (await one.ok('backup.run', {})).id);
    const files = readdirSync(backup, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files.map((f) => f.name)).toContain('mot-cua.sqlite');
    expect(files.map((f) => f.name)).not.toContain('hub.key');
    expect(files.some((f) => readFileSync(join(f.parentPath, f.name)).includes('quay-1-mat-khau'))).toBe(false);
  });

  it('a resend after a crash between the hub commit and the local mark never duplicates', async () => {
    const [one, two_] = await two();
    for (let i = 0; i < 3; i++) await accept(one, i);
    // The counter as it stood when the crash came: its outbox not yet confirmed, nothing read back.
    const unconfirmed = one.services.sqlite.prepare('SELECT * FROM hub_outbox').all();
    await syncAll([one, two_]);
    const before = { hub: await hubRows(), events: count(two_, 'dossier_events'), sums: dossierChecksums(two_.services.sql, 2) };
    expect(count(one, 'hub_outbox')).toBe(0);
    const reinsert = one.services.sqlite.prepare('INSERT INTO hub_outbox (seq, kind, row_id, position, nonce) VALUES (@seq, @kind, @row_id, @position, @nonce)');
    for (const row of unconfirmed) reinsert.run(row);
    one.services.sqlite.prepare('UPDATE hub_state SET pushed = 0, cursor = 0').run();
    expect((await one.ok('hub.status', {})).waiting).toBeGreaterThan(0);
    await syncAll([one, two_]);
    expect(await hubRows()).toBe(before.hub);
    expect(count(two_, 'dossier_events')).toBe(before.events);
    expect(dossierChecksums(two_.services.sql, 2)).toEqual(before.sums);
    expect((await one.ok('hub.status', {})).waiting).toBe(0);
  });
});

/** Starts the sync loop of the counter in its own process and kills it (SIGKILL) at its first applied batch, after a delay of up to a few ms: mid-exchange. */
async function killMidExchange(dataDir: string, delayMs: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('test/crash/hub-sync-loop.ts'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let batches = 0;
  child.stdout.on('data', (data) => {
    if (batches === 0) setTimeout(() => child.kill('SIGKILL'), delayMs);
    batches += String(data).split('batch').length - 1;
  });
  await new Promise<void>((done) => child.once('exit', () => done()));
  return batches;
}

function stateOf(app: TestApp, code: string): string {
  return (app.services.sqlite.prepare('SELECT state FROM dossiers WHERE code = ?').get(code) as { state: string }).state;
}

/** Waits for a condition, failing after the limit. */
async function until(condition: () => boolean, limitMs: number): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function hubRows(): Promise<number> {
  const { default: pgLib } = await import('pg');
  const client = new pgLib.Client(pg.adminUrl);
  await client.connect();
  const n = (await client.query('SELECT count(*)::int AS n FROM motcua.changes')).rows[0].n as number;
  await client.end();
  return n;
}
