// @runs: test
// Issue 13: each kind of wrong first line, with the issue's own example, in
// Ctrl+F and, where the issue names them, in the applicant suggestions and F6.
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src-main/db/migrate';
import { migrations } from '../../src-main/db/migrations';
import type { IntakeFormInput } from '../../src-main/dossiers/intake-form';
import { vnInstant } from '../../src-main/shared/time';
import { cardReissueForm } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-03-02', 9, 0));
  await setUpOffice(app);
});
afterEach(() => app.close());

let serial = 0;
/** A citizen's form with its own personal ID, so the directory keeps each one apart. */
function form(fullName: string): IntakeFormInput {
  serial += 1;
  const base = cardReissueForm();
  const personalId = `0451860${String(serial).padStart(5, '0')}`;
  return { ...base, applicant: { ...base.applicant, fullName, personalId, bhxhNumber: undefined, healthCardNumber: undefined, phone: undefined } as IntakeFormInput['applicant'] };
}

/** Accepts a dossier for the name, received `minutes` after nine: later is newer. */
async function accept(fullName: string, minutes = serial): Promise<{ dossierId: number; code: string }> {
  app.at(vnInstant('2026-03-02', 9, minutes));
  return app.ok('intake.accept', { form: form(fullName) });
}

async function guidance(fullName: string): Promise<number> {
  const missing: IntakeFormInput = { ...form(fullName), components: [{ key: 'tk1-ts', status: 'missing' }] };
  return (await app.ok('intake.issueGuidance', { form: missing, reason: 'Thiếu tờ khai TK1-TS' })).dossierId;
}

const names = async (query: string) => (await app.ok('search.dossiers', { query })).results.map((h) => h.applicantName);
const firstId = async (query: string) => (await app.ok('search.dossiers', { query })).results[0]?.dossierId;
const suggested = async (query: string) => (await app.ok('applicants.lookup', { query })).applicants.map((a) => a.fullName);
const f6 = async (query: string) => (await app.ok('intake.pendingGuidance', { query })).dossiers.map((d) => d.applicantName);

describe('ranking (Ctrl+F)', () => {
  it('twins differing only in marks: without marks the spelling common in the office first, with marks the one typed', async () => {
    for (const other of ['Lê Văn Bình', 'Phạm Thị Bình', 'Hoàng Bình']) await accept(other);
    await accept('Trần Văn Bình', 10);
    await accept('Trần Văn Bính', 20);
    expect((await names('tran van binh')).slice(0, 2)).toEqual(['Trần Văn Bình', 'Trần Văn Bính']);
    expect((await names('Trần Văn Bính'))[0]).toBe('Trần Văn Bính');
    expect((await names('Trần Văn Bình'))[0]).toBe('Trần Văn Bình');
  });

  it('a name with every typed word and nothing more before names with more words', async () => {
    await accept('Võ Thị Thu', 10);
    await accept('Võ Thị Thu Hà', 20);
    expect((await names('vo thi thu')).slice(0, 2)).toEqual(['Võ Thị Thu', 'Võ Thị Thu Hà']);
  });

  it('old and new tone placement are the same spelling', async () => {
    await accept('Lê Thị Hoà', 10);
    await accept('Lê Thị Hóa', 20);
    expect((await names('Lê Thị Hòa'))[0]).toBe('Lê Thị Hoà');
    expect((await names('le thi hoa')).length).toBe(2);
  });

  it('codes without separators, in any case, their date and sequence as one number, their trailing parts', async () => {
    const { dossierId, code } = await accept('Phan Văn Mã', 10);
    await accept('Phan Văn Khác', 20);
    expect(code).toBe('000.00.15.H27-260302-3001');
    for (const typed of ['0000015H272603023001', '000.00.15.h27-260302-3001', '0000015h27-260302-3001', '2603023001', '260302 3001', 'H27-260302-3001', 'h272603023001']) {
      expect(await firstId(typed), typed).toBe(dossierId);
    }
  });

  it('the result number recorded at a "4 tại chỗ" return and at a result receipt', async () => {
    const onTheSpot = await app.ok('intake.resolveOnTheSpot', { form: form('Mai Thị Thẻ'), resultNumber: 'GD4 79 7912345678', receiverName: 'Mai Thị Thẻ' });
    expect(await firstId('GD4797912345678')).toBe(onTheSpot.dossierId);
    expect(await firstId('gd4-79-7912345678')).toBe(onTheSpot.dossierId);
  });
});

describe('names saved with look-alike letters and punctuation, in Ctrl+F, the suggestions and F6', () => {
  it('Ð (U+00D0) and Ɖ (U+0189) are Đ', async () => {
    await guidance('\u00D0ặng Văn Lâm');
    await guidance('\u0189ỗ Thị Mai');
    for (const [typed, saved] of [['dang van lam', '\u00D0ặng Văn Lâm'], ['Đặng Văn Lâm', '\u00D0ặng Văn Lâm'], ['do thi mai', '\u0189ỗ Thị Mai'], ['Đỗ Thị Mai', '\u0189ỗ Thị Mai']] as const) {
      expect((await names(typed))[0], typed).toBe(saved);
      expect((await suggested(typed))[0], typed).toBe(saved);
      expect((await f6(typed))[0], typed).toBe(saved);
    }
  });

  it("h'lan finds H’Lan Niê; tran thi thu ha finds Trần Thị Thu-Hà", async () => {
    await guidance('H’Lan Niê');
    await guidance('Trần Thị Thu-Hà');
    await guidance('Trần Thị Thu Hằng');
    for (const [typed, saved] of [["h'lan", 'H’Lan Niê'], ['hlan nie', 'H’Lan Niê'], ['H’LAN', 'H’Lan Niê'], ['tran thi thu ha', 'Trần Thị Thu-Hà'], ['Trần Thị Thu Hà', 'Trần Thị Thu-Hà']] as const) {
      expect((await names(typed))[0], typed).toBe(saved);
      expect((await suggested(typed))[0], typed).toBe(saved);
      expect((await f6(typed))[0], typed).toBe(saved);
    }
  });
});

describe('migration 0018 on an office that already has data', () => {
  it('folds existing names again, re-indexes them and counts their spellings', () => {
    const db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = OFF');
    db.function('vn_fold', { deterministic: true }, (text: unknown) => String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase());
    for (const m of migrations.filter((x) => x.version < 18)) db.exec(m.sql);
    db.pragma(`user_version = ${migrations.filter((x) => x.version < 18).at(-1)?.version ?? 0}`);
    db.exec(`INSERT INTO clerks (full_name, username, password_hash, role, created_at) VALUES ('A', 'a', 'x', 'supervisor', '2026-01-01T08:00:00+07:00')`);
    const names = ['H’Lan Niê', '\u00D0ặng Văn Lâm', 'Trần Thị Thu-Hà'];
    names.forEach((name, i) => {
      const id = i + 1;
      db.prepare(`INSERT INTO applicants (id, kind, full_name, folded_name, created_at, updated_at) VALUES (?, 'person', ?, vn_fold(?), 'x', 'x')`).run(id, name, name);
      db.prepare(
        `INSERT INTO dossiers (id, code, procedure_version_id, applicant_id, channel, result_delivery, state, counter, responsible_clerk_id, submitted_at, received_at, due_date, created_at, updated_at)
         VALUES (?, ?, 1, ?, 'counter', 'counter', 'received', 3, 1, '2026-03-02T09:00:00+07:00', '2026-03-02T09:00:00+07:00', '2026-03-09', 'x', 'x')`,
      ).run(id, `C-${id}`, id);
      db.prepare(`INSERT INTO dossier_applicants (dossier_id, kind, full_name, folded_name) VALUES (?, 'person', ?, vn_fold(?))`).run(id, name, name);
    });
    migrate(db);
    const folded = db.prepare('SELECT folded_name FROM dossier_applicants ORDER BY dossier_id').pluck().all();
    expect(folded).toEqual(['hlan nie', 'dang van lam', 'tran thi thu ha']);
    expect(db.prepare('SELECT folded_name FROM applicants ORDER BY id').pluck().all()).toEqual(folded);
    expect(db.prepare(`SELECT rowid FROM search_names WHERE search_names MATCH '"hlan"'`).pluck().all()).toEqual([1]);
    expect(db.prepare(`SELECT rowid FROM search_names WHERE search_names MATCH '"thu_ha"'`).pluck().all()).toEqual([3]);
    expect(db.prepare(`SELECT count FROM name_spellings WHERE folded = 'hlan'`).pluck().all()).toEqual([1]);
    db.close();
  });
});
