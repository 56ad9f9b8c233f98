// @runs: test
// The office's dossiers as the hub itself holds them (its projection, kept
// from the log by the hub) and a new counter's first join copied from it: the
// same dossiers, histories and conflict flags as a counter that replayed the log.
import BetterSqlite3 from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src-main/db/open';
import { JOINING } from '../../src-main/hub/bootstrap';
import { dossierChecksums } from '../../src-main/hub/checksum';
import { createServices } from '../../src-main/services';
import { HubSync } from '../../src-main/hub/sync';
import { addCounter } from '../../src-main/hub/init';
import { joinHub } from '../../src-main/hub/join';
import { hubWords } from '../../src-main/shared/vi/hub';
import { cardReissueForm } from '../support/intake';
import { closeCounter, openCounter, prepareHub, syncAll } from '../support/hub';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import { makeTestApp, setUpOffice, SUPERVISOR, type TestApp } from '../support/services';

let cluster: TestPostgres;
let counters: TestApp[] = [];

beforeAll(async () => {
  cluster = await startTestPostgres();
  await prepareHub(cluster);
});
afterAll(() => cluster?.stop());
afterEach(async () => {
  for (const app of counters) await closeCounter(app);
  counters = [];
});

async function query<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

const DEPARTMENT = 'Phòng Quản lý thu - Sổ, thẻ';
const returnAtCounter = (dossierId: number) => ({ dossierId, delivery: { method: 'counter' as const, collector: { kind: 'applicant' as const }, signatureNoted: true } });

async function accept(app: TestApp, n: number, fullName = `Trần Thị Số ${n}`): Promise<number> {
  const form = cardReissueForm();
  form.applicant = { ...form.applicant, personalId: `0460${String(n).padStart(8, '0')}`, fullName } as typeof form.applicant;
  return (await app.ok('intake.accept', { form })).dossierId;
}

async function toResultReady(app: TestApp, dossierId: number): Promise<void> {
  await app.ok('queue.handOver', { dossierId, department: DEPARTMENT, receiverName: 'Lê Văn Tâm' });
  await app.ok('queue.receiveResult', { dossierId, resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }] });
}

function idOf(app: TestApp, code: string): number {
  return (app.services.sqlite.prepare('SELECT id FROM dossiers WHERE code = ?').get(code) as { id: number }).id;
}

/** A counter set up and given its hub credentials in Cài đặt, that has not exchanged yet. */
async function newCounter(counter: number): Promise<TestApp> {
  const app = makeTestApp();
  counters.push(app);
  await app.ok('setup.complete', {
    office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: counter },
    clerk: { ...SUPERVISOR, username: `${SUPERVISOR.username}${counter}` },
  });
  const password = `quay-${counter}-mat-khau`;
  const { role } = await addCounter(cluster.adminUrl, counter, password);
  await joinHub(app.services, { address: `127.0.0.1:${cluster.port}/postgres`, user: role, password });
  return app;
}

function conflictsOf(app: TestApp): unknown[] {
  return app.services.sqlite.prepare('SELECT change_id, hub_seq, origin, action FROM hub_conflicts ORDER BY change_id').all();
}

/** What the queue views and return statistics read: each dossier's derived due columns, the returns counted per day. */
function queuesOf(app: TestApp): unknown[] {
  const all = (q: string) => app.services.sqlite.prepare(q).all();
  return [all('SELECT code, current_due_date, open_due_date, return_timing FROM dossiers ORDER BY code'), all('SELECT * FROM queue_return_days WHERE n > 0 ORDER BY day, timing')];
}

/** What a clerk finds typing a name without marks, a personal ID, a word's start; and the spellings that rank the names. */
async function searchesOf(app: TestApp): Promise<unknown[]> {
  const found = async (query: string) => (await app.ok('search.dossiers', { query })).results.map((h) => [h.code, h.applicantName, h.personalId, h.counter]);
  const spellings = app.services.sqlite.prepare('SELECT folded, spelling, count FROM name_spellings WHERE count > 0 ORDER BY folded, spelling').all();
  return [await found('tran thi lan'), await found('046000000012'), await found('046000000099'), await found('tran'), spellings];
}

/** The database's indexes as a fresh counter has them: a first join sets some aside and must build every one again. */
function indexesOf(sqlite: TestApp['services']['sqlite']): unknown[] {
  return sqlite.prepare("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
}

function setAsideCount(sqlite: TestApp['services']['sqlite']): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM set_aside_indexes').get() as { n: number }).n;
}

/** Other counters' records, their JSON bodies read as the app reads them (a copy keeps the hub's text, a replay its own spacing). */
function recordsOf(app: TestApp): unknown[] {
  const rows = app.services.sqlite.prepare('SELECT change_id, kind, dossier_key, body FROM hub_records ORDER BY change_id').all() as { body: string }[];
  return rows.map((row) => ({ ...row, body: JSON.parse(row.body) as unknown }));
}

/**
 * Counters 1 and 2 work an office: dossiers at both, one returned at the other
 * counter (papers printed there), and a partition in which both act on the
 * same dossier (counter 2's stop is refused by the hub's order).
 */
async function anOffice(): Promise<{ one: TestApp; two: TestApp; contested: string }> {
  await query(cluster.adminUrl, 'TRUNCATE motcua.changes');
  const one = await openCounter(cluster, 1);
  const two = await openCounter(cluster, 2);
  counters.push(one, two);
  for (let i = 0; i < 4; i++) await toResultReady(one, await accept(one, i));
  for (let i = 10; i < 13; i++) await accept(two, i, i === 12 ? 'Trần Thị Lan' : undefined);
  const contested = await accept(one, 99);
  await toResultReady(one, contested);
  const { code } = await one.ok('dossiers.get', { dossierId: contested });
  await syncAll([one, two]);
  const first = (await one.ok('dossiers.get', { dossierId: 1 })).code as string;
  await two.ok('queue.returnResult', returnAtCounter(idOf(two, first)));
  cluster.crash();
  try {
    await one.ok('queue.returnResult', returnAtCounter(contested));
    await two.ok('queue.stop', { dossierId: idOf(two, code as string), kind: 'withdrawn', reason: 'Người nộp rút hồ sơ' });
  } finally {
    cluster.start();
  }
  await syncAll([one, two], 3);
  return { one, two, contested: code as string };
}

describe('the hub’s own picture of the office', () => {
  it('follows the accepted actions and flags the same conflicts as the counters', async () => {
    const { one, two, contested } = await anOffice();
    const hub = await query<{ code: string; state: string; events: number; counter: number }>(cluster.adminUrl, 'SELECT code, state, events, counter FROM motcua.dossiers ORDER BY code');
    const local = one.services.sqlite
      .prepare('SELECT d.code, d.state, h.events, d.counter FROM dossiers d JOIN hub_dossiers h ON h.dossier_id = d.id ORDER BY d.code')
      .all();
    expect(hub).toEqual(local);
    expect(hub).toHaveLength(8);
    expect(hub.find((d) => d.code === contested)).toMatchObject({ state: 'returned', events: 5 });
    const conflicts = await query(cluster.adminUrl, 'SELECT change_id, seq::int AS hub_seq, origin, action FROM motcua.conflicts');
    expect(conflicts).toEqual(conflictsOf(one));
    expect(conflicts).toEqual(conflictsOf(two));
    expect(conflicts).toEqual([expect.objectContaining({ origin: 2, action: 'stop' })]);
    const events = await query<{ n: number }>(cluster.adminUrl, 'SELECT count(*)::int AS n FROM motcua.events');
    expect(events[0]?.n).toBe((one.services.sqlite.prepare('SELECT count(*) AS n FROM dossier_events').get() as { n: number }).n);
  });

  it('cannot be written by a counter, and a hub initialised again back-fills it from the log', async () => {
    await anOffice();
    const counter1 = cluster.urlFor('motcua_counter_1', 'quay-1-mat-khau');
    await expect(query(counter1, `UPDATE motcua.dossiers SET state = 'returned'`)).rejects.toThrow(/permission denied/);
    await expect(query(counter1, `DELETE FROM motcua.conflicts`)).rejects.toThrow(/permission denied/);
    await expect(query(counter1, `INSERT INTO motcua.events (seq, dossier_key, event_key, origin, counter, clerk_key, clerk_name, action, at, payload, accepted) VALUES (999, '2:1', '2:9', 2, 2, '2:1', 'x', 'stop', '2026', '{}', true)`)).rejects.toThrow(/permission denied/);
    await expect(query(counter1, `SELECT motcua.project_event(999, '2:999', 2, '{}'::jsonb)`)).rejects.toThrow(/permission denied/);
    const before = await query(cluster.adminUrl, 'SELECT dossier_key, state, events, last_seq, accepted FROM motcua.dossiers ORDER BY 1');
    const conflicts = await query(cluster.adminUrl, 'SELECT * FROM motcua.conflicts');
    // A hub from before the projection: the log alone.
    await query(cluster.adminUrl, 'DROP TABLE motcua.dossiers, motcua.events, motcua.conflicts, motcua.projected CASCADE');
    await prepareHub(cluster);
    expect(await query(cluster.adminUrl, 'SELECT dossier_key, state, events, last_seq, accepted FROM motcua.dossiers ORDER BY 1')).toEqual(before);
    expect(await query(cluster.adminUrl, 'SELECT * FROM motcua.conflicts')).toEqual(conflicts);
  });
});

describe('a new counter’s first join', () => {
  it('copied from the projection, holds exactly what a counter replaying the log holds, showing its progress', async () => {
    const { one, two } = await anOffice();
    const copying = await openCounter(cluster, 3);
    counters.push(copying);
    expect(copying.services.sqlite.prepare('SELECT cursor FROM hub_state').get()).toEqual(await query(cluster.adminUrl, 'SELECT max(seq)::int AS cursor FROM motcua.changes').then((r) => r[0]));
    // Counter 4 replays the whole log instead.
    const replaying = await newCounter(4);
    const replay = new HubSync(replaying.services, { bootstrap: false });
    await replay.syncOnce();
    await replay.stop();
    const sums = dossierChecksums(one.services.sql, 1);
    expect(sums.size).toBe(8);
    expect(dossierChecksums(copying.services.sql, 3)).toEqual(sums);
    expect(dossierChecksums(replaying.services.sql, 4)).toEqual(sums);
    expect(dossierChecksums(two.services.sql, 2)).toEqual(sums);
    expect(conflictsOf(copying)).toEqual(conflictsOf(replaying));
    expect(conflictsOf(copying)).toHaveLength(1);
    // Copied or replayed, the conflict names the same refused event: the stop, left out of both counters' reports.
    const refusedStop = (app: typeof copying) => app.services.sqlite.prepare('SELECT e.action, e.counter, e.reason FROM hub_conflicts c JOIN dossier_events e ON e.id = c.event_id').all();
    expect(refusedStop(copying)).toEqual([{ action: 'stop', counter: 2, reason: 'Người nộp rút hồ sơ' }]);
    expect(refusedStop(replaying)).toEqual(refusedStop(copying));
    expect(recordsOf(copying)).toEqual(recordsOf(replaying));
    expect(recordsOf(copying).length).toBeGreaterThan(0);
    // The indexes set aside during the copy are all back, as a counter that never copied has them.
    expect(indexesOf(copying.services.sqlite)).toEqual(indexesOf(replaying.services.sqlite));
    expect(setAsideCount(copying.services.sqlite)).toBe(0);
    expect(queuesOf(copying)).toEqual(queuesOf(replaying));
    expect(queuesOf(copying)[1]).not.toEqual([]);
    const searches = await searchesOf(replaying);
    expect(await searchesOf(copying)).toEqual(searches);
    expect(searches[0]).toEqual([[expect.any(String), 'Trần Thị Lan', '046000000012', 2]]);
    expect(searches[1]).toEqual(searches[0]);
    expect(searches[2]).toHaveLength(1);
    // Then it follows the log like any counter.
    await toResultReady(two, await accept(two, 50));
    await syncAll([two, copying]);
    expect(dossierChecksums(copying.services.sql, 3)).toEqual(dossierChecksums(two.services.sql, 2));
  });

  it('stopped midway, starts the copy again and holds nothing twice; the status shows how far it is', async () => {
    const { one } = await anOffice();
    const late = await newCounter(5);
    const labels: string[] = [];
    const engine: HubSync = new HubSync(late.services, {
      batch: 3,
      onProgress: () => {
        labels.push(engine.status().label);
        if (labels.length === 2) void engine.stop();
      },
    });
    await engine.syncOnce();
    expect(late.services.sqlite.prepare('SELECT cursor FROM hub_state').get()).toEqual({ cursor: -1 });
    expect(labels[0]).toBe(hubWords.joining(0, 8));
    expect(labels[1]).toBe(hubWords.joining(3, 8));
    // Stopped, it still builds again the indexes it had set aside, saying so: the counter is whole while it waits.
    expect(labels.filter((label) => label.startsWith('Đang sắp xếp hồ sơ đã nhận để tra cứu nhanh: ')).length).toBeGreaterThan(10);
    expect(indexesOf(late.services.sqlite)).toEqual(indexesOf(one.services.sqlite));
    expect(setAsideCount(late.services.sqlite)).toBe(0);
    const records: string[] = [];
    const again: HubSync = new HubSync(late.services, { batch: 3, onProgress: (p) => p?.stage === 'records' && records.push(again.status().label) });
    await again.syncOnce();
    await again.stop();
    // The papers' records are counted too, up to the last one (the indexes' stage is over by then).
    const recordsOnHub = (await query<{ n: number }>(cluster.adminUrl, "SELECT count(*)::int AS n FROM motcua.changes WHERE kind <> 'event'"))[0]?.n ?? 0;
    expect(recordsOnHub).toBeGreaterThan(3);
    expect(records[0]).toBe(hubWords.progress.records(0, recordsOnHub));
    expect(records.at(-1)).toBe(hubWords.progress.records(recordsOnHub, recordsOnHub));
    expect(dossierChecksums(late.services.sql, 5)).toEqual(dossierChecksums(one.services.sql, 1));
    expect(late.services.sqlite.prepare('SELECT count(*) AS n FROM dossier_events').get()).toEqual(one.services.sqlite.prepare('SELECT count(*) AS n FROM dossier_events').get());
    expect(await searchesOf(late)).toEqual(await searchesOf(one));
    expect(hubWords.joining(340_000, 1_000_000)).toBe('Đang nhận hồ sơ của văn phòng: 340 000 / 1 000 000');
  });

  it('a counter that held dossiers before joining reads the whole log, showing how far it is, never "offline"', async () => {
    const { one } = await anOffice();
    const holding = await newCounter(7);
    await accept(holding, 700);
    const labels: string[] = [];
    const engine: HubSync = new HubSync(holding.services, { batch: 3, onBatch: () => labels.push(engine.status().label) });
    await engine.syncOnce();
    await engine.stop();
    expect(labels.filter((label) => label.startsWith('Đang nhận thay đổi của văn phòng: ')).length).toBeGreaterThan(5);
    expect(labels.some((label) => label.startsWith('Mất kết nối'))).toBe(false);
    expect(engine.status().label).toBe(hubWords.synced);
    // The office's dossiers and its own one.
    expect(dossierChecksums(holding.services.sql, 7).size).toBe(dossierChecksums(one.services.sql, 1).size + 1);
  });

  it('left for working alone, still offers "Quầy này / Cả văn phòng" over the dossiers it copied', async () => {
    await anOffice();
    const alone = makeTestApp();
    counters.push(alone);
    await setUpOffice(alone);
    expect((await alone.ok('hub.status', {})).holdsOffice).toBe(false);
    const left = await newCounter(8);
    await left.services.hub.syncOnce();
    expect(await left.ok('hub.status', {})).toMatchObject({ joined: true, holdsOffice: true });
    await left.ok('hub.leave', {});
    expect(await left.ok('hub.status', {})).toMatchObject({ joined: false, holdsOffice: true });
  });

  it('killed mid-copy with its indexes set aside, builds them again when it opens, then finishes the copy', async () => {
    const { one } = await anOffice();
    const late = await newCounter(6);
    counters = counters.filter((app) => app !== late);
    await late.services.hub.stop();
    late.services.close();
    try {
      await killFrozenAfterFirstPage(late.dataDir);
      const killed = new BetterSqlite3(join(late.dataDir, DATABASE_FILE));
      expect(killed.prepare('SELECT cursor FROM hub_state').get()).toEqual({ cursor: -1 });
      expect(setAsideCount(killed)).toBeGreaterThan(10);
      killed.close();
      const reopened = createServices({ dataDir: late.dataDir });
      try {
        expect(setAsideCount(reopened.sqlite)).toBe(0);
        expect(indexesOf(reopened.sqlite)).toEqual(indexesOf(one.services.sqlite));
        await reopened.hub.syncOnce();
        expect(dossierChecksums(reopened.sql, 6)).toEqual(dossierChecksums(one.services.sql, 1));
        expect(indexesOf(reopened.sqlite)).toEqual(indexesOf(one.services.sqlite));
      } finally {
        await reopened.hub.stop();
        reopened.close();
      }
    } finally {
      rmSync(late.dataDir, { recursive: true, force: true });
    }
  });
});

/** Runs the counter's exchange in its own process, frozen after its first copied page, and kills it (SIGKILL) there (after 20 s whatever it did). */
async function killFrozenAfterFirstPage(dataDir: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('test/crash/hub-sync-loop.ts'), dataDir, 'freeze-mid-join'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const deadline = setTimeout(() => child.kill('SIGKILL'), 20_000);
  child.stdout.on('data', (data) => {
    if (String(data).includes(`batch applied ${JOINING}`)) child.kill('SIGKILL');
  });
  await new Promise<void>((done) => child.once('exit', () => done()));
  clearTimeout(deadline);
}

describe('the office’s report', () => {
  const day = { kind: 'day' as const, date: '2026-03-02' };

  it('"Cả văn phòng" asks the hub; offline it sums the counter’s copy and says up to which exchange', async () => {
    const { one, two } = await anOffice();
    const fromHub = await two.ok('reports.build', { period: day, scope: 'office' });
    expect(fromHub.office).toEqual({ source: 'hub', asOf: null });
    // 4 + 3 + 1 accepted at both counters; one return at each; counter 2's stop, refused by the hub's order and not settled, did not take effect: not counted.
    expect(fromHub.totals.counts).toMatchObject({ accepted: 8, returned: 2, stopped: 0 });
    expect(fromHub.byCounter.map((c) => [c.name, c.counts.accepted, c.counts.returned])).toEqual([
      ['Quầy số 1', 5, 1],
      ['Quầy số 2', 3, 1],
    ]);
    // This counter's report is as before: its own actions only.
    const own = await two.ok('reports.build', { period: day });
    expect(own).toMatchObject({ office: null, byCounter: [] });
    expect(own.totals.counts).toMatchObject({ accepted: 3, returned: 1, stopped: 0 });
    cluster.crash();
    try {
      await two.services.hub.syncOnce();
      const offline = await two.ok('reports.build', { period: day, scope: 'office' });
      const asOf = (two.services.sqlite.prepare('SELECT last_exchange_at FROM hub_state').get() as { last_exchange_at: string }).last_exchange_at;
      expect(offline.office).toEqual({ source: 'local', asOf });
      expect(offline.notes[0]).toMatch(/^Số liệu của cả văn phòng đến lần đồng bộ lúc \d\d:\d\d/);
      expect({ ...offline, office: null, notes: [], generatedAt: '' }).toEqual({ ...fromHub, office: null, notes: [], generatedAt: '' });
    } finally {
      cluster.start();
    }
    await one.services.hub.syncOnce();
  });

  it('keeps a clerk limited to own figures to own figures office-wide, and its papers say what they cover', async () => {
    const { one } = await anOffice();
    await one.ok('clerks.add', { fullName: 'Lê Văn Bình', username: 'binhlv', password: 'mat-khau-9', role: 'clerk' });
    await one.ok('reports.updateSettings', { ownFiguresOnly: true });
    await one.ok('session.signOut', {});
    await one.ok('session.signIn', { username: 'binhlv', password: 'mat-khau-9' });
    const limited = await one.ok('reports.build', { period: day, scope: 'office' });
    expect(limited.clerk?.name).toBe('Lê Văn Bình');
    expect(limited.totals.counts.accepted).toBe(0);
    await one.ok('session.signOut', {});
    await one.ok('session.signIn', { username: `${SUPERVISOR.username}1`, password: SUPERVISOR.password });
    const file = await one.ok('reports.export', { period: day, scope: 'office', format: 'pdf' });
    const pdf = join(one.dataDir, file.fileName);
    writeFileSync(pdf, Buffer.from(file.base64 ?? '', 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('Cả văn phòng — Ngày 02/03/2026');
    expect(text).toContain('V. THEO QUẦY');
    expect(text).toMatch(/Quầy số 2\s+3\s+0\s+0\s+0\s+1/);
    expect(text).not.toContain('THEO CÁN BỘ');
    const counterPdf = await one.ok('reports.export', { period: day, format: 'pdf' });
    writeFileSync(pdf, Buffer.from(counterPdf.base64 ?? '', 'base64'));
    expect(execFileSync('pdftotext', ['-layout', pdf, '-']).toString()).toContain('Quầy số 1 — Ngày 02/03/2026');
  });
});

describe('the office’s register (Sổ theo dõi hồ sơ)', () => {
  async function registerText(app: TestApp, scope?: 'counter' | 'office'): Promise<string> {
    const { documentId } = await app.ok('documents.renderRegister', { from: '2026-03-01', to: '2026-03-31', ...(scope ? { scope } : {}) });
    const pdf = join(app.dataDir, `register-${documentId}.pdf`);
    writeFileSync(pdf, Buffer.from((await app.ok('documents.get', { documentId })).pdfBase64, 'base64'));
    return execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  }
  const codesIn = (text: string) => (text.match(/H27-\d{6}-\d{4}/g) ?? []).sort();

  it('lists this counter’s dossiers, or the whole office’s from the hub, or offline from the copy saying so', async () => {
    const { two } = await anOffice();
    const own = two.services.sqlite.prepare('SELECT code FROM dossiers d WHERE NOT EXISTS (SELECT 1 FROM hub_ids h WHERE h.kind = ? AND h.local_id = d.id)').all('dossier') as { code: string }[];
    const all = two.services.sqlite.prepare('SELECT code FROM dossiers').all() as { code: string }[];
    const suffix = (c: string) => c.match(/H27-\d{6}-\d{4}/)?.[0] ?? c;
    const counter = await registerText(two);
    expect(counter).toContain('Quầy số 2');
    expect(codesIn(counter)).toEqual(own.map((r) => suffix(r.code)).sort());
    expect(own).toHaveLength(3);
    const office = await registerText(two, 'office');
    expect(office).toContain('Cả văn phòng');
    expect(office).not.toContain('đồng bộ lúc');
    expect(codesIn(office)).toEqual(all.map((r) => suffix(r.code)).sort());
    expect(all).toHaveLength(8);
    cluster.crash();
    try {
      await two.services.hub.syncOnce();
      const offline = await registerText(two, 'office');
      expect(offline).toMatch(/Cả văn phòng — Số liệu của cả văn phòng đến lần đồng bộ lúc/);
      expect(codesIn(offline)).toEqual(codesIn(office));
    } finally {
      cluster.start();
    }
  });
});
