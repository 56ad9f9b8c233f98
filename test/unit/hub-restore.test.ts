// @runs: test
// A joined counter restored from an older backup, against a real office hub:
// the hub is the office's copy, so the counter gets back what the backup lacked,
// its later work takes no change id or office key the hub already gave, and a
// different change under a known id is never dropped in silence.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Input, MethodName, Output } from '../../src-main/api/contract';
import { AppHost } from '../../src-main/backup/host';
import { dossierChecksums } from '../../src-main/hub/checksum';
import { addCounter } from '../../src-main/hub/init';
import type { Services } from '../../src-main/services';
import { FixedClock } from '../../src-main/services/clock';
import { vnInstant } from '../../src-main/shared/time';
import { hubWords } from '../../src-main/shared/vi/hub';
import { closeCounter, openCounter, prepareHub, syncAll } from '../support/hub';
import { accept, count, handOver, hubQuery, idOf, returnAtCounter, toResultReady, until, type Counter } from '../support/hub-actions';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import { SUPERVISOR, TEST_PASSWORD_COST, type TestApp } from '../support/services';

let pg: TestPostgres;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  pg = await startTestPostgres();
  await prepareHub(pg);
});
afterAll(() => pg?.stop());
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A counter run by the app's own host, so that a restore swaps its database as in the app. */
interface HostCounter extends Counter {
  host: AppHost;
  clock: FixedClock;
  readonly services: Services;
  signIn(): Promise<void>;
}

async function hostCounter(counter: number): Promise<HostCounter> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-hub-restore-'));
  const clock = new FixedClock(vnInstant('2026-03-02', 9, 0));
  const host = AppHost.open({ dataDir, clock, passwordCost: TEST_PASSWORD_COST });
  await host.ready;
  const ok = async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await host.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value as Output<M>;
  };
  const username = `${SUPERVISOR.username}${counter}`;
  await ok('setup.complete', {
    office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: counter },
    clerk: { ...SUPERVISOR, username },
  });
  const { role, password } = await addCounter(pg.adminUrl, counter, `quay-${counter}-mat-khau`);
  await ok('hub.join', { address: `127.0.0.1:${pg.port}/postgres`, user: role, password });
  const app: HostCounter = {
    host,
    clock,
    ok,
    get services() {
      if (!host.current) throw new Error('no services');
      return host.current;
    },
    signIn: async () => void (await ok('session.signIn', { username, password: SUPERVISOR.password })),
  };
  cleanups.push(async () => {
    await host.current?.hub.stop();
    host.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return app;
}

async function freshHub(): Promise<void> {
  await hubQuery(pg.adminUrl, 'TRUNCATE motcua.changes');
}

async function joinedPair(): Promise<[HostCounter, TestApp]> {
  await freshHub();
  const one = await hostCounter(1);
  const two = await openCounter(pg, 2);
  cleanups.push(() => closeCounter(two));
  return [one, two];
}

const codeOf = async (app: Counter, dossierId: number) => (await app.ok('dossiers.get', { dossierId })).code as string;
const sync = (...apps: { services: Services }[]) => syncAll(apps as unknown as TestApp[], 3);

describe('a joined counter restored from an older backup', () => {
  it('gets back from the hub what the backup lacked, takes no id the hub holds, and its work since the restore travels', async () => {
    const [one, two] = await joinedPair();
    const first = await accept(one, 1);
    const firstCode = await codeOf(one, first);
    await sync(one, two);
    const { id: backup } = await one.ok('backup.run', {});

    // After the backup: two dossiers received and the first handed over, all on the hub.
    const lost = [await accept(one, 2), await accept(one, 3)];
    const lostCodes = await Promise.all(lost.map((id) => codeOf(one, id)));
    await handOver(one, first);
    await sync(one, two);
    const hubBefore = await hubQuery<{ change_id: string; body: unknown }>(pg.adminUrl, 'SELECT change_id, body FROM motcua.changes WHERE origin = 1 ORDER BY seq');

    await one.ok('backup.restore', { id: backup, password: SUPERVISOR.password });
    await one.signIn();
    expect(count(one, 'dossiers')).toBe(1);

    // Before any exchange: a new dossier (it takes the local id, code and register number of a lost one) and the first dossier handed over again.
    one.services.session.touch();
    const later = await accept(one, 4);
    expect(lost).toContain(later);
    expect(await codeOf(one, later)).toBe(lostCodes[0]);
    await handOver(one, first);
    const madeSince = (await one.ok('hub.status', {})).waiting;

    await sync(one, two, one);

    // Nothing the hub held was replaced or ignored: every change it had is still there, as it was.
    const hubAfter = await hubQuery<{ change_id: string; body: unknown }>(pg.adminUrl, 'SELECT change_id, body FROM motcua.changes WHERE origin = 1 ORDER BY seq');
    expect(hubAfter.slice(0, hubBefore.length)).toEqual(hubBefore);
    // The work since the restore came in under new ids (its events and papers), and no change id twice.
    expect(hubAfter.length).toBe(hubBefore.length + madeSince);
    expect(new Set(hubAfter.map((c) => c.change_id)).size).toBe(hubAfter.length);

    const numbers = (app: Counter) =>
      app.services.sqlite
        .prepare('SELECT d.code, d.register_number AS register, a.full_name AS name FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id ORDER BY name')
        .all();
    for (const app of [one, two]) {
      // The lost dossiers are back at counter 1 with their numbers; the later one gave way to the lost one, first in the hub's order: a marked code, no register number.
      expect(numbers(app)).toEqual([
        { code: firstCode, register: 1, name: 'Nguyễn Văn Số 1' },
        { code: lostCodes[0], register: 2, name: 'Nguyễn Văn Số 2' },
        { code: lostCodes[1], register: 3, name: 'Nguyễn Văn Số 3' },
        { code: `${lostCodes[0]}${hubWords.restoredCodeSuffix}`, register: null, name: 'Nguyễn Văn Số 4' },
      ]);
      // The first dossier's hand-over made after the restore is kept beside the one the hub already had, flagged.
      const history = await app.ok('dossiers.get', { dossierId: idOf(app, firstCode) });
      expect(history.history.map((h) => h.action)).toEqual(['accept', 'handOver', 'handOver']);
      expect((await app.ok('hub.conflicts', {})).conflicts).toEqual([expect.objectContaining({ dossierCode: firstCode, action: 'handOver', origin: 1 })]);
    }
    expect(dossierChecksums(one.services.sql, 1)).toEqual(dossierChecksums(two.services.sql, 2));
    expect(await one.ok('hub.status', {})).toMatchObject({ connected: true, waiting: 0, label: hubWords.synced });

    // Counter 1 goes on: its next dossier takes numbers nobody holds, and the dossiers it got back travel on.
    const next = await accept(one, 5);
    expect(numbers(one).at(-1)).toEqual({ code: firstCode.replace(/001$/, '004'), register: 4, name: 'Nguyễn Văn Số 5' });
    expect(next).toBeGreaterThan(0);
    const back = idOf(one, lostCodes[1] as string);
    await toResultReady(one, back);
    await one.ok('queue.returnResult', returnAtCounter(back));
    await sync(one, two);
    expect((await two.ok('dossiers.get', { dossierId: idOf(two, lostCodes[1] as string) })).state).toBe('returned');
    expect(dossierChecksums(one.services.sql, 1)).toEqual(dossierChecksums(two.services.sql, 2));
  }, 60_000);

  it('a different change arriving under a change id being sent is not dropped: the status says so, and the next exchange sends the counter change under a new id', async () => {
    const [one, two] = await joinedPair();
    await sync(one, two);
    const dossierId = await accept(one, 9);
    const waitingSeq = (one.services.sqlite.prepare('SELECT min(seq) AS n FROM hub_outbox WHERE seq > (SELECT pushed FROM hub_state)').get() as { n: number }).n;
    // Another process with counter 1's credentials writes change 1:<that seq> while this counter is about to send it.
    const { default: pgLib } = await import('pg');
    const rival = new pgLib.Client(pg.adminUrl);
    await rival.connect();
    try {
      await rival.query('BEGIN');
      await rival.query('SELECT pg_advisory_xact_lock(7150015)');
      const body = { dossier_code: 'KHAC', rated_at: '2026-03-02T09:00:00+07:00' };
      await rival.query("INSERT INTO motcua.changes (change_id, origin, local_seq, kind, body) VALUES ($1, 1, $2, 'rating', $3)", [`1:${waitingSeq}`, waitingSeq, body]);
      const exchange = one.services.hub.syncOnce();
      // The counter's send waits on the hub's push lock, having compared its numbers already.
      await until(async () => (await hubQuery<{ n: number }>(pg.adminUrl, "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"))[0]?.n === 1, 5_000);
      await rival.query('COMMIT');
      await exchange;
    } finally {
      await rival.end();
    }
    const stuck = await one.ok('hub.status', {});
    expect(stuck).toMatchObject({ connected: true, label: hubWords.changeClash(`1:${waitingSeq}`) });
    expect(stuck.waiting).toBeGreaterThan(0);
    const { last_error } = one.services.sqlite.prepare('SELECT last_error FROM hub_state').get() as { last_error: string };
    expect(last_error).toBe(hubWords.changeClash(`1:${waitingSeq}`));

    await sync(one, two);
    expect(await one.ok('hub.status', {})).toMatchObject({ connected: true, waiting: 0, label: hubWords.synced });
    const code = await codeOf(one, dossierId);
    expect(idOf(two, code)).toBeGreaterThan(0);
    // Both are on the hub: the rival's change under the id, the counter's intake (event, then its receipt) under the next ones.
    const rows = await hubQuery<{ change_id: string; kind: string }>(pg.adminUrl, 'SELECT change_id, kind FROM motcua.changes WHERE origin = 1 AND local_seq >= $1 ORDER BY local_seq', [waitingSeq]);
    expect(rows).toEqual([
      { change_id: `1:${waitingSeq}`, kind: 'rating' },
      { change_id: `1:${waitingSeq + 1}`, kind: 'event' },
      { change_id: `1:${waitingSeq + 2}`, kind: 'document' },
    ]);
  }, 60_000);
});
