// The dossier is the record: a citizen's later visit with a typo in the name
// (same personal ID) never rewrites an earlier dossier, in any list, search,
// paper, register or export; the directory changes only by the clerk's choice;
// corrections are logged events; a closed day's snapshot is frozen by the database.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vnInstant } from '../../src-main/shared/time';
import { pdfText } from '../documents/pdf-text';
import { cardReissueForm } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

const DAY = '2026-03-02';
const RECEIVED = 'Phạm Thị Hồng Nhung';
const TYPO = 'Phạm Thị Hồng Nhunh';

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp(vnInstant(DAY, 9, 0));
  await setUpOffice(app);
});
afterEach(() => app.close());

function form(fullName: string, extra: Record<string, string> = {}) {
  const base = cardReissueForm();
  return { ...base, applicant: { ...base.applicant, fullName, personalId: '045192004321', birthDate: '14/08/1992', sex: 'nu' as const, ...extra } };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
const pdfOf = async (documentId: number) => Buffer.from((await app.ok('documents.get', { documentId })).pdfBase64, 'base64');

async function everythingSays(dossierId: number, name: string) {
  expect((await app.ok('dossiers.get', { dossierId })).applicant.fullName).toBe(name);
  const rows = (await app.ok('queue.list', { view: 'receivedToday' })).rows;
  expect(rows.find((r) => r.dossierId === dossierId)?.applicantName).toBe(name);
  const hits = (await app.ok('search.dossiers', { query: name })).results;
  expect(hits.find((h) => h.dossierId === dossierId)?.applicantName).toBe(name);
}

describe('a known ID typed with another name', () => {
  it('leaves the earlier dossier exactly as received everywhere, and shows the clerk both names first', async () => {
    const first = await app.ok('intake.accept', { form: form(RECEIVED) });
    app.at(vnInstant(DAY, 10, 0));

    const { conflict } = await app.ok('applicants.conflict', { applicant: form(TYPO).applicant });
    expect(conflict?.known.fullName).toBe(RECEIVED);
    expect(conflict?.differences).toEqual(['fullName']);
    expect((await app.ok('applicants.conflict', { applicant: form(RECEIVED).applicant })).conflict).toBeNull();

    const second = await app.ok('intake.accept', { form: form(TYPO) });
    await everythingSays(first.dossierId, RECEIVED);
    await everythingSays(second.dossierId, TYPO);
    // The clerk did not choose to update the directory: suggestions keep the name it had.
    expect((await app.ok('applicants.lookup', { query: '045192004321' })).applicants[0]?.fullName).toBe(RECEIVED);
    // The old name still finds the first dossier, and only it.
    const byOldName = (await app.ok('search.dossiers', { query: 'pham thi hong nhung' })).results.map((h) => h.dossierId);
    expect(byOldName).toContain(first.dossierId);
    expect(byOldName).not.toContain(second.dossierId);

    // The register, the day's package and the papers agree with what was received.
    const register = await app.ok('documents.renderRegister', { from: DAY, to: DAY });
    const registerText = flat(pdfText(await pdfOf(register.documentId)));
    // Each row's name wraps in its narrow column: row 3001 holds "Nhung", row 3002 "Nhunh".
    expect(registerText).toMatch(/-3001 .*Phạm Thị Hồng .*Nhung .*-3002 .*Phạm Thị Hồng .*Nhunh /);
    const control = await app.ok('queue.controlSheet', { dossierId: first.dossierId });
    expect(flat(pdfText(await pdfOf(control.documentId as number)))).toContain(RECEIVED);
    app.at(vnInstant(DAY, 17, 0));
    await app.ok('endOfDay.close', { date: DAY, confirmOpenItems: true });
    const exported = await app.ok('endOfDay.export', { date: DAY });
    const record = JSON.parse(readFileSync(join(exported.folder, 'day.json'), 'utf8'));
    const names = Object.fromEntries(record.dossiers.map((d: { id: number; applicant: { fullName: string } }) => [d.id, d.applicant.fullName]));
    expect(names).toEqual({ [first.dossierId]: RECEIVED, [second.dossierId]: TYPO });
  });

  it('updates the directory only when the clerk chooses to, and never a dossier', async () => {
    const first = await app.ok('intake.accept', { form: form(RECEIVED, { phone: '0912 345 678' }) });
    await app.ok('intake.accept', { form: form(TYPO, { birthDate: '15/08/1992', phone: '0987 654 321' }), updateDirectory: true });
    const known = (await app.ok('applicants.lookup', { query: '045192004321' })).applicants[0];
    expect(known).toMatchObject({ fullName: TYPO, birthDate: '1992-08-15', phone: '0987654321' });
    expect((await app.ok('dossiers.get', { dossierId: first.dossierId })).applicant).toMatchObject({ fullName: RECEIVED, birthDate: '1992-08-14', phone: '0912345678' });
  });
});

describe('corrections', () => {
  it('are events with a reason, change only that dossier, and follow into search', async () => {
    const first = await app.ok('intake.accept', { form: form(TYPO) });
    const other = await app.ok('intake.accept', { form: form(TYPO) });
    expect(await app.call('dossiers.correct', { dossierId: first.dossierId, field: 'applicant.fullName', value: RECEIVED, reason: '' })).toMatchObject({ ok: false });
    const changed = await app.ok('dossiers.correct', { dossierId: first.dossierId, field: 'applicant.fullName', value: RECEIVED, reason: 'Gõ nhầm tên khi tiếp nhận' });
    expect(changed).toEqual({ oldValue: TYPO, newValue: RECEIVED });
    const detail = await app.ok('dossiers.get', { dossierId: first.dossierId });
    expect(detail.applicant.fullName).toBe(RECEIVED);
    expect(detail.history.at(-1)).toMatchObject({ action: 'correct', reason: 'Gõ nhầm tên khi tiếp nhận' });
    expect((await app.ok('dossiers.get', { dossierId: other.dossierId })).applicant.fullName).toBe(TYPO);
    expect((await app.ok('search.dossiers', { query: 'nhung' })).results.map((h) => h.dossierId)).toEqual([first.dossierId]);
    expect(await app.call('dossiers.correct', { dossierId: first.dossierId, field: 'applicant.fullName', value: RECEIVED, reason: 'Lần nữa' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('obey the intake form’s rule for the field, with its message, and store the value as intake would', async () => {
    const { dossierId } = await app.ok('intake.accept', { form: form(RECEIVED) });
    const correct = (field: string, value: string) => app.call('dossiers.correct', { dossierId, field, value, reason: 'Công dân báo lại' });
    for (const [field, value, message] of [
      ['applicant.phone', 'abc', 'Số điện thoại'],
      ['applicant.email', 'a@', 'email'],
      ['setCount', '-1', 'Số bộ hồ sơ'],
      ['setCount', '1.5', 'Số bộ hồ sơ'],
      ['setCount', '100', 'Số bộ hồ sơ'],
      ['applicant.fullName', '', 'Không được để trống'],
      ['applicant.fullName', 'Nhung 😀', 'U+1F600'],
    ] as const) {
      const answer = await correct(field, value);
      expect(answer, `${field}=${value}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'value' } });
      if (!answer.ok) expect(answer.error.message, `${field}=${value}`).toContain(message);
    }
    expect((await app.ok('dossiers.get', { dossierId })).history.map((h) => h.action)).toEqual(['accept']);
    expect(await app.ok('dossiers.correct', { dossierId, field: 'applicant.phone', value: '0913 000 111', reason: 'Số mới' })).toMatchObject({ newValue: '0913000111' });
    expect(await app.ok('dossiers.correct', { dossierId, field: 'setCount', value: '2', reason: 'Hai bộ' })).toEqual({ oldValue: '1', newValue: '2' });
  });

  it('take the name rule of the applicant’s own kind: an organisation’s name may be longer than a person’s', async () => {
    const base = cardReissueForm();
    const organisation = { kind: 'organisation' as const, fullName: 'Công ty TNHH Một thành viên Cấp nước Quảng Trị', unitCode: 'TA0123' };
    const { dossierId } = await app.ok('intake.accept', { form: { ...base, applicant: organisation } });
    const long = `Công ty TNHH ${'Thương mại Dịch vụ '.repeat(7)}Quảng Trị`;
    expect(long.length).toBeGreaterThan(100);
    expect(await app.ok('dossiers.correct', { dossierId, field: 'applicant.fullName', value: long, reason: 'Tên theo giấy phép' })).toMatchObject({ newValue: long });
  });

  it('of a closed day are refused by the database itself, outside the supervisor’s correction', async () => {
    const first = await app.ok('intake.accept', { form: form(RECEIVED) });
    app.at(vnInstant(DAY, 17, 0));
    await app.ok('endOfDay.close', { date: DAY, confirmOpenItems: true });
    const db = app.services.sqlite;
    expect(() => db.prepare("UPDATE dossier_applicants SET full_name = 'X' WHERE dossier_id = ?").run(first.dossierId)).toThrow('DAY_CLOSED');
    expect(() => db.prepare('DELETE FROM dossier_applicants WHERE dossier_id = ?').run(first.dossierId)).toThrow('DAY_CLOSED');
    expect(() => db.prepare("UPDATE documents SET inputs = '{}' WHERE dossier_id = ?").run(first.dossierId)).toThrow('kept as issued');
    expect(await app.call('dossiers.correct', { dossierId: first.dossierId, field: 'applicant.fullName', value: TYPO, reason: 'Thử' })).toMatchObject({
      ok: false,
      error: { code: 'DAY_CLOSED' },
    });
    const corrected = await app.ok('endOfDay.correct', { dossierId: first.dossierId, field: 'applicant.fullName', value: 'Phạm Thị Hồng Nhung Anh', reason: 'Theo CCCD' });
    expect(corrected.revision).toBe(2);
    expect((await app.ok('dossiers.get', { dossierId: first.dossierId })).applicant.fullName).toBe('Phạm Thị Hồng Nhung Anh');
    // The receipt issued at intake is kept as it was given.
    const receipt = (await app.ok('dossiers.get', { dossierId: first.dossierId })).documents.find((d) => d.kind === 'receipt');
    expect(flat(pdfText(await pdfOf(receipt?.documentId as number)))).toContain(`${RECEIVED} `);
  });
});

describe('migration 0014 gives existing dossiers their snapshot', () => {
  it('takes the intake paper’s inputs and the closed-day corrections as the truth, and re-indexes search', async () => {
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const { migrate } = await import('../../src-main/db/migrate');
    const { migrations } = await import('../../src-main/db/migrations');
    const db = new BetterSqlite3(':memory:');
    for (const m of migrations.filter((x) => x.version <= 13)) db.exec(m.sql);
    db.pragma('user_version = 13');
    const at = '2026-03-02T09:00:00+07:00';
    db.exec(`INSERT INTO clerks (id, full_name, username, password_hash, role, created_at) VALUES (1, 'Cán bộ', 'canbo', 'x', 'supervisor', '${at}');
      INSERT INTO procedures (id, current_version, position, created_at) VALUES ('p', 1, 1, '${at}');
      INSERT INTO procedure_versions (id, procedure_id, version, name, field, time_limit_days, on_the_spot, legal_basis, result, components, valid_from, created_at)
        VALUES (1, 'p', 1, 'Cấp lại thẻ', 'bhyt', 2, 0, 'QĐ', 'Thẻ', '[]', '2025-07-01', '${at}');
      -- The directory row as the old bug left it: the later visit's typo and phone.
      INSERT INTO applicants (id, kind, full_name, folded_name, personal_id, phone, address, created_at, updated_at)
        VALUES (1, 'person', '${TYPO}', 'pham thi hong nhunh', '045192004321', '0987654321', 'Địa chỉ mới', '${at}', '${at}');`);
    const dossier = db.prepare(`INSERT INTO dossiers (code, procedure_version_id, applicant_id, channel, result_delivery, state, counter, responsible_clerk_id, submitted_at, received_at, created_at, updated_at)
      VALUES (?, 1, 1, 'counter', 'counter', 'received', 3, 1, '${at}', '${at}', '${at}', '${at}')`);
    const withPaper = Number(dossier.run('000.00.15.H27-260302-3001').lastInsertRowid);
    const corrected = Number(dossier.run('000.00.15.H27-260302-3002').lastInsertRowid);
    const later = Number(dossier.run('000.00.15.H27-260302-3003').lastInsertRowid);
    const inputs = JSON.stringify({ applicant: { name: RECEIVED, phone: '0912345678', address: 'Số 12 đường Lê Lợi' } });
    db.prepare(`INSERT INTO documents (dossier_id, kind, form_set, number, paper, inputs, inputs_sha256, pdf, pdf_sha256, issued_at, issued_by)
      VALUES (?, 'receipt', '2025', '1/TNHS', 'A4', ?, 'h', x'00', 'h', '${at}', 1)`).run(withPaper, inputs);
    db.prepare(`INSERT INTO day_corrections (counter, day, revision, dossier_id, field, old_value, new_value, reason, clerk_id, at)
      VALUES (3, '2026-03-02', 2, ?, 'applicant.phone', '0987654321', '', 'Không có số', 1, '${at}')`).run(corrected);

    migrate(db);
    const snapshot = (id: number) => db.prepare('SELECT full_name, folded_name, phone, address, personal_id FROM dossier_applicants WHERE dossier_id = ?').get(id);
    expect(snapshot(withPaper)).toEqual({ full_name: RECEIVED, folded_name: 'pham thi hong nhung', phone: '0912345678', address: 'Số 12 đường Lê Lợi', personal_id: '045192004321' });
    expect(snapshot(corrected)).toMatchObject({ full_name: TYPO, phone: null, address: 'Địa chỉ mới' });
    expect(snapshot(later)).toMatchObject({ full_name: TYPO, phone: '0987654321' });
    const byName = (word: string) => (db.prepare('SELECT rowid AS id FROM search_names WHERE search_names MATCH ? ORDER BY rowid').all(word) as { id: number }[]).map((r) => r.id);
    expect(byName('nhung')).toEqual([withPaper]);
    expect(byName('nhunh')).toEqual([corrected, later]);
    db.close();
  });
});
