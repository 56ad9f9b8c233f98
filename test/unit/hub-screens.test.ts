// @runs: test
// The office-wide screens over a real office hub (PostgreSQL of the test's
// own): "Quầy này / Cả văn phòng" on the queue and the search, a conflict
// settled at one counter and seen settled at every counter, and the
// supervisor's view of every counter's day with its package's state.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierChecksums } from '../../src-main/hub/checksum';
import { hubWords } from '../../src-main/shared/vi/hub';
import { vnInstant } from '../../src-main/shared/time';
import { cardReissueForm } from '../support/intake';
import { syncAll } from '../support/hub';
import { useOfficeHub } from '../support/office-hub';
import type { TestApp } from '../support/services';

const officeHub = useOfficeHub();

const DEPARTMENT = 'Phòng Quản lý thu - Sổ, thẻ';

async function accept(app: TestApp, n: number, fullName = `Nguyễn Văn Số ${n}`): Promise<{ dossierId: number; code: string }> {
  const form = cardReissueForm();
  form.applicant = { ...form.applicant, personalId: `0450${String(n).padStart(8, '0')}`, fullName } as typeof form.applicant;
  const { dossierId } = await app.ok('intake.accept', { form });
  const { code } = await app.ok('dossiers.get', { dossierId });
  return { dossierId, code: code as string };
}

function idOf(app: TestApp, code: string): number {
  return (app.services.sqlite.prepare('SELECT id FROM dossiers WHERE code = ?').get(code) as { id: number }).id;
}

const handOver = (dossierId: number) => ({ dossierId, department: DEPARTMENT, receiverName: 'Lê Văn Tâm' });
const result = (dossierId: number) => ({ dossierId, resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }] });
const returnAtCounter = (dossierId: number) => ({ dossierId, delivery: { method: 'counter' as const, collector: { kind: 'applicant' as const }, signatureNoted: true } });

/** A dossier received at counter 1 and carried to its result there, known to both counters. */
async function resultReadyAtBoth(one: TestApp, two_: TestApp, n: number): Promise<{ dossierId: number; code: string }> {
  const shared = await accept(one, n);
  await one.ok('queue.handOver', handOver(shared.dossierId));
  await one.ok('queue.receiveResult', result(shared.dossierId));
  await syncAll([one, two_]);
  return shared;
}

/** The applicant withdraws the dossier at this counter. */
const withdrawAt = (app: TestApp) => (dossierId: number) => app.ok('queue.stop', { dossierId, kind: 'withdrawn', reason: 'Người nộp rút hồ sơ' });

/** Both counters act on one dossier while the hub is down; counter 1 reaches the hub first, so counter 2's action is the one flagged. */
async function partitioned(one: TestApp, two_: TestApp, code: string, first: (id: number) => Promise<unknown>, second: (id: number) => Promise<unknown>) {
  officeHub.pg.crash();
  try {
    await first(idOf(one, code));
    await second(idOf(two_, code));
  } finally {
    officeHub.pg.start();
  }
  await syncAll([one, two_], 3);
}

describe('Quầy này / Cả văn phòng', () => {
  it('the queue, its statistics and the search show the whole office or only this counter, each row naming the counter that received it', async () => {
    const [one, two_] = await officeHub.two();
    const mine = await accept(two_, 1, 'Trần Thị Lan');
    const theirs = await accept(one, 2, 'Trần Thị Lanh');
    await syncAll([one, two_]);

    const office = await two_.ok('queue.list', { view: 'toHandOver', scope: 'office' });
    expect(office.rows.map((r) => [r.code, r.counter]).sort()).toEqual([
      [mine.code, 2],
      [theirs.code, 1],
    ].sort());
    const here = await two_.ok('queue.list', { view: 'toHandOver', scope: 'counter' });
    expect(here.rows.map((r) => r.code)).toEqual([mine.code]);
    expect(here.count).toBe(1);
    expect((await two_.ok('queue.counts', { scope: 'counter' })).counts.toHandOver).toBe(1);
    expect((await two_.ok('queue.counts', { scope: 'office' })).counts.toHandOver).toBe(2);
    // Without a scope, as before the hub: every dossier the counter holds.
    expect((await two_.ok('queue.list', { view: 'toHandOver' })).count).toBe(2);

    const everywhere = await two_.ok('search.dossiers', { query: 'tran thi lan', scope: 'office' });
    expect(everywhere.results.map((r) => r.counter).sort()).toEqual([1, 2]);
    const onlyHere = await two_.ok('search.dossiers', { query: 'tran thi lan', scope: 'counter' });
    expect(onlyHere.results.map((r) => r.code)).toEqual([mine.code]);

    // Both returned at counter 2: the office's statistics count both, this counter's only the one it received.
    for (const code of [mine.code, theirs.code]) {
      const id = idOf(two_, code);
      await two_.ok('queue.handOver', handOver(id));
      await two_.ok('queue.receiveResult', result(id));
      await two_.ok('queue.returnResult', returnAtCounter(id));
    }
    const day = { from: '2026-03-02', to: '2026-03-02' };
    const wholeOffice = await two_.ok('queue.stats', { ...day, scope: 'office' });
    const thisCounter = await two_.ok('queue.stats', { ...day, scope: 'counter' });
    expect(wholeOffice.total).toBe(2);
    expect(thisCounter.total).toBe(1);
    expect(thisCounter.early + thisCounter.onTime + thisCounter.late).toBe(1);
    expect((await two_.ok('queue.list', { view: 'returned', ...day, scope: 'counter' })).rows.map((r) => r.code)).toEqual([mine.code]);

    const refused = await two_.call('queue.list', { view: 'toHandOver', scope: 'all' as 'office' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'scope' } });
  });
});

describe('settling a conflict', () => {
  it('settled at counter 2 (the return stands), both counters see it settled, with identical dossiers; the stop cannot stand over a return', async () => {
    const [one, two_] = await officeHub.two();
    const shared = await resultReadyAtBoth(one, two_, 10);
    await partitioned(
      one,
      two_,
      shared.code,
      (id) => one.ok('queue.returnResult', returnAtCounter(id)),
      withdrawAt(two_),
    );
    const [flagged] = (await two_.ok('hub.conflicts', {})).conflicts;
    expect(flagged).toMatchObject({ dossierCode: shared.code, action: 'stop', origin: 2, settlement: null });
    const changeId = flagged?.changeId as string;

    // Both histories side by side, on either counter.
    for (const app of [one, two_]) {
      const detail = await app.ok('hub.conflict', { changeId });
      expect(detail.state).toBe('returned');
      expect(detail.accepted.map((s) => [s.action, s.counter, s.toState])).toEqual([
        ['accept', 1, 'received'],
        ['handOver', 1, 'in_processing'],
        ['receiveResult', 1, 'result_ready'],
        ['returnResult', 1, 'returned'],
      ]);
      expect(detail.disconnected).toEqual([expect.objectContaining({ action: 'stop', counter: 2, fromState: 'result_ready', toState: 'stopped', reason: 'Người nộp rút hồ sơ', clerkName: 'Nguyễn Thị Thu Hương' })]);
    }

    // The state machine holds: a stop cannot follow a return. Nothing changes.
    const events = (app: TestApp) => (app.services.sqlite.prepare('SELECT count(*) AS n FROM dossier_events').get() as { n: number }).n;
    const before = events(two_);
    const refused = await two_.call('hub.settleConflict', { changeId, kept: 'disconnected', reason: 'Theo đề nghị của người nộp' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: hubWords.settleRefused('Dừng giải quyết', 'Đã trả kết quả') } });
    expect(events(two_)).toBe(before);

    const { conflict } = await two_.ok('hub.settleConflict', { changeId, kept: 'accepted', reason: 'Công dân đã nhận kết quả tại quầy 1' });
    expect(conflict.settlement).toMatchObject({ kept: 'accepted', counter: 2, reason: 'Công dân đã nhận kết quả tại quầy 1' });
    await syncAll([two_, one], 2);

    for (const app of [one, two_]) {
      const [seen] = (await app.ok('hub.conflicts', {})).conflicts;
      expect(seen?.settlement).toMatchObject({ kept: 'accepted', counter: 2, clerkName: 'Nguyễn Thị Thu Hương', reason: 'Công dân đã nhận kết quả tại quầy 1' });
      expect(await app.ok('hub.status', {})).toMatchObject({ conflicts: 0, waiting: 0 });
      const history = (await app.ok('dossiers.get', { dossierId: idOf(app, shared.code) })).history.map((h) => h.action);
      // Append-only: the losing stop stays (each counter holds the two in the order it learnt them), the settlement follows.
      expect(history.slice(-3, -1).sort()).toEqual(['returnResult', 'stop']);
      expect(history.at(-1)).toBe('settleConflict');
      expect((await app.ok('dossiers.get', { dossierId: idOf(app, shared.code) })).state).toBe('returned');
    }
    expect(dossierChecksums(one.services.sql, 1)).toEqual(dossierChecksums(two_.services.sql, 2));
    // Settled once: a second settlement is refused.
    expect(await one.call('hub.settleConflict', { changeId, kept: 'accepted', reason: 'Lần nữa' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: hubWords.alreadySettled } });
  });

  it('the action taken while disconnected can stand when the state machine allows it: taken again by the supervisor, seen on both counters', async () => {
    const [one, two_] = await officeHub.two();
    const shared = await accept(one, 20);
    await syncAll([one, two_]);
    await partitioned(
      one,
      two_,
      shared.code,
      (id) => one.ok('queue.handOver', handOver(id)),
      (id) => two_.ok('queue.receiveResult', result(id)),
    );
    const [flagged] = (await one.ok('hub.conflicts', { dossierId: shared.dossierId })).conflicts;
    expect(flagged).toMatchObject({ action: 'receiveResult', origin: 2 });
    expect((await one.ok('dossiers.get', { dossierId: shared.dossierId })).state).toBe('in_processing');
    expect((await one.ok('hub.conflict', { changeId: flagged?.changeId as string })).keepRefusal).toBeNull();

    await one.ok('hub.settleConflict', { changeId: flagged?.changeId as string, kept: 'disconnected', reason: 'Kết quả đã về tại quầy 2' });
    await syncAll([one, two_], 2);
    for (const app of [one, two_]) {
      const dossier = await app.ok('dossiers.get', { dossierId: idOf(app, shared.code) });
      expect(dossier.state).toBe('result_ready');
      expect(dossier.history.slice(-2).map((h) => [h.action, h.counter])).toEqual([
        ['settleConflict', 1],
        ['receiveResult', 1],
      ]);
      const detail = await app.ok('hub.conflict', { changeId: flagged?.changeId as string });
      // The replayed action is not mistaken for the flagged one.
      expect(detail.disconnected).toEqual([expect.objectContaining({ action: 'receiveResult', counter: 2, fromState: 'received' })]);
      expect(detail.conflict.settlement).toMatchObject({ kept: 'disconnected', counter: 1 });
      expect((await app.ok('hub.conflicts', {})).conflicts).toHaveLength(1);
    }
    expect(dossierChecksums(one.services.sql, 1)).toEqual(dossierChecksums(two_.services.sql, 2));
  });

  it("a stop kept by the supervisor is counted once (the settlement's replay), by counter and office, from the copy and from the hub; refused and unsettled, it is not counted", async () => {
    const [one, two_] = await officeHub.two();
    const shared = await accept(one, 30);
    await one.ok('queue.handOver', handOver(shared.dossierId));
    await syncAll([one, two_]);
    await partitioned(
      one,
      two_,
      shared.code,
      (id) => one.ok('queue.receiveResult', result(id)),
      (id) => two_.ok('queue.stop', { dossierId: id, kind: 'applicantRequest', reason: 'Người nộp xin rút hồ sơ' }),
    );
    const stops = async (app: TestApp) => {
      const counter = await app.ok('reports.build', { period: { kind: 'day' } });
      const office = await app.ok('reports.build', { period: { kind: 'day' }, scope: 'office' });
      const quay2 = office.byCounter.find((c) => c.name === 'Quầy số 2')?.counts.stopped ?? 0;
      return { counter: counter.totals.counts.stopped, office: office.totals.counts.stopped, quay2, source: office.office?.source };
    };
    // Refused by the hub's order and not settled yet: it did not take effect.
    expect(await stops(two_)).toEqual({ counter: 0, office: 0, quay2: 0, source: 'hub' });

    const [flagged] = (await two_.ok('hub.conflicts', {})).conflicts;
    expect(flagged).toMatchObject({ action: 'stop', origin: 2 });
    await two_.ok('hub.settleConflict', { changeId: flagged?.changeId as string, kept: 'disconnected', reason: 'Người nộp xác nhận rút hồ sơ' });
    await syncAll([two_, one], 2);

    for (const app of [one, two_]) {
      const dossier = await app.ok('dossiers.get', { dossierId: idOf(app, shared.code) });
      expect(dossier.state).toBe('stopped');
      // Append-only: both stops stay; the refused one says it did not take effect, the replay follows the settlement.
      const told = dossier.history.filter((h) => h.action === 'stop' || h.action === 'settleConflict').map((h) => [h.action, h.refused]);
      expect(told).toEqual([
        ['stop', true],
        ['settleConflict', false],
        ['stop', false],
      ]);
    }
    expect(await stops(two_)).toEqual({ counter: 1, office: 1, quay2: 1, source: 'hub' });
    expect((await stops(one)).office).toBe(1);
    officeHub.pg.crash();
    try {
      for (const app of [one, two_]) await app.services.hub.syncOnce();
      expect(await stops(two_)).toEqual({ counter: 1, office: 1, quay2: 1, source: 'local' });
      expect(await stops(one)).toEqual({ counter: 0, office: 1, quay2: 1, source: 'local' });
    } finally {
      officeHub.pg.start();
    }
  });

  it('both counters hand over while the hub is down: each side names its department and receiver, and "keep the disconnected action" is refused before the choice with the words the settlement would give', async () => {
    const [one, two_] = await officeHub.two();
    const shared = await accept(one, 40);
    await syncAll([one, two_]);
    await partitioned(
      one,
      two_,
      shared.code,
      (id) => one.ok('queue.handOver', { dossierId: id, department: 'Phòng Chế độ BHXH', receiverName: 'Lê Văn Tâm' }),
      (id) => two_.ok('queue.handOver', { dossierId: id, department: 'Phòng Thu', receiverName: 'Hoàng Văn Nam' }),
    );
    const [flagged] = (await two_.ok('hub.conflicts', {})).conflicts;
    const changeId = flagged?.changeId as string;
    const detail = await two_.ok('hub.conflict', { changeId });
    const handOvers = (steps: typeof detail.accepted) => steps.filter((s) => s.action === 'handOver').map((s) => s.details);
    expect(handOvers(detail.accepted)).toEqual(['Chuyển hồ sơ đến phòng giải quyết; Đơn vị giải quyết: Phòng Chế độ BHXH; Người nhận: Lê Văn Tâm']);
    expect(handOvers(detail.disconnected)).toEqual(['Chuyển hồ sơ đến phòng giải quyết; Đơn vị giải quyết: Phòng Thu; Người nhận: Hoàng Văn Nam']);

    // Said before the choice, and the same words as the refusal at the settlement.
    const refusal = hubWords.settleRefused('Chuyển cơ quan giải quyết', 'Đang giải quyết');
    expect(detail.keepRefusal).toBe(refusal);
    expect(await two_.call('hub.settleConflict', { changeId, kept: 'disconnected', reason: 'Hai quầy cùng chuyển; giữ thao tác quầy 2' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: refusal } });
    expect((await two_.ok('hub.conflict', { changeId })).conflict.settlement).toBeNull();
  });

  it('a result and a return describe their number and their collector on the conflict screen', async () => {
    const [one, two_] = await officeHub.two();
    const shared = await resultReadyAtBoth(one, two_, 50);
    await partitioned(
      one,
      two_,
      shared.code,
      (id) => one.ok('queue.returnResult', { dossierId: id, delivery: { method: 'counter', collector: { kind: 'authorised', fullName: 'Trần Văn Hải', personalId: '045090001234' }, signatureNoted: true } }),
      withdrawAt(two_),
    );
    const [flagged] = (await two_.ok('hub.conflicts', {})).conflicts;
    const detail = await two_.ok('hub.conflict', { changeId: flagged?.changeId as string });
    const said = Object.fromEntries(detail.accepted.map((s) => [s.action, s.details]));
    expect(said.receiveResult).toBe('Nhận kết quả, số HC4454512345678');
    expect(said.returnResult).toContain('Người nhận: Trần Văn Hải (được ủy quyền');
    expect(detail.disconnected[0]?.details).toBe('Dừng giải quyết: Người nộp rút hồ sơ');
    expect(detail.keepRefusal).toBe(hubWords.settleRefused('Dừng giải quyết', 'Đã trả kết quả'));
  });

  it('a malformed or unknown change id is refused with Vietnamese words', async () => {
    const [one] = await officeHub.two();
    expect(await one.call('hub.conflict', { changeId: 'DROP TABLE' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'changeId' } });
    expect(await one.call('hub.conflict', { changeId: '2:999' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: hubWords.conflictUnknown } });
  });
});

describe("the supervisor's view of every counter's day", () => {
  it("shows each counter's closure (by whom, when) and its package's state as the counter last sent it", async () => {
    const [one, two_] = await officeHub.two();
    const DAY = '2026-03-02';
    await accept(two_, 30);
    two_.at(vnInstant(DAY, 17, 0));
    await two_.ok('endOfDay.close', { date: DAY, confirmOpenItems: true });
    const folder = mkdtempSync(join(tmpdir(), 'mot-cua-so-'));
    try {
      await two_.ok('endOfDay.updateSendingSettings', { destination: 'folder', folder, url: '' });
      await two_.ok('endOfDay.export', { date: DAY });
      await syncAll([two_, one]);
      const queued = await one.ok('hub.officeDay', { day: DAY });
      expect(queued.counters).toEqual([
        { counter: 1, self: true, closure: null, package: null },
        expect.objectContaining({
          counter: 2,
          self: false,
          closure: expect.objectContaining({ status: 'closed', closedAt: '2026-03-02T17:00:00+07:00', closedBy: 'Nguyễn Thị Thu Hương' }),
          package: expect.objectContaining({ state: 'queued', revision: 1, destination: 'folder', sentAt: null }),
        }),
      ]);
      // The destination stays on the counter: only the state travels.
      expect(JSON.stringify(one.services.sqlite.prepare("SELECT body FROM hub_records WHERE kind = 'package'").all())).not.toContain(folder);

      await two_.ok('endOfDay.sendNow', {});
      await syncAll([two_, one]);
      const sent = await one.ok('hub.officeDay', { day: DAY });
      expect(sent.counters[1]?.package).toMatchObject({ state: 'sent', attempts: 1, sentAt: expect.any(String) });
      // Counter 2 reads its own from its tables, the same.
      expect((await two_.ok('hub.officeDay', { day: DAY })).counters.find((c) => c.counter === 2)).toMatchObject({ self: true, package: { state: 'sent' } });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
