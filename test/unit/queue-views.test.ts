// The queue views over a small week of real dossiers, and the promise behind
// their speed: every page and every count reads one index range.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vnInstant } from '../../src-main/shared/time';
import { countQuery, counterStatsQuery, pageQuery, QUEUE_VIEWS, statsQuery, type ViewScope } from '../../src-main/queue/views';
import { isLate } from '../../src-main/queue/timing';
import { cardReissueForm, pensionForm, useOldLimits } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

let app: TestApp;
const ids: Record<string, number> = {};

async function accept(name: string, form = cardReissueForm()) {
  ids[name] = (await app.ok('intake.accept', { form })).dossierId;
  return ids[name] as number;
}

const handOver = (dossierId: number) => app.ok('queue.handOver', { dossierId, department: 'Phòng Quản lý thu - Sổ, thẻ', receiverName: 'Lê Văn Tâm' });
const receiveResult = (dossierId: number) => app.ok('queue.receiveResult', { dossierId, resultNumber: 'HC4', items: [{ name: 'Thẻ BHYT', count: 1 }] });
const returnAtCounter = (dossierId: number) => app.ok('queue.returnResult', { dossierId, delivery: { method: 'counter', collector: { kind: 'applicant' }, signatureNoted: true } });

/**
 * Mon 2/3: A, B (cards, due Wed 4/3), C (pension, due 30/3), H (card, returned Wed 4/3 = on time).
 * Tue 3/3: D (due Thu 5/3), E (result back), F (waiting for a supplement).
 * Thu 5/3, "today": G received (due Mon 9/3).
 */
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-03-02', 9, 0));
  await setUpOffice(app);
  await useOldLimits(app);
  await handOver(await accept('A'));
  await accept('B');
  await accept('C', pensionForm());
  await handOver(await accept('H'));
  await receiveResult(ids.H as number);
  app.at(vnInstant('2026-03-03', 9, 0));
  await accept('D');
  await handOver(await accept('E'));
  await receiveResult(ids.E as number);
  await handOver(await accept('F'));
  await app.ok('queue.requestSupplement', { dossierId: ids.F as number, reason: 'Thiếu ảnh' });
  app.at(vnInstant('2026-03-04', 16, 0));
  await returnAtCounter(ids.H as number);
  app.at(vnInstant('2026-03-05', 9, 0));
  await accept('G');
});
afterEach(() => app.close());

const names = (rows: { dossierId: number }[]) => rows.map((r) => Object.entries(ids).find(([, id]) => id === r.dossierId)?.[0]);

describe('queue views on Thursday 5/3/2026', () => {
  it('counts every view', async () => {
    const { counts, today } = await app.ok('queue.counts', {});
    expect(today).toBe('2026-03-05');
    expect(counts).toEqual({ receivedToday: 1, toHandOver: 4, inProcessing: 1, dueSoon: 3, overdue: 2, awaitingSupplement: 1, resultReady: 1, returned: 0 });
  });

  it('lists each view in due-date order, with days ahead and the overdue marked', async () => {
    const list = async (view: (typeof QUEUE_VIEWS)[number]) => (await app.ok('queue.list', { view })).rows;
    expect(names(await list('receivedToday'))).toEqual(['G']);
    expect(names(await list('toHandOver'))).toEqual(['B', 'D', 'G', 'C']);
    expect(names(await list('inProcessing'))).toEqual(['A']);
    expect(names(await list('awaitingSupplement'))).toEqual(['F']);
    expect(names(await list('resultReady'))).toEqual(['E']);

    const soon = await list('dueSoon');
    expect(soon.map((r) => [names([r])[0], r.daysLeft, r.urgency])).toEqual([
      ['D', 0, 'dueSoon'],
      ['F', 0, 'dueSoon'],
      ['G', 2, 'dueSoon'],
    ]);
    const overdue = await list('overdue');
    expect(overdue.map((r) => [names([r])[0], r.daysLeft, r.urgency])).toEqual([
      ['A', -1, 'overdue'],
      ['B', -1, 'overdue'],
    ]);
    expect((await list('toHandOver')).find((r) => r.dossierId === ids.C)).toMatchObject({ urgency: null, daysLeft: 17, applicantName: 'Trần Văn Đức' });
  });

  it('"due soon" follows the setting', async () => {
    const settings = await app.ok('queue.settings', {});
    await app.ok('queue.updateSettings', { ...settings, dueSoonDays: 0 });
    expect(names((await app.ok('queue.list', { view: 'dueSoon' })).rows)).toEqual(['D', 'F']);
  });

  it('shows returned dossiers for a date range, with the statistics by original due date', async () => {
    expect((await app.ok('queue.list', { view: 'returned' })).rows).toEqual([]);
    const week = await app.ok('queue.list', { view: 'returned', from: '2026-03-02', to: '2026-03-06' });
    expect(week.count).toBe(1);
    expect(week.rows[0]).toMatchObject({ dossierId: ids.H, returnTiming: 'onTime', returnedAt: '2026-03-04T16:00:00+07:00' });
    expect(await app.ok('queue.stats', { from: '2026-03-02', to: '2026-03-06' })).toEqual({ early: 0, onTime: 1, late: 0, total: 1 });
    expect(await app.call('queue.stats', { from: '2026-03-06', to: '2026-03-02' })).toMatchObject({ ok: false, error: { field: 'to' } });
    // The per-day counters agree with the dossiers themselves.
    const direct = app.services.sqlite.prepare("SELECT return_timing AS timing, COUNT(*) AS n FROM dossiers WHERE returned_at IS NOT NULL GROUP BY return_timing").all();
    const counted = app.services.sqlite.prepare('SELECT timing, SUM(n) AS n FROM queue_return_days GROUP BY timing HAVING SUM(n) > 0').all();
    expect(counted).toEqual(direct);
  });

  it('pages with a cursor: no row twice, none missed, a forged cursor refused', async () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await app.ok('queue.list', { view: 'toHandOver', limit: 3, ...(cursor ? { cursor } : {}) });
      expect(page.count).toBe(4);
      seen.push(...page.rows.map((r) => r.dossierId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(names(seen.map((dossierId) => ({ dossierId })))).toEqual(['B', 'D', 'G', 'C']);
    expect(await app.call('queue.list', { view: 'toHandOver', cursor: 'DROP TABLE' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'cursor' } });
  });
});

describe('isLate', () => {
  it('judges by the original due date, whatever the extension', () => {
    expect(isLate({ due_date: '2026-03-04', returned_at: '2026-03-04T16:59:00+07:00' })).toBe(false);
    expect(isLate({ due_date: '2026-03-04', returned_at: '2026-03-05T08:00:00+07:00' })).toBe(true);
    expect(isLate({ due_date: '2026-03-04', returned_at: null }, '2026-03-05')).toBe(true);
    expect(isLate({ due_date: '2026-03-04', returned_at: null }, '2026-03-04')).toBe(false);
  });
});

describe('every view reads an index, never the whole dossiers table', () => {
  const scope: ViewScope = { today: '2026-03-05', dueSoonUntil: '2026-03-09', from: '2026-03-01', to: '2026-03-31', counter: null };

  function plan(query: { compile(): { sql: string; parameters: readonly unknown[] } }): string[] {
    const { sql, parameters } = query.compile();
    return (app.services.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[]).map((r) => r.detail);
  }

  for (const view of QUEUE_VIEWS) {
    it(view, () => {
      const cursor = JSON.stringify(['2026-03-05', 3]);
      for (const query of [pageQuery(view, scope, 50), pageQuery(view, scope, 50, cursor), countQuery(view, scope)]) {
        const steps = plan(query);
        const dossiers = steps.filter((s) => /\bdossiers\b/.test(s));
        expect(dossiers, steps.join('\n')).toHaveLength(1);
        expect(dossiers[0], steps.join('\n')).toMatch(/^SEARCH dossiers USING (COVERING )?INDEX dossiers_(queue_\w+|received) \(/);
        expect(steps.join('\n')).not.toMatch(/TEMP B-TREE/);
      }
      expect(plan(countQuery(view, scope)).join('\n')).toMatch(/COVERING INDEX/);
    });
  }

  it("a view narrowed to this counter ('Quầy này') reads the counter's range of its index, in order, and counts from the index alone", () => {
    const own = { ...scope, counter: 3 };
    for (const view of QUEUE_VIEWS) {
      for (const query of [pageQuery(view, own, 50), pageQuery(view, own, 50, JSON.stringify(['2026-03-05', 3])), countQuery(view, own)]) {
        const steps = plan(query);
        const dossiers = steps.filter((s) => /\bdossiers\b/.test(s));
        expect(dossiers[0], `${view}\n${steps.join('\n')}`).toMatch(/^SEARCH dossiers USING (COVERING )?INDEX dossiers_queue_counter_\w+ \(counter=\?/);
        expect(steps.join('\n')).not.toMatch(/TEMP B-TREE/);
      }
      expect(plan(countQuery(view, own)).join('\n'), view).toMatch(/COVERING INDEX/);
    }
  });

  it("one counter's statistics read its returns' range of an index", () => {
    const steps = plan(counterStatsQuery('2026-02-01', '2026-02-28', 3));
    expect(steps[0], steps.join('\n')).toMatch(/^SEARCH dossiers USING INDEX dossiers_queue_counter_returned \(counter=\? AND returned_at>\? AND returned_at<\?\)$/);
  });

  it('statistics (from the per-day counters, never the dossiers)', () => {
    expect(plan(statsQuery('2021-01-01', '2026-12-31'))[0]).toMatch(/^SEARCH queue_return_days USING PRIMARY KEY \(day>\? AND day<\?\)$/);
  });
});
