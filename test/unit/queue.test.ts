// The dossier's life after intake, through the API as the counter calls it:
// each action allowed from its states only, refused with Vietnamese words and
// nothing written; the apology; the papers read back as text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vnInstant } from '../../src-main/shared/time';
import { flat, missingInOrder, pdfText } from '../documents/pdf-text';
import { cardReissueForm, pensionForm, useOldLimits } from '../support/intake';
import { makeTestApp, setUpOffice, SUPERVISOR, type TestApp } from '../support/services';

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-03-02', 9, 0)); // Monday
  await setUpOffice(app);
  await useOldLimits(app); // counter 3
});
afterEach(() => app.close());

const DEPARTMENT = 'Phòng Quản lý thu - Sổ, thẻ';

function snapshot() {
  const all = (q: string) => JSON.stringify(app.services.sqlite.prepare(q).all());
  return [all('SELECT * FROM dossiers'), all('SELECT * FROM dossier_events'), all('SELECT id FROM documents')].join('\n');
}

function printedText(documentId: number | null): string {
  expect(documentId).not.toBeNull();
  return pdfText(app.services.documents.get(documentId as number).pdf);
}

async function accepted(form = cardReissueForm()) {
  return (await app.ok('intake.accept', { form })).dossierId;
}

async function inProcessing() {
  const dossierId = await accepted();
  await app.ok('queue.handOver', { dossierId, department: DEPARTMENT, receiverName: 'Lê Văn Tâm' });
  return dossierId;
}

async function resultReady() {
  const dossierId = await inProcessing();
  await app.ok('queue.receiveResult', { dossierId, resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }], deliveredBy: 'Lê Văn Tâm' });
  return dossierId;
}

async function expectRefused(call: Promise<{ ok: boolean; error?: { code: string; message: string } }>, code = 'CONFLICT', words: RegExp = /Không thể thực hiện/) {
  const before = snapshot();
  const result = await call;
  expect(result).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(words) } });
  expect(snapshot()).toBe(before);
}

async function signInAsClerk() {
  await app.ok('clerks.add', { fullName: 'Phạm Thị Lan', username: 'lanpt', password: 'mat-khau-9', role: 'clerk' });
  await app.ok('session.signOut', {});
  await app.ok('session.signIn', { username: 'lanpt', password: 'mat-khau-9' });
}

describe('handing over to the resolving department', () => {
  it('records the department, who took it, the clerk and counter, and prints the control sheet to travel with the dossier', async () => {
    const dossierId = await accepted();
    app.at(vnInstant('2026-03-02', 10, 15));
    const handed = await app.ok('queue.handOver', { dossierId, department: DEPARTMENT, receiverName: 'Lê Văn Tâm' });
    const detail = await app.ok('dossiers.get', { dossierId });
    expect(detail.state).toBe('in_processing');
    expect(detail.history.at(-1)).toMatchObject({ action: 'handOver', fromState: 'received', toState: 'in_processing', clerkName: SUPERVISOR.fullName, counter: 3, at: '2026-03-02T10:15:00+07:00' });
    expect(await app.ok('queue.dossier', { dossierId })).toMatchObject({ department: DEPARTMENT, handedOverAt: '2026-03-02T10:15:00+07:00' });
    const text = printedText(handed.documentId);
    expect(missingInOrder(text, ['PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', DEPARTMENT, 'Lê Văn Tâm'])).toBeNull();
  });

  it('is refused once the dossier has left the counter, with nothing written', async () => {
    const dossierId = await inProcessing();
    await expectRefused(app.call('queue.handOver', { dossierId, department: DEPARTMENT, receiverName: 'Lê Văn Tâm' }));
  });

  it('is refused for a dossier that does not exist', async () => {
    await expectRefused(app.call('queue.handOver', { dossierId: 999, department: DEPARTMENT, receiverName: 'Lê Văn Tâm' }), 'NOT_FOUND', /Không tìm thấy/);
  });
});

describe('supplements during processing', () => {
  it('waits for the papers, then goes back to the department', async () => {
    const dossierId = await inProcessing();
    await app.ok('queue.requestSupplement', { dossierId, reason: 'Thiếu bản sao quyết định nghỉ việc' });
    expect((await app.ok('dossiers.get', { dossierId })).state).toBe('awaiting_supplement');
    await expectRefused(app.call('queue.requestSupplement', { dossierId, reason: 'Lần hai' }));
    await app.ok('queue.receiveSupplement', { dossierId, documents: 'Bản sao quyết định nghỉ việc' });
    const detail = await app.ok('dossiers.get', { dossierId });
    expect(detail.state).toBe('in_processing');
    expect(detail.history.map((h) => h.action)).toEqual(['accept', 'handOver', 'requestSupplement', 'receiveSupplement']);
    expect(detail.history[2]?.reason).toBe('Thiếu bản sao quyết định nghỉ việc');
  });

  it('cannot be requested before the dossier reached the department, nor received when none was asked', async () => {
    const dossierId = await accepted();
    await expectRefused(app.call('queue.requestSupplement', { dossierId, reason: 'Thiếu giấy tờ' }));
    await expectRefused(app.call('queue.receiveSupplement', { dossierId, documents: 'Giấy tờ' }));
  });
});

describe('the result comes back', () => {
  it('keeps the result number and what came back', async () => {
    const dossierId = await resultReady();
    expect((await app.ok('dossiers.get', { dossierId })).resultNumber).toBe('HC4454512345678');
    expect(await app.ok('queue.dossier', { dossierId })).toMatchObject({ resultItems: [{ name: 'Thẻ BHYT', count: 1 }], resultReceivedAt: '2026-03-02T09:00:00+07:00' });
    await expectRefused(app.call('queue.receiveResult', { dossierId, resultNumber: 'X', items: [{ name: 'Thẻ BHYT', count: 1 }] }));
  });

  it('refuses an empty list of result papers, naming the field', async () => {
    const dossierId = await inProcessing();
    const before = snapshot();
    expect(await app.call('queue.receiveResult', { dossierId, resultNumber: 'X', items: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'items', message: 'Ghi ít nhất một giấy tờ kết quả nhận về.' }] } });
    expect(snapshot()).toBe(before);
  });
});

describe('returning the result', () => {
  it('at the counter to the applicant, with the signature noted', async () => {
    const dossierId = await resultReady();
    app.at(vnInstant('2026-03-03', 14, 0));
    const done = await app.ok('queue.returnResult', { dossierId, delivery: { method: 'counter', collector: { kind: 'applicant' }, signatureNoted: true } });
    expect(done.documentId).toBeNull();
    expect(await app.ok('queue.dossier', { dossierId })).toMatchObject({
      returnedAt: '2026-03-03T14:00:00+07:00',
      returnDetails: { method: 'counter', collector: { kind: 'applicant', fullName: 'Nguyễn Thị Minh Khai' }, signatureNoted: true },
      timing: 'early',
      late: false,
    });
  });

  it('to an authorised person, whose ID number must be 12 digits', async () => {
    const dossierId = await resultReady();
    const before = snapshot();
    const bad = await app.call('queue.returnResult', { dossierId, delivery: { method: 'counter', collector: { kind: 'authorised', fullName: 'Trần Văn Hùng', personalId: '0451' }, signatureNoted: true } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'delivery.collector.personalId', message: expect.stringContaining('12 chữ số') }] } });
    expect(snapshot()).toBe(before);
    await app.ok('queue.returnResult', { dossierId, delivery: { method: 'counter', collector: { kind: 'authorised', fullName: 'Trần Văn Hùng', personalId: '045 090 001 111' }, signatureNoted: true } });
    const details = (await app.ok('queue.dossier', { dossierId })).returnDetails;
    expect(details).toEqual({ method: 'counter', collector: { kind: 'authorised', fullName: 'Trần Văn Hùng', personalId: '045090001111' }, signatureNoted: true });
  });

  it('to an authorised foreigner, identified by passport and nationality, as the control sheet then shows', async () => {
    const dossierId = await resultReady();
    const before = snapshot();
    const collector = { kind: 'authorised' as const, fullName: 'Kim Min Jun', documentType: 'Hộ chiếu', documentNumber: 'M12345678' };
    const noNationality = await app.call('queue.returnResult', { dossierId, delivery: { method: 'counter', collector, signatureNoted: true } });
    expect(noNationality).toMatchObject({ ok: false, error: { issues: [{ field: 'delivery.collector.nationality', message: 'Nhập quốc tịch ghi trên hộ chiếu.' }] } });
    expect(snapshot()).toBe(before);
    await app.ok('queue.returnResult', { dossierId, delivery: { method: 'counter', collector: { ...collector, nationality: 'Hàn Quốc' }, signatureNoted: true } });
    expect((await app.ok('queue.dossier', { dossierId })).returnDetails).toMatchObject({ collector: { fullName: 'Kim Min Jun', documentNumber: 'M12345678', nationality: 'Hàn Quốc' } });
    const text = printedText((await app.ok('queue.controlSheet', { dossierId })).documentId);
    // The receiver's cell, wrapped in its column: the name, then the passport with its nationality.
    expect(missingInOrder(text, ['Trả kết quả', 'Kim Min Jun', '(được ủy', 'quyền, Hộ', 'chiếu số', 'M12345678', '(Hàn Quốc))'])).toBeNull();
  });

  it('by post: the tracking number is kept and the GIẤY GIAO NHẬN HỒ SƠ lists the result papers', async () => {
    const dossierId = await resultReady();
    const code = (await app.ok('dossiers.get', { dossierId })).code as string;
    const done = await app.ok('queue.returnResult', {
      dossierId,
      delivery: { method: 'post', trackingNumber: 'EB123456789VN', postOffice: 'Bưu cục Đông Hà', address: 'Số 12 đường Lê Lợi, phường Đông Hà' },
    });
    const text = printedText(done.documentId);
    expect(missingInOrder(text, ['GIẤY GIAO NHẬN HỒ SƠ', 'Bưu cục Đông Hà', 'Nguyễn Thị Minh Khai', code, 'Số 12 đường Lê Lợi', 'Thẻ BHYT'])).toBeNull();
    expect((await app.ok('queue.dossier', { dossierId })).returnDetails).toMatchObject({ method: 'post', trackingNumber: 'EB123456789VN' });
  });

  it('is refused before the result is back, and only once', async () => {
    const dossierId = await inProcessing();
    const counter = { method: 'counter', collector: { kind: 'applicant' }, signatureNoted: true } as const;
    await expectRefused(app.call('queue.returnResult', { dossierId, delivery: counter }));
    await app.ok('queue.receiveResult', { dossierId, resultNumber: 'HC4', items: [{ name: 'Thẻ BHYT', count: 1 }] });
    await app.ok('queue.returnResult', { dossierId, delivery: counter });
    await expectRefused(app.call('queue.returnResult', { dossierId, delivery: counter }));
  });
});

describe('stopping a dossier', () => {
  it('at the applicant\'s request: the reason is kept and, under the 2025 forms, the stop notice is printed', async () => {
    const dossierId = await inProcessing();
    const stopped = await app.ok('queue.stop', { dossierId, kind: 'applicantRequest', reason: 'Người nộp đề nghị dừng để bổ sung hồ sơ khác' });
    expect(flat(printedText(stopped.documentId))).toContain('Người nộp đề nghị dừng để bổ sung hồ sơ khác');
    const detail = await app.ok('dossiers.get', { dossierId });
    expect(detail.state).toBe('stopped');
    expect(detail.history.at(-1)).toMatchObject({ action: 'stop', reason: 'Người nộp đề nghị dừng để bổ sung hồ sơ khác' });
  });

  it('under the 2018 forms prints nothing (there is no such form); a returned dossier cannot be stopped', async () => {
    app.services.documents.updatePrintingSettings({ ...app.services.documents.printingSettings(), formSet: '2018' });
    const withdrawn = await app.ok('queue.stop', { dossierId: await accepted(), kind: 'withdrawn', reason: 'Rút hồ sơ' });
    expect(withdrawn.documentId).toBeNull();
    const returned = await resultReady();
    await app.ok('queue.returnResult', { dossierId: returned, delivery: { method: 'counter', collector: { kind: 'applicant' }, signatureNoted: true } });
    await expectRefused(app.call('queue.stop', { dossierId: returned, kind: 'withdrawn', reason: 'Rút hồ sơ' }));
  });
});

describe('a late result: apology and a new date', () => {
  // A pension claim received Monday 2/3/2026 is due 20 working days later, on 30/3/2026.
  async function pension() {
    const { dossierId, dueAt } = await app.ok('intake.accept', { form: pensionForm() });
    expect(dueAt).toBe('2026-03-30T09:00:00+07:00');
    await app.ok('queue.handOver', { dossierId, department: 'Phòng Chế độ BHXH', receiverName: 'Võ Thị Hạnh' });
    return dossierId;
  }

  it('only a supervisor records it', async () => {
    const dossierId = await pension();
    await signInAsClerk();
    await expectRefused(app.call('queue.apologise', { dossierId, reason: 'Chờ xác minh', newDueDate: '2026-04-03' }), 'FORBIDDEN', /giám sát/);
  });

  it('refuses a new date that is not after the current one, or not a working day', async () => {
    const dossierId = await pension();
    await expectRefused(app.call('queue.apologise', { dossierId, reason: 'Chờ xác minh', newDueDate: '2026-03-30' }), 'INVALID_INPUT', /phải sau ngày hẹn hiện tại \(30\/03\/2026\)/);
    await expectRefused(app.call('queue.apologise', { dossierId, reason: 'Chờ xác minh', newDueDate: '2026-04-04' }), 'INVALID_INPUT', /ngày làm việc/); // Saturday
    await expectRefused(app.call('queue.apologise', { dossierId, reason: 'Chờ xác minh', newDueDate: '2026-02-30' }), 'INVALID_INPUT', /Ngày 30\/02\/2026 không có trong lịch/);
  });

  it('keeps both dates, logs the apology, prints it, and still counts the dossier late when returned after the original date', async () => {
    const dossierId = await pension();
    app.at(vnInstant('2026-03-26', 9, 0));
    const apology = await app.ok('queue.apologise', { dossierId, reason: 'Chờ xác minh quá trình đóng BHXH tại đơn vị cũ', newDueDate: '2026-04-06' });
    expect(apology.newDueAt).toBe('2026-04-06T09:00:00+07:00');
    const text = printedText(apology.documentId);
    expect(missingInOrder(text, ['XIN LỖI', 'Trần Văn Đức', '09 giờ 00 phút, ngày 30/03/2026', 'Chờ xác minh quá trình đóng BHXH tại đơn vị cũ', '09 giờ 00 phút, ngày 06/04/2026'])).toBeNull();
    // The 2025 set's letter is no "Phiếu xin lỗi": its number drops the old /PXL.
    expect(text).toMatch(/Số: \d+\.1\/VBXL/);
    expect(text).not.toContain('/PXL');

    const facts = await app.ok('queue.dossier', { dossierId });
    expect(facts).toMatchObject({ dueDate: '2026-03-30', dueAt: '2026-03-30T09:00:00+07:00', extendedDueAt: '2026-04-06T09:00:00+07:00', currentDueDate: '2026-04-06', extensionCount: 1 });
    const event = app.services.sqlite.prepare("SELECT payload, reason FROM dossier_events WHERE action = 'apologise'").get() as { payload: string; reason: string };
    expect(JSON.parse(event.payload)).toMatchObject({ originalDueAt: '2026-03-30T09:00:00+07:00', newDueAt: '2026-04-06T09:00:00+07:00', reason: 'Chờ xác minh quá trình đóng BHXH tại đơn vị cũ' });

    // A second extension must be after the first one.
    await expectRefused(app.call('queue.apologise', { dossierId, reason: 'Lần hai', newDueDate: '2026-04-03' }), 'INVALID_INPUT', /06\/04\/2026/);

    app.at(vnInstant('2026-04-03', 10, 0));
    await app.ok('queue.receiveResult', { dossierId, resultNumber: 'QĐ 123/QĐ-BHXH', items: [{ name: 'Quyết định hưởng lương hưu', count: 1 }] });
    await app.ok('queue.returnResult', { dossierId, delivery: { method: 'counter', collector: { kind: 'applicant' }, signatureNoted: true } });
    expect(await app.ok('queue.dossier', { dossierId })).toMatchObject({ timing: 'late', late: true });
    expect(await app.ok('queue.stats', { from: '2026-04-01', to: '2026-04-30' })).toEqual({ early: 0, onTime: 0, late: 1, total: 1 });
  });
});

describe('the control sheet', () => {
  it('lists every step with its clerk and whether it was before, on or after the due date', async () => {
    const dossierId = await accepted(); // due Wednesday 4/3
    app.at(vnInstant('2026-03-02', 10, 0));
    await app.ok('queue.handOver', { dossierId, department: DEPARTMENT, receiverName: 'Lê Văn Tâm' });
    app.at(vnInstant('2026-03-04', 15, 0));
    await app.ok('queue.receiveResult', { dossierId, resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }], deliveredBy: 'Lê Văn Tâm' });
    app.at(vnInstant('2026-03-05', 8, 30));
    await app.ok('queue.returnResult', { dossierId, delivery: { method: 'counter', collector: { kind: 'applicant' }, signatureNoted: true } });
    const sheet = await app.ok('queue.controlSheet', { dossierId });
    const text = printedText(sheet.documentId);
    // Row by row (pdftotext keeps each row's lines together): time, result, note, then who handed and who received in their signature cells.
    expect(
      missingInOrder(text, [
        'PHIẾU KIỂM SOÁT',
        'Bộ phận Một 1. Giao: 09 giờ 00 phút, Trước hạn Tiếp nhận hồ',
        'ngày 02/03/2026 Nguyễn Thị Nguyễn Thị',
        'Minh Khai Thu Hương',
        'Phòng Quản lý 1. Giao: 10 giờ 00 phút, Trước hạn Chuyển hồ',
        'ngày 02/03/2026 Nguyễn Thị Lê Văn Tâm',
        'Phòng Quản lý 1. Giao: 15 giờ 00 phút, Đúng hạn Nhận kết',
        'ngày 04/03/2026 Lê Văn Tâm Nguyễn Thị',
        'Bộ phận Một 1. Giao: 08 giờ 30 phút, Quá hạn Trả kết quả',
        'ngày 05/03/2026 Nguyễn Thị Nguyễn Thị',
        'Thu Hương Minh Khai',
      ]),
    ).toBeNull();
  });
});

describe('a dossier written whole, as a first join copies one (migration 0023)', () => {
  const returnDays = () => app.services.sqlite.prepare('SELECT day, timing, n FROM queue_return_days WHERE n > 0 ORDER BY day, timing').all();
  const derived = (id: number) => app.services.sqlite.prepare('SELECT current_due_date, open_due_date, return_timing FROM dossiers WHERE id = ?').get(id);

  async function copyOf(n: number, changes: Record<string, unknown>): Promise<number> {
    const row = app.services.sqlite.prepare('SELECT * FROM dossiers WHERE id = ?').get(await accepted()) as Record<string, unknown>;
    return app.services.sql.insert('dossiers', { ...row, id: undefined, code: `COPY-${n}`, register_volume: 'COPY', register_number: n, ...changes } as never);
  }

  it('keeps due dates and return timing written right, corrects wrong ones, and counts each return on its day once', async () => {
    const due = (app.services.sqlite.prepare('SELECT due_date FROM dossiers WHERE id = ?').get(await accepted()) as { due_date: string }).due_date;
    const returned = { state: 'returned', returned_at: `${due}T10:00:00+07:00` };
    const right = await copyOf(1, { ...returned, current_due_date: due, open_due_date: null, return_timing: 'onTime' });
    const wrong = await copyOf(2, { ...returned, current_due_date: '2020-01-01', open_due_date: due, return_timing: 'late' });
    const open = await copyOf(3, { current_due_date: null, open_due_date: null, return_timing: null });
    expect(derived(right)).toEqual({ current_due_date: due, open_due_date: null, return_timing: 'onTime' });
    expect(derived(wrong)).toEqual({ current_due_date: due, open_due_date: null, return_timing: 'onTime' });
    expect(derived(open)).toEqual({ current_due_date: due, open_due_date: due, return_timing: null });
    expect(returnDays()).toEqual([{ day: due, timing: 'onTime', n: 2 }]);
  });
});

describe('the register (Sổ theo dõi hồ sơ) follows each dossier', () => {
  it('names the department it went to, the day it went and the day its result came back, and notes a stopped dossier', async () => {
    const withResult = await resultReady();
    const stopped = await accepted();
    await app.ok('queue.stop', { dossierId: stopped, kind: 'withdrawn', reason: 'Người nộp xin rút hồ sơ' });
    const code = async (dossierId: number) => (await app.ok('dossiers.get', { dossierId })).code as string;
    const text = printedText((await app.ok('documents.renderRegister', { from: '2026-03-02', to: '2026-03-02' })).documentId);
    // Row by row (pdftotext keeps a row's first lines together): code, department (the resolving agency), received,
    // appointment, handed over, result back; the stopped one still with the office, and its note.
    expect(
      missingInOrder(text, [`${await code(withResult)} `, 'Phòng Quản     02/03/2026 04/03/2026 02/03/2026 02/03/2026', `${await code(stopped)} `, 'Bảo hiểm xã    02/03/2026 04/03/2026', 'Dừng', 'giải', 'quyết']),
    ).toBeNull();
  });
});
