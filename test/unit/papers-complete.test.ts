// @runs: test
// Every paper the counter prints, issued through the API from a fully set-up office:
// nothing is left blank ("…") or as a bare label.
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src-main/db/migrate';
import { migrations } from '../../src-main/db/migrations';
import { vnInstant } from '../../src-main/shared/time';
import { pdfText } from '../documents/pdf-text';
import { cardReissueForm, pensionForm } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

let app: TestApp;
const issued = new Map<string, number>();

beforeAll(async () => {
  app = makeTestApp(vnInstant('2026-03-02', 9, 0));
  await setUpOffice(app);
  await app.ok('queue.updateSettings', { departments: ['Phòng Chế độ BHXH'], dueSoonDays: 2, postOffice: 'Bưu cục Đông Hà', signer: { title: 'GIÁM ĐỐC', onBehalf: 'KT. GIÁM ĐỐC', name: 'Hoàng Văn Minh' } });
  await issueAll();
});
afterAll(() => app.close());

/** The pension applicant with every contact field given, so a blank can only be the office's. */
function pension(received: 'all' | 'missing-book' = 'all') {
  const form = pensionForm(received);
  return { ...form, applicant: { ...form.applicant, email: 'duc.tranvan@example.vn' } as typeof form.applicant };
}

/** One dossier per decision, one carried through hand-over, apology and a postal return; one stopped under the 2025 set. */
async function issueAll() {
  const keep = (kind: string, documentId: number | null) => documentId !== null && issued.set(kind, documentId);
  const accepted = await app.ok('intake.accept', { form: pension() });
  keep('receipt', accepted.documentId);
  keep('guidance', (await app.ok('intake.issueGuidance', { form: pension('missing-book'), reason: 'Thiếu sổ BHXH' })).documentId);
  keep('refusal', (await app.ok('intake.refuse', { form: cardReissueForm(), reasons: ['Thủ tục không thuộc thẩm quyền'] })).documentId);
  keep('receiptAndHandover', (await app.ok('intake.resolveOnTheSpot', { form: cardReissueForm(), resultNumber: 'HC4454512345678', receiverName: 'Nguyễn Thị Minh Khai' })).documentId);
  const dossierId = accepted.dossierId;
  keep('control', (await app.ok('queue.handOver', { dossierId, department: 'Phòng Chế độ BHXH', receiverName: 'Lê Văn Tâm' })).documentId);
  keep('apology', (await app.ok('queue.apologise', { dossierId, reason: 'Chờ xác minh quá trình đóng', newDueDate: '2026-04-08' })).documentId);
  await app.ok('queue.receiveResult', { dossierId, resultNumber: 'QĐ 123/QĐ-BHXH', items: [{ name: 'Quyết định hưởng lương hưu', count: 1 }], deliveredBy: 'Lê Văn Tâm' });
  const post = { method: 'post' as const, trackingNumber: 'EB123456789VN', postOffice: 'Bưu cục Đông Hà', address: 'Thôn Tân Định, xã Cam Lộ, tỉnh Quảng Trị' };
  keep('postalHandover', (await app.ok('queue.returnResult', { dossierId, delivery: post })).documentId);
  keep('register', (await app.ok('documents.renderRegister', { from: '2026-03-02', to: '2026-03-02' })).documentId);
  const printing = await app.ok('documents.printingSettings', {});
  await app.ok('documents.updatePrintingSettings', { paper: printing.paper, copies: printing.copies, formSet: '2025' });
  const stopped = await app.ok('intake.accept', { form: cardReissueForm() });
  keep('stopNotice', (await app.ok('queue.stop', { dossierId: stopped.dossierId, kind: 'applicantRequest', reason: 'Người nộp đề nghị dừng giải quyết' })).documentId);
}

async function textOf(kind: string): Promise<string> {
  const { pdfBase64 } = await app.ok('documents.get', { documentId: issued.get(kind) as number });
  return pdfText(Buffer.from(pdfBase64, 'base64'));
}

const KINDS = ['receipt', 'guidance', 'refusal', 'receiptAndHandover', 'control', 'apology', 'postalHandover', 'register', 'stopNotice'];

describe('papers from a fully set-up office', () => {
  it('issues every kind of paper', () => {
    expect([...issued.keys()].sort()).toEqual([...KINDS].sort());
  });

  it.each(KINDS)('%s leaves no "…" and no label without its value', async (kind) => {
    const text = await textOf(kind);
    expect(text.split('\n').filter((l) => l.includes('…'))).toEqual([]);
    expect(text).not.toMatch(/(Địa chỉ|Số điện thoại|Điện thoại|Email|Số hiệu bưu gửi):[ \t]*(\n|$)/);
  });

  it('carries the office phone on the guidance slip and the tracking number on the postal slip', async () => {
    expect((await textOf('guidance')).replace(/\s+/g, ' ')).toContain('số điện thoại 0233 3851 234 để được hướng dẫn');
    const postal = (await textOf('postalHandover')).replace(/\s+/g, ' ');
    expect(postal).toContain('Số hiệu bưu gửi: EB123456789VN');
    expect(postal).toContain('01 Trần Hưng Đạo, Đông Hà');
  });
});

describe('migration 0019', () => {
  /** A database as version 15 left it, with the office's address and phone only in the queue's settings. */
  function before19(settings: Record<string, unknown>): BetterSqlite3.Database {
    const sqlite = new BetterSqlite3(':memory:');
    sqlite.function('vn_fold', { deterministic: true }, (text: unknown) => String(text ?? ''));
    const earlier = migrations.filter((m) => m.version < 19);
    for (const m of earlier) sqlite.exec(m.sql);
    sqlite.pragma(`user_version = ${earlier.at(-1)?.version ?? 0}`);
    const insert = sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    for (const [key, value] of Object.entries(settings)) insert.run(key, JSON.stringify(value));
    return sqlite;
  }
  const office = { parentAgency: 'BHXH VN', officeName: 'BHXH cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà' };
  const read = (sqlite: BetterSqlite3.Database, key: string) =>
    JSON.parse((sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string }).value) as Record<string, unknown>;

  it('moves the address and phone from the queue settings into the office, one place', () => {
    const sqlite = before19({ office, 'queue.settings': { postOffice: 'Bưu điện', officeAddress: '01 Trần Hưng Đạo', officePhone: '0233 3851 234', dueSoonDays: 2 } });
    migrate(sqlite);
    expect(read(sqlite, 'office')).toEqual({ ...office, address: '01 Trần Hưng Đạo', phone: '0233 3851 234' });
    expect(read(sqlite, 'queue.settings')).toEqual({ postOffice: 'Bưu điện', dueSoonDays: 2 });
    sqlite.close();
  });

  it('takes the counter phone when the queue had none, and leaves an office never set up alone', () => {
    const sqlite = before19({ office, 'counter.contactPhone': '0233 3852 456' });
    migrate(sqlite);
    expect(read(sqlite, 'office')).toEqual({ ...office, address: '', phone: '0233 3852 456' });
    expect(sqlite.prepare("SELECT COUNT(*) AS n FROM settings WHERE key = 'counter.contactPhone'").get()).toEqual({ n: 0 });
    sqlite.close();
    const fresh = before19({});
    expect(() => migrate(fresh)).not.toThrow();
    fresh.close();
  });
});
