import { fakerVI } from '@faker-js/faker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../src-main/shared/fold';
import { vnInstant } from '../../src-main/shared/time';
import { cardReissueForm } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-03-02', 9, 0));
  await setUpOffice(app);
});
afterEach(() => app.close());

interface Person {
  name: string;
  personalId?: string;
  bhxh?: string;
  card?: string;
  phone?: string;
  passport?: string;
}

let serial = 0;
/** Writes an applicant, one dossier and its snapshot straight into the tables, as intake would; the triggers index it. */
function dossier(person: Person, day = '2025-06-10', code?: string): number {
  serial += 1;
  const db = app.services.sqlite;
  const applicant = db
    .prepare(
      `INSERT INTO applicants (kind, full_name, folded_name, personal_id, document_type, document_number, nationality, bhxh_number, health_card_number, phone, created_at, updated_at)
       VALUES ('person', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(person.name, foldVietnamese(person.name), person.personalId ?? null, person.passport ? 'Hộ chiếu' : null, person.passport ?? null, person.passport ? 'Hàn Quốc' : null, person.bhxh ?? null, person.card ?? null, person.phone ?? null, `${day}T08:00:00+07:00`, `${day}T08:00:00+07:00`);
  const at = `${day}T09:00:00+07:00`;
  const yymmdd = day.slice(2).replaceAll('-', '');
  const dossierId = db
    .prepare(
      `INSERT INTO dossiers (code, procedure_version_id, applicant_id, channel, result_delivery, state, counter, responsible_clerk_id, submitted_at, received_at, due_date, created_at, updated_at)
       VALUES (?, 1, ?, 'counter', 'counter', 'received', 3, 1, ?, ?, ?, ?, ?)`,
    )
    .run(code ?? `000.00.15.H27-${yymmdd}-3${String(serial % 1000).padStart(3, '0')}`, applicant.lastInsertRowid, at, at, day, at, at).lastInsertRowid;
  db.prepare(
    `INSERT INTO dossier_applicants (dossier_id, kind, full_name, folded_name, personal_id, document_type, document_number, nationality, bhxh_number, health_card_number, phone)
     SELECT ?, kind, full_name, folded_name, personal_id, document_type, document_number, nationality, bhxh_number, health_card_number, phone FROM applicants WHERE id = ?`,
  ).run(dossierId, applicant.lastInsertRowid);
  return Number(dossierId);
}

/** A thousand ordinary citizens with real Vietnamese names (faker's vi locale), older than the hard cases. */
function crowd(count = 1000): void {
  fakerVI.seed(42);
  const family = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Đặng', 'Đỗ', 'Đinh'];
  app.services.sql.tx(() => {
    for (let i = 0; i < count; i++) {
      const last = i % 3 === 0 ? fakerVI.person.lastName() : (family[i % family.length] as string);
      const middle = i % 4 === 0 ? 'Văn ' : i % 4 === 1 ? 'Thị ' : '';
      dossier({ name: `${last} ${middle}${fakerVI.person.firstName()}`, personalId: `0790${String(i).padStart(8, '0')}` }, '2024-01-15');
    }
  });
}

const search = async (query: string) => (await app.ok('search.dossiers', { query })).results;
const first = async (query: string) => (await search(query))[0]?.dossierId;

describe('search from anywhere, over a crowd of shared family names', () => {
  let target: Record<string, number>;
  beforeEach(() => {
    crowd();
    target = {
      an: dossier({ name: 'Nguyễn Văn An', personalId: '045186001111' }),
      anOlder: dossier({ name: 'Nguyễn Văn An', personalId: '045186002222' }, '2022-05-05'),
      anh: dossier({ name: 'Nguyễn Văn Anh', personalId: '045186003333' }),
      anAccented: dossier({ name: 'Nguyễn Văn Ân', personalId: '045186004444' }, '2025-07-01'),
      dang: dossier({ name: 'Đặng Văn Minh', personalId: '038090005555', bhxh: '3812345678', card: 'HC4383812345678', phone: '0912345678' }),
      dinhFamily: dossier({ name: 'Đinh Thị Lan', personalId: '001190006666', bhxh: '0112345678', card: '0112345678' }),
      dinhGiven: dossier({ name: 'Nguyễn Văn Định', personalId: '001090007777' }, '2025-09-09'),
      leFamily: dossier({ name: 'Lê Thị Hồng', personalId: '046190008888' }),
      leGiven: dossier({ name: 'Trần Thị Lệ', personalId: '046190009999' }, '2025-10-10'),
      hoaOld: dossier({ name: 'Trần Thị Hoa', personalId: '045170001234' }, '2023-03-03'),
      hoaNew: dossier({ name: 'Trần Thị Hoa', personalId: '045170005678' }, '2025-03-03'),
      doHa: dossier({ name: 'Đỗ Thị Hà', personalId: '036180001212' }),
      doHa2: dossier({ name: 'Đỗ Thị Hạ', personalId: '036180003434' }, '2025-11-11'),
    };
  });

  it('puts the exact spelling first when the clerk types diacritics', async () => {
    expect(await first('Nguyễn Văn An')).toBe(target.an);
    expect(await first('Nguyễn Văn Ân')).toBe(target.anAccented);
    expect(await first('Đỗ Thị Hà')).toBe(target.doHa);
    expect(await first('Đỗ Thị Hạ')).toBe(target.doHa2);
  });

  it('ignores case and diacritics, đ matching d; without marks the commonest spelling first, then newest', async () => {
    expect(await first('nguyen van an')).toBe(target.an);
    expect(await first('NGUYEN VAN AN')).toBe(target.an);
    expect(await first('dang van minh')).toBe(target.dang);
    expect(await first('do thi ha')).toBe(target.doHa);
    const all = (await search('nguyen van an')).map((h) => h.dossierId);
    expect(all.slice(0, 3)).toEqual([target.an, target.anOlder, target.anAccented]);
  });

  it('matches word starts in order ("ng v an" finds Nguyễn Văn An), whole words before prefixes', async () => {
    const hits = await search('ng v an');
    expect(hits[0]?.applicantName).toMatch(/^Nguyễn Văn (An|Ân)$/);
    const order = hits.map((h) => h.dossierId);
    expect(order.indexOf(target.anh as number)).toBeGreaterThan(order.indexOf(target.an as number));
    expect(await first('ng v anh')).toBe(target.anh);
    expect(await first('tr th hoa')).toBe(target.hoaNew);
    expect((await search('tran hoa')).map((h) => h.dossierId)).toContain(target.hoaOld);
  });

  it('prefers a name that starts with the typed word over one that only contains it', async () => {
    expect((await search('dinh'))[0]?.applicantName).toMatch(/^Đinh /);
    expect(await first('dinh thi l')).toBe(target.dinhFamily);
    expect((await search('le thi'))[0]?.applicantName).toMatch(/^Lê Thị /);
    expect(await first('an nguyen van')).toBeDefined();
    expect((await search('an nguyen van')).map((h) => h.dossierId)).toContain(target.an);
  });

  it('tells the same name apart by personal ID, BHXH number, health card (either format) and phone', async () => {
    expect(await first('045170001234')).toBe(target.hoaOld);
    expect(await first('045 170 005 678')).toBe(target.hoaNew);
    expect(await first('3812345678')).toBe(target.dang);
    expect(await first('HC4 38 3812345678')).toBe(target.dang);
    expect(await first('hc4-01-0112345678')).toBe(target.dinhFamily);
    expect(await first('0912 345 678')).toBe(target.dang);
    expect(await first('+84912345678')).toBe(target.dang);
    expect(await first('0451860')).toBeDefined();
  });

  it('finds a foreign worker by passport number, whole or as a prefix, in any case (Law 41/2024 Art. 2.2)', async () => {
    const kim = dossier({ name: 'KIM MIN JUN', passport: 'M12345678' });
    expect(await first('M12345678')).toBe(kim);
    expect(await first('m123456')).toBe(kim);
    expect(await first('kim min')).toBe(kim);
  });

  it('finds a dossier by its full code, and today\'s by its last digits before older days with the same ending', async () => {
    const older = dossier({ name: 'Phạm Văn Cũ' }, '2026-02-27', '000.00.15.H27-260227-3002');
    const today = dossier({ name: 'Phạm Thị Mới' }, '2026-03-02', '000.00.15.H27-260302-3002');
    expect(await first('000.00.15.H27-260227-3002')).toBe(older);
    expect(await first('3002')).toBe(today);
    expect((await search('3002')).map((h) => h.dossierId)).toContain(older);
    expect(await first('260227-3002')).toBe(older);
  });

  it('finds nothing for nonsense, and shows what the clerk needs to recognise the dossier', async () => {
    expect(await search('zzqx')).toEqual([]);
    expect(await search('   ')).toEqual([]);
    expect((await search('Đặng Văn Minh'))[0]).toMatchObject({ applicantName: 'Đặng Văn Minh', state: 'received', procedureName: expect.any(String), dueDate: '2025-06-10' });
  });
});

describe('the index follows intake without intake calling it', () => {
  it('finds an accepted dossier at once, and each dossier by the phone it was received with', async () => {
    const accepted = await app.ok('intake.accept', { form: cardReissueForm() });
    expect(await first('khai')).toBe(accepted.dossierId);
    expect(await first('3001')).toBe(accepted.dossierId);
    expect(await first(accepted.code)).toBe(accepted.dossierId);
    const form = cardReissueForm();
    const second = await app.ok('intake.accept', { form: { ...form, applicant: { ...form.applicant, phone: '0987 654 321' } as typeof form.applicant } });
    const byNewPhone = (await search('0987654321')).map((h) => h.dossierId);
    expect(byNewPhone).toEqual([second.dossierId]);
    expect((await search('0912345678')).map((h) => h.dossierId)).toEqual([accepted.dossierId]);
  });
});
