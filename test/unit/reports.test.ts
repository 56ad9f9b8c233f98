import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../src-main/api/contract';
import { transition } from '../../src-main/dossiers/store';
import type { DossierAction } from '../../src-main/dossiers/states';
import { counterSetting } from '../../src-main/settings/keys';
import { toVnIso, vnInstant } from '../../src-main/shared/time';
import { cardReissueForm, pensionForm, useOldLimits } from '../support/intake';
import { makeTestApp, setUpOffice, SUPERVISOR, type TestApp } from '../support/services';

/**
 * One counter's March 2026, built through the intake API by two clerks, with
 * the later steps appended through the state machine:
 *
 * | #  | day   | clerk | procedure    | channel | decision (intake time)      | later
 * | d1 | 02/03 | Hương | card re-issue| counter | accept (draft 6 min)        | returned 03/03, due 04/03 → early
 * | d2 | 02/03 | Hương | pension      | post    | accept                      | returned 02/04 (outside March)
 * | d3 | 02/03 | Hương | pension      | counter | guidance (draft 5 min)      | accepted 03/03 by Bình
 * | d4 | 02/03 | Hương | card re-issue| counter | on the spot                 |
 * | d5 | 02/03 | Hương | card re-issue| online  | refuse                      |
 * | d6 | 03/03 | Bình  | card re-issue| counter | accept (draft 2 min)        | returned 05/03, due 05/03 → on time
 * | d7 | 03/03 | Bình  | card re-issue| counter | on the spot                 |
 * | d8 | 04/03 | Hương | card re-issue| online  | accept                      | apology 05/03 (06/03 → 10/03), returned 09/03 → late
 * | d9 | 04/03 | Bình  | card re-issue| post    | accept                      | stopped 05/03
 * | —  | 04/03 | Hương at counter 5 (another counter's dossier, never counted)
 */
let app: TestApp;
let ids: Record<string, number>;
let huong: number;
let binh: number;
const BINH = { fullName: 'Lê Văn Bình', username: 'binhlv', password: 'mat-khau-9' };

const at = (date: string, hour: number, minute = 0) => vnInstant(date, hour, minute);

async function signInAs(who: { username: string; password: string }) {
  await app.ok('session.signOut', {});
  await app.ok('session.signIn', { username: who.username, password: who.password });
}

async function withDraft(startedAt: Date) {
  app.at(startedAt);
  return (await app.ok('intake.saveDraft', { content: '{"state":{}}' })).draftId;
}

function step(dossierId: number, action: DossierAction, when: Date, clerkId: number, changes: Record<string, unknown> = {}, payload?: Record<string, unknown>) {
  app.services.sql.tx(() => transition(app.services.sql, dossierId, action, toVnIso(when), { clerkId, counter: 3 }, changes, payload ? { payload } : {}));
}

function deliver(dossierId: number, clerkId: number, handedOver: Date, returned: Date) {
  step(dossierId, 'handOver', handedOver, clerkId);
  step(dossierId, 'receiveResult', returned, clerkId);
  step(dossierId, 'returnResult', returned, clerkId, { returned_at: toVnIso(returned) });
}

const onTheSpot = { resultNumber: 'HC4454512345678', receiverName: 'Nguyễn Thị Minh Khai' };

beforeAll(async () => {
  app = makeTestApp(at('2026-03-02', 8, 0));
  await setUpOffice(app);
  await useOldLimits(app);
  huong = (await app.ok('clerks.list', {})).clerks[0]!.id;
  binh = (await app.ok('clerks.add', { ...BINH, role: 'clerk' })).clerk.id;
  ids = {};

  // Monday 02/03, Hương
  let draftId = await withDraft(at('2026-03-02', 9, 0));
  app.at(at('2026-03-02', 9, 6));
  ids.d1 = (await app.ok('intake.accept', { form: cardReissueForm(), draftId })).dossierId;
  app.at(at('2026-03-02', 9, 10));
  ids.d2 = (await app.ok('intake.accept', { form: { ...pensionForm(), channel: 'post', channelReference: 'RR123456789VN', resultDelivery: 'post', deliveryAddress: 'Thôn Tân Định, xã Cam Lộ' } })).dossierId;
  draftId = await withDraft(at('2026-03-02', 9, 15));
  app.at(at('2026-03-02', 9, 20));
  ids.d3 = (await app.ok('intake.issueGuidance', { form: pensionForm('missing-book'), reason: 'Thiếu sổ BHXH', draftId })).dossierId;
  app.at(at('2026-03-02', 9, 30));
  ids.d4 = (await app.ok('intake.resolveOnTheSpot', { form: cardReissueForm(), ...onTheSpot })).dossierId;
  app.at(at('2026-03-02', 9, 40));
  ids.d5 = (await app.ok('intake.refuse', { form: cardReissueForm({ channel: 'online', channelReference: 'DVC-2026-000123' }), reasons: ['Không thuộc thẩm quyền'] })).dossierId;

  // Tuesday 03/03, Bình
  await signInAs(BINH);
  draftId = await withDraft(at('2026-03-03', 9, 58));
  app.at(at('2026-03-03', 10, 0));
  ids.d6 = (await app.ok('intake.accept', { form: cardReissueForm(), draftId })).dossierId;
  app.at(at('2026-03-03', 10, 30));
  await app.ok('intake.accept', { form: pensionForm(), guidanceDossierId: ids.d3 });
  app.at(at('2026-03-03', 11, 0));
  ids.d7 = (await app.ok('intake.resolveOnTheSpot', { form: cardReissueForm(), ...onTheSpot })).dossierId;
  // A draft thrown away by hand is not an intake.
  const abandoned = await withDraft(at('2026-03-03', 11, 5));
  app.at(at('2026-03-03', 11, 9));
  await app.ok('intake.discardDraft', { draftId: abandoned });

  // Wednesday 04/03
  app.at(at('2026-03-04', 8, 30));
  ids.d9 = (await app.ok('intake.accept', { form: cardReissueForm({ channel: 'post', channelReference: 'RR987654321VN', resultDelivery: 'post', deliveryAddress: 'Số 12 Lê Lợi' }) })).dossierId;
  await signInAs(SUPERVISOR);
  app.at(at('2026-03-04', 9, 0));
  ids.d8 = (await app.ok('intake.accept', { form: cardReissueForm({ channel: 'online', channelReference: 'DVC-2026-000456' }) })).dossierId;
  app.services.settings.set(counterSetting, 5);
  app.at(at('2026-03-04', 9, 30));
  await app.ok('intake.accept', { form: cardReissueForm() });
  app.services.settings.set(counterSetting, 3);

  deliver(ids.d1, huong, at('2026-03-02', 14, 0), at('2026-03-03', 15, 0));
  deliver(ids.d6, binh, at('2026-03-03', 14, 0), at('2026-03-05', 10, 0));
  step(ids.d8, 'handOver', at('2026-03-04', 14, 0), huong);
  step(ids.d8, 'apologise', at('2026-03-05', 16, 0), huong, { extended_due_date: '2026-03-10', extended_due_at: '2026-03-10T09:00:00+07:00', extension_count: 1 }, {
    originalDueAt: '2026-03-06T09:00:00+07:00',
    newDueAt: '2026-03-10T09:00:00+07:00',
  });
  deliver2(ids.d8, at('2026-03-09', 10, 0));
  step(ids.d9, 'stop', at('2026-03-05', 11, 0), binh);
  deliver(ids.d2, huong, at('2026-03-03', 8, 0), at('2026-04-02', 9, 0));

  // Ratings at the return (procedure, staff, result): three to Hương, one to Bình, one in April.
  const rate = async (dossierId: number, when: Date, [procedureQuality, staffAttitude, resultQuality]: [number, number, number]) => {
    app.at(when);
    await app.ok('satisfaction.rate', { dossierId, procedureQuality, staffAttitude, resultQuality });
  };
  await rate(ids.d4, at('2026-03-02', 9, 31), [4, 5, 5]);
  await rate(ids.d1, at('2026-03-03', 15, 5), [5, 5, 4]);
  await rate(ids.d8, at('2026-03-09', 10, 5), [3, 2, 3]);
  await rate(ids.d2, at('2026-04-02', 9, 5), [1, 1, 1]);
  await signInAs(BINH);
  await rate(ids.d6, at('2026-03-05', 10, 5), [5, 4, 2]);
  await signInAs(SUPERVISOR);
  app.at(at('2026-04-10', 9, 0));
});
afterAll(() => app.close());

/** The last two steps of a dossier already handed over. */
function deliver2(dossierId: number, returned: Date) {
  step(dossierId, 'receiveResult', returned, huong);
  step(dossierId, 'returnResult', returned, huong, { returned_at: toVnIso(returned) });
}

const march = { kind: 'month', month: '2026-03' } as const;
const build = (input: Parameters<TestApp['ok']>[1] & object) => app.ok('reports.build', input as never) as Promise<Output<'reports.build'>>;

describe('a month of one counter', () => {
  it('counts every decision and step of the month at this counter, by outcome', async () => {
    const report = await build({ period: march });
    expect(report.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(report.counter).toBe(3);
    expect(report.totals.counts).toEqual({ accepted: 6, guidance: 1, refused: 1, onTheSpot: 2, returned: 3, stopped: 1 });
    expect(report.byOutcome.map((o) => [o.label, o.count])).toEqual([
      ['Tiếp nhận (hẹn trả)', 6],
      ['Hướng dẫn bổ sung', 1],
      ['Từ chối', 1],
      ['Giải quyết tại chỗ', 2],
      ['Đã trả kết quả', 3],
      ['Dừng xử lý', 1],
    ]);
  });

  it('gives the guidance, refusal and on-the-spot rates', async () => {
    const { totals } = await build({ period: march });
    expect(totals.decisions).toBe(10);
    expect(totals.guidanceRate).toBeCloseTo(0.1);
    expect(totals.refusalRate).toBeCloseTo(0.1);
    expect(totals.onTheSpotShare).toBeCloseTo(2 / 8);
  });

  it('judges returned results against the first appointment, so an apologised dossier is late', async () => {
    const { totals } = await build({ period: march });
    expect(totals.timing).toEqual({ returned: 3, early: 1, onTime: 1, late: 1, earlyRate: 1 / 3, onTimeRate: 1 / 3, lateRate: 1 / 3 });
  });

  it('averages intake time over the intakes that had a draft', async () => {
    const { totals } = await build({ period: march });
    expect(totals.intakeTime).toEqual({ measured: 3, averageSeconds: (360 + 300 + 120) / 3 });
  });

  it('breaks the month down by procedure and by channel', async () => {
    const report = await build({ period: march });
    expect(report.byProcedure.map((p) => [p.procedureId, p.counts, p.timing.late])).toEqual([
      ['cap-lai-the-bhyt', { accepted: 4, guidance: 0, refused: 1, onTheSpot: 2, returned: 3, stopped: 1 }, 1],
      ['huong-luong-huu', { accepted: 2, guidance: 1, refused: 0, onTheSpot: 0, returned: 0, stopped: 0 }, 0],
    ]);
    expect(report.byProcedure[0]!.name).toMatch(/^Cấp lại thẻ BHYT/);
    expect(Object.fromEntries(report.byChannel.map((c) => [c.channel, c.counts]))).toEqual({
      counter: { accepted: 3, guidance: 1, refused: 0, onTheSpot: 2, returned: 2, stopped: 0 },
      post: { accepted: 2, guidance: 0, refused: 0, onTheSpot: 0, returned: 0, stopped: 1 },
      online: { accepted: 1, guidance: 0, refused: 1, onTheSpot: 0, returned: 1, stopped: 0 },
    });
  });

  it('compares the clerks of the counter', async () => {
    const { byClerk } = await build({ period: march });
    expect(byClerk.map((c) => c.name)).toEqual(['Lê Văn Bình', 'Nguyễn Thị Thu Hương']);
    const [b, h] = byClerk;
    expect(b!.figures.counts).toEqual({ accepted: 3, guidance: 0, refused: 0, onTheSpot: 1, returned: 1, stopped: 1 });
    expect(b!.figures.timing).toMatchObject({ early: 0, onTime: 1, late: 0 });
    expect(b!.figures.intakeTime).toEqual({ measured: 1, averageSeconds: 120 });
    expect(h!.figures.counts).toEqual({ accepted: 3, guidance: 1, refused: 1, onTheSpot: 1, returned: 2, stopped: 0 });
    expect(h!.figures.guidanceRate).toBeCloseTo(1 / 6);
    expect(h!.figures.timing).toMatchObject({ early: 1, onTime: 0, late: 1 });
    expect(h!.figures.intakeTime).toEqual({ measured: 2, averageSeconds: 330 });
  });

  it('narrows every figure to one clerk', async () => {
    const report = await build({ period: march, clerkId: binh });
    expect(report.clerk).toEqual({ clerkId: binh, name: 'Lê Văn Bình' });
    expect(report.totals.counts).toEqual({ accepted: 3, guidance: 0, refused: 0, onTheSpot: 1, returned: 1, stopped: 1 });
    expect(report.byProcedure.map((p) => p.procedureId)).toEqual(['cap-lai-the-bhyt', 'huong-luong-huu']);
    expect(report.byClerk.map((c) => c.name)).toEqual(['Lê Văn Bình']);
  });
});

describe('periods', () => {
  it('reports one day', async () => {
    const report = await build({ period: { kind: 'day', date: '2026-03-02' } });
    expect(report.totals.counts).toEqual({ accepted: 2, guidance: 1, refused: 1, onTheSpot: 1, returned: 0, stopped: 0 });
    expect(report.totals.timing.lateRate).toBeNull();
  });

  it('reports a range of days, both ends included', async () => {
    const report = await build({ period: { kind: 'range', from: '2026-03-03', to: '2026-03-05' } });
    expect(report.totals.counts).toEqual({ accepted: 4, guidance: 0, refused: 0, onTheSpot: 1, returned: 2, stopped: 1 });
  });

  it('takes today and this month from the counter\'s clock', async () => {
    expect((await build({ period: { kind: 'day' } })).period).toEqual({ from: '2026-04-10', to: '2026-04-10' });
    const april = await build({ period: { kind: 'month' } });
    expect(april.period).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(april.totals.timing).toMatchObject({ returned: 1, late: 1 }); // the pension of 02/03 was due 30/03
  });

  it('refuses a reversed range, a date that does not exist and an unknown clerk', async () => {
    expect(await app.call('reports.build', { period: { kind: 'range', from: '2026-03-05', to: '2026-03-01' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'period.to', message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.' },
    });
    expect(await app.call('reports.build', { period: { kind: 'day', date: '2026-02-30' } })).toMatchObject({ ok: false, error: { field: 'period.date' } });
    expect(await app.call('reports.build', { period: march, clerkId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'clerkId' } });
  });
});

describe('satisfaction', () => {
  it('averages each factor of the month\'s ratings at this counter, with the share of 4 and 5', async () => {
    const { satisfaction, notes } = await build({ period: march });
    expect(satisfaction.available).toBe(true);
    expect(notes.some((n) => n.includes('hài lòng'))).toBe(false);
    expect(satisfaction.factors).toEqual([
      { factor: 'procedure', label: 'Chất lượng thủ tục', average: 4.25, count: 4, shareAtLeast4: 0.75 },
      { factor: 'staff', label: 'Thái độ phục vụ của cán bộ', average: 4, count: 4, shareAtLeast4: 0.75 },
      { factor: 'result', label: 'Kết quả giải quyết', average: 3.5, count: 4, shareAtLeast4: 0.5 },
    ]);
  });

  it('narrows the ratings to the clerk who returned the result', async () => {
    const { satisfaction } = await build({ period: march, clerkId: huong });
    expect(satisfaction.factors.map((f) => [f.average, f.count, f.shareAtLeast4])).toEqual([
      [4, 3, 2 / 3],
      [4, 3, 2 / 3],
      [4, 3, 2 / 3],
    ]);
  });

  it('shows empty factors and says so when the database has no ratings table', async () => {
    const fresh = makeTestApp(at('2026-03-02', 8, 0));
    try {
      await setUpOffice(fresh);
      fresh.services.sqlite.exec('DROP TABLE satisfaction_ratings');
      const { satisfaction, notes } = await fresh.ok('reports.build', { period: march });
      expect(satisfaction.available).toBe(false);
      expect(satisfaction.factors.map((f) => [f.label, f.count, f.average])).toEqual([
        ['Chất lượng thủ tục', 0, null],
        ['Thái độ phục vụ của cán bộ', 0, null],
        ['Kết quả giải quyết', 0, null],
      ]);
      expect(notes).toContain('Chưa có dữ liệu đánh giá hài lòng trên máy này: các chỉ tiêu hài lòng để trống.');
    } finally {
      fresh.close();
    }
  });
});

describe('exports', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mot-cua-report-'));
  });

  it('writes a workbook with Vietnamese headers, one sheet per breakdown and figures as numbers', async () => {
    const file = await app.ok('reports.export', { period: march, format: 'xlsx' });
    expect(file.fileName).toBe('bao-cao-2026-03-01_2026-03-31.xlsx');
    expect(existsSync(file.savedTo)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64 ?? '', 'base64') as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Theo kết quả', 'Theo thủ tục', 'Theo kênh nộp', 'Theo cán bộ', 'Hài lòng']);
    const procedures = book.getWorksheet('Theo thủ tục')!;
    expect(procedures.getRow(5).values).toEqual([undefined, 'STT', 'Thủ tục hành chính', 'Tiếp nhận (hẹn trả)', 'Hướng dẫn bổ sung', 'Từ chối', 'Giải quyết tại chỗ', 'Đã trả kết quả', 'Dừng xử lý', 'Đã trả', 'Trước hạn', 'Đúng hạn', 'Trễ hạn', 'Trễ hạn (%)']);
    const card = procedures.getRow(6);
    expect(card.getCell(2).value).toMatch(/^Cấp lại thẻ BHYT/);
    expect([3, 4, 5, 6, 7, 8].map((c) => card.getCell(c).value)).toEqual([4, 0, 1, 2, 3, 1]);
    expect([9, 10, 11, 12, 13].map((c) => card.getCell(c).value)).toEqual([3, 1, 1, 1, 33.3]);
    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.getRow(3).getCell(1).value).toBe('Quầy số 3 — Từ ngày 01/03/2026 đến ngày 31/03/2026');
    const rows = summary.getSheetValues().filter(Boolean) as unknown[][];
    const value = (label: string) => rows.find((r) => r[1] === label)?.[2];
    expect(value('Tỷ lệ hướng dẫn bổ sung (%)')).toBe(10);
    expect(value('Thời gian tiếp nhận trung bình (phút)')).toBe(4.3);
    expect(typeof value('Tiếp nhận (hẹn trả)')).toBe('number');
    expect(book.getWorksheet('Hài lòng')!.getRow(6).values).toEqual([undefined, 'Chất lượng thủ tục', 4.25, 4, 75]);
  });

  it('prints a landscape A4 report with the office header, the period and the figures', async () => {
    const file = await app.ok('reports.export', { period: march, clerkId: huong, format: 'pdf' });
    const pdf = join(dir, file.fileName);
    writeFileSync(pdf, Buffer.from(file.base64 ?? '', 'base64'));
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('BẢO HIỂM XÃ HỘI CƠ SỞ ĐÔNG HÀ');
    expect(text).toContain('BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ TRẢ KẾT QUẢ HỒ SƠ');
    expect(text).toContain('Quầy số 3 — cán bộ Nguyễn Thị Thu Hương — Từ ngày 01/03/2026 đến ngày 31/03/2026');
    expect(text).toMatch(/Tỷ lệ trễ hạn \(%\)\s+50/);
    expect(text).toMatch(/Hướng dẫn bổ sung\s+1/);
    expect(text).toMatch(/Thời gian tiếp nhận trung bình \(phút\)\s+5,5/);
  });
});
