// Issued papers are kept exactly as handed over, shown again, reprinted with
// a mark, and printed — or saved as PDF where the counter has no printer.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Documents } from '../../src-main/documents/documents';
import type { PrinterDriver } from '../../src-main/documents/printing';
import { vnInstant } from '../../src-main/shared/time';
import { models } from '../documents/models';
import { flat, pdfText } from '../documents/pdf-text';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-03-02', 9, 41));
  await setUpOffice(app);
});
afterEach(() => app.close());

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A received dossier straight into the tables (intake is another feature), for the register and listForDossier. */
function insertDossier(code: string, receivedAt: string): number {
  const db = app.services.sqlite;
  const now = '2026-03-01T08:00:00+07:00';
  let version = db.prepare('SELECT id FROM procedure_versions LIMIT 1').get() as { id: number } | undefined;
  if (!version) {
    db.prepare("INSERT INTO procedures (id, current_version, position, created_at) VALUES ('cap-lai-the', 1, 1, ?)").run(now);
    const info = db
      .prepare("INSERT INTO procedure_versions (procedure_id, version, name, field, time_limit_days, on_the_spot, legal_basis, result, components, valid_from, created_at) VALUES ('cap-lai-the', 1, 'Cấp lại thẻ bảo hiểm y tế do bị mất, hỏng', 'bhyt', 7, 0, 'QĐ 2222/QĐ-BHXH', 'Thẻ BHYT', '[]', '2025-07-01', ?)")
      .run(now);
    version = { id: Number(info.lastInsertRowid) };
  }
  const applicant = db
    .prepare("INSERT INTO applicants (kind, full_name, folded_name, phone, address, created_at, updated_at) VALUES ('person', 'Huỳnh Thị Ngọc Diễm', 'huynh thi ngoc diem', '0914 222 333', 'Thôn Đại Độ, xã Triệu Phong, tỉnh Quảng Trị', ?, ?)")
    .run(now, now);
  const dossier = db
    .prepare(
      "INSERT INTO dossiers (code, procedure_version_id, applicant_id, channel, result_delivery, state, counter, responsible_clerk_id, submitted_at, received_at, due_date, created_at, updated_at) VALUES (?, ?, ?, 'counter', 'counter', 'received', 3, 1, ?, ?, '2026-03-11', ?, ?)",
    )
    .run(code, version.id, applicant.lastInsertRowid, receivedAt, receivedAt, now, now);
  db.prepare(
    'INSERT INTO dossier_applicants (dossier_id, kind, full_name, folded_name, phone, address) SELECT ?, kind, full_name, folded_name, phone, address FROM applicants WHERE id = ?',
  ).run(dossier.lastInsertRowid, applicant.lastInsertRowid);
  return Number(dossier.lastInsertRowid);
}

function issueReceipt() {
  return app.services.documents.issue({ dossierId: null, kind: 'receipt', viewModel: models.receipt, issuedBy: 1 });
}

describe('issue, get and reprint', () => {
  it('stores the exact bytes handed over and gives them back unchanged', async () => {
    const { documentId, pdf } = issueReceipt();
    const stored = app.services.documents.get(documentId);
    expect(stored.pdf.equals(pdf)).toBe(true);
    expect(stored.meta).toMatchObject({ kind: 'receipt', formSet: '2025', paper: 'A4', number: '125/TNHS', issuedByName: 'Nguyễn Thị Thu Hương', reprints: 0, pdfSha256: sha256(pdf) });
    const viaApi = await app.ok('documents.get', { documentId });
    expect(Buffer.from(viaApi.pdfBase64, 'base64').equals(pdf)).toBe(true);
    const row = app.services.sqlite.prepare('SELECT inputs, inputs_sha256 FROM documents WHERE id = ?').get(documentId) as { inputs: string; inputs_sha256: string };
    expect(JSON.parse(row.inputs)).toEqual(models.receipt);
    expect(row.inputs_sha256).toBe(createHash('sha256').update(row.inputs).digest('hex'));
  });

  it('uses the form set and paper of the printing settings at the time of issue', async () => {
    await app.ok('documents.updatePrintingSettings', { printerName: '', paper: 'A5', copies: 1, outputFolder: '', formSet: '2018' });
    const { documentId, pdf } = app.services.documents.issue({ dossierId: null, kind: 'apology', viewModel: models.apology, issuedBy: 1 });
    expect(app.services.documents.get(documentId).meta).toMatchObject({ formSet: '2018', paper: 'A5' });
    expect(pdfText(pdf)).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
  });

  it('reprints from the stored inputs with a visible mark, counts reprints and keeps the original', async () => {
    const { documentId, pdf } = issueReceipt();
    app.clock.set(vnInstant('2026-03-12', 14, 5));
    const again = app.services.documents.reprint(documentId, 1);
    expect(again.reprints).toBe(1);
    const text = pdfText(again.pdf);
    expect(text).toContain('BẢN IN LẠI – in lúc 14:05 12/03/2026');
    expect(flat(text)).toContain('Tiếp nhận hồ sơ của: Tôn Nữ Hoàng Thị Phượng Khuê');
    expect(app.services.documents.reprint(documentId, 1).reprints).toBe(2);
    const stored = app.services.documents.get(documentId);
    expect(stored.pdf.equals(pdf)).toBe(true);
    expect(pdfText(stored.pdf)).not.toContain('BẢN IN LẠI');
    expect(stored.meta).toMatchObject({ reprints: 2, lastReprintedAt: '2026-03-12T14:05:00+07:00' });
  });

  it('lists the papers of a dossier in the order they were issued', async () => {
    const dossierId = insertDossier('000.00.15.H27-260302-0007', '2026-03-02T09:41:00+07:00');
    issueReceipt();
    const documents = app.services.documents;
    documents.issue({ dossierId, kind: 'receipt', viewModel: models.receipt, issuedBy: 1 });
    documents.issue({ dossierId, kind: 'control', viewModel: models.control, issuedBy: 1 });
    const { documents: listed } = await app.ok('documents.listForDossier', { dossierId });
    expect(listed.map((d) => [d.kind, d.dossierId, d.paper])).toEqual([
      ['receipt', dossierId, 'A4'],
      ['control', dossierId, 'A4'],
    ]);
  });

  it('answers a missing document in Vietnamese', async () => {
    expect(await app.call('documents.get', { documentId: 4242 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy văn bản này.' } });
  });
});

describe('printing', () => {
  it('without a printer, saves the PDF in <dataDir>/printed and says where', async () => {
    const { documentId } = issueReceipt();
    const outcome = await app.ok('documents.print', { documentId });
    expect(outcome.printed).toBe(false);
    expect(outcome.savedTo?.startsWith(join(app.dataDir, 'printed'))).toBe(true);
    expect(outcome.message).toBe(`Chưa cấu hình máy in: đã lưu bản PDF tại ${outcome.savedTo}`);
    const saved = readFileSync(outcome.savedTo as string);
    expect(flat(pdfText(saved))).toContain('Mã hồ sơ: 000.00.15.H27-260302-0007');
  });

  it('"In lại" prints the marked copy into the configured folder', async () => {
    const folder = join(app.dataDir, 'Văn bản đã in');
    await app.ok('documents.updatePrintingSettings', { printerName: '', paper: 'A4', copies: 2, outputFolder: folder, formSet: '2025' });
    const { documentId } = issueReceipt();
    const outcome = await app.ok('documents.reprint', { documentId });
    expect(outcome).toMatchObject({ printed: false, reprints: 1 });
    expect(outcome.savedTo?.startsWith(folder)).toBe(true);
    expect(pdfText(readFileSync(outcome.savedTo as string))).toContain('BẢN IN LẠI');
  });

  it('falls back to the folder when the configured printer is not on this machine', async () => {
    await app.ok('documents.updatePrintingSettings', { printerName: 'Canon LBP2900', paper: 'A4', copies: 1, outputFolder: '', formSet: '2025' });
    const { documentId } = issueReceipt();
    const outcome = await app.ok('documents.print', { documentId });
    expect(outcome.message).toMatch(/^Không tìm thấy máy in "Canon LBP2900": đã lưu bản PDF tại /);
    expect(existsSync(outcome.savedTo as string)).toBe(true);
  });

  it('sends the job to the printer with the copies of the settings and the paper of the document', async () => {
    const jobs: unknown[] = [];
    const driver: PrinterDriver = { list: async () => ['HP LaserJet Pro M404'], print: async (file, job) => void jobs.push({ file, ...job }) };
    const documents = new Documents(app.services, { printerDriver: driver });
    documents.updatePrintingSettings({ printerName: 'HP LaserJet Pro M404', paper: 'A5', copies: 2, outputFolder: '', formSet: '2025' });
    const { documentId } = documents.issue({ dossierId: null, kind: 'register', viewModel: models.register, issuedBy: 1 });
    const outcome = await documents.print(documentId);
    expect(outcome).toMatchObject({ printed: true, message: 'Đã gửi 2 bản tới máy in HP LaserJet Pro M404.' });
    expect(jobs).toEqual([expect.objectContaining({ printer: 'HP LaserJet Pro M404', copies: 2, paper: 'A4', landscape: true })]);
    const receipt = documents.issue({ dossierId: null, kind: 'receipt', viewModel: models.receipt, issuedBy: 1 });
    await documents.print(receipt.documentId, { copies: 1 });
    expect(jobs[1]).toEqual(expect.objectContaining({ copies: 1, paper: 'A5', landscape: false }));
    expect(await documents.printers()).toEqual(['HP LaserJet Pro M404']);
  });

  it('lists no printers rather than failing on a machine without any', async () => {
    const { printers } = await app.ok('documents.printers', {});
    expect(Array.isArray(printers)).toBe(true);
  });
});

describe('settings, register and test print through the API', () => {
  it('keeps the printing settings; only a supervisor may change them', async () => {
    expect(await app.ok('documents.printingSettings', {})).toMatchObject({ printerName: '', paper: 'A4', copies: 1, outputFolder: '', formSet: '2025' });
    const next = await app.ok('documents.updatePrintingSettings', { printerName: ' HP LaserJet ', paper: 'A5', copies: 3, outputFolder: '', formSet: '2018' });
    expect(next).toMatchObject({ printerName: 'HP LaserJet', paper: 'A5', copies: 3, outputFolder: '', formSet: '2018' });
    await app.ok('clerks.add', { fullName: 'Lê Văn Tám', username: 'tamlv', password: '12345678', role: 'clerk' });
    await app.ok('session.signIn', { username: 'tamlv', password: '12345678' });
    expect(await app.call('documents.updatePrintingSettings', next)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.ok('documents.printingSettings', {})).toEqual(next);
  });

  it('renders an empty register when no dossier was received, and refuses a reversed range', async () => {
    const { documentId } = await app.ok('documents.renderRegister', { from: '2026-03-01', to: '2026-03-31' });
    const { document, pdfBase64 } = await app.ok('documents.get', { documentId });
    expect(document.kind).toBe('register');
    const text = flat(pdfText(Buffer.from(pdfBase64, 'base64')));
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ Từ ngày 01/03/2026 đến ngày 31/03/2026');
    expect(text).toContain('Không có hồ sơ nào trong khoảng thời gian này.');
    expect(await app.call('documents.renderRegister', { from: '2026-03-31', to: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { field: 'to', message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.' },
    });
  });

  it('lists the dossiers received in the range, one row each, in the order received', async () => {
    insertDossier('000.00.15.H27-260305-0002', '2026-03-05T14:20:00+07:00');
    insertDossier('000.00.15.H27-260302-0001', '2026-03-02T09:41:00+07:00');
    insertDossier('000.00.15.H27-260401-0001', '2026-04-01T07:30:00+07:00');
    const { documentId } = await app.ok('documents.renderRegister', { from: '2026-03-01', to: '2026-03-31' });
    const { pdfBase64 } = await app.ok('documents.get', { documentId });
    const text = flat(pdfText(Buffer.from(pdfBase64, 'base64')));
    const first = text.indexOf('000.00.15.H27-260302-0001');
    expect(first).toBeGreaterThan(0);
    expect(text.indexOf('000.00.15.H27-260305-0002')).toBeGreaterThan(first);
    expect(text).not.toContain('260401');
    expect(text).toContain('Huỳnh Thị Ngọc');
    expect(text).toContain('02/03/2026 11/03/2026');
  });

  it('"In thử" issues a sample receipt with the office and the signed-in clerk', async () => {
    const { documentId } = await app.ok('documents.sample', {});
    const { pdfBase64 } = await app.ok('documents.get', { documentId });
    const text = flat(pdfText(Buffer.from(pdfBase64, 'base64')));
    expect(text).toContain('BẢO HIỂM XÃ HỘI CƠ SỞ ĐÔNG HÀ');
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('Nguyễn Thị Thu Hương');
  });
});
