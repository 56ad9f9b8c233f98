// A person or a submitter identified by the 12-digit personal ID, a passport
// (with nationality) or another type of the office's list: Law 41/2024/QH15
// Art. 2.2 makes foreign workers compulsory participants, Art. 70.2 lets them
// claim the lump sum.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applicantSchema, intakeForm } from '../../src-main/dossiers/intake-form';
import { buildDayRecord } from '../../src-main/end-of-day/snapshot';
import { identityText, isPassportNumber, normaliseDocumentNumber } from '../../src-main/people/identifiers';
import { vnInstant } from '../../src-main/shared/time';
import type { IntakeFormInput } from '../../src-main/dossiers/intake-form';
import { cardReissueForm } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

const foreigner = { kind: 'person', fullName: 'KIM MIN JUN', documentType: 'Hộ chiếu', documentNumber: 'm 1234 5678', nationality: 'Hàn Quốc', birthDate: '12/05/1990', sex: 'nam' } as const;

function issues(input: unknown): Record<string, string> {
  const parsed = applicantSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('identity documents at the boundary', () => {
  it('accepts a passport with nationality, normalising its number (Law 41/2024 Art. 2.2)', () => {
    const parsed = applicantSchema.parse(foreigner);
    expect(parsed).toMatchObject({ documentType: 'Hộ chiếu', documentNumber: 'M12345678', nationality: 'Hàn Quốc' });
    expect(parsed.kind === 'person' && parsed.personalId).toBeFalsy();
  });

  it('asks for the nationality of a passport and a number of 6–20 letters and digits', () => {
    expect(issues({ ...foreigner, nationality: '' })).toEqual({ nationality: 'Nhập quốc tịch ghi trên hộ chiếu.' });
    expect(issues({ ...foreigner, documentNumber: 'AB12' })).toHaveProperty('documentNumber', expect.stringContaining('từ 6 đến 20'));
    expect(issues({ ...foreigner, documentNumber: 'AB-123/45' })).toHaveProperty('documentNumber', expect.stringContaining('hộ chiếu'));
    expect(issues({ ...foreigner, documentNumber: '' })).toHaveProperty('documentNumber');
  });

  it('takes another document type with any sensible number and no nationality', () => {
    expect(issues({ ...foreigner, documentType: 'Thẻ thường trú', documentNumber: 'TT-0012/2025', nationality: '' })).toEqual({});
    expect(issues({ ...foreigner, documentType: 'Thẻ thường trú', documentNumber: 'a b' })).toHaveProperty('documentNumber');
  });

  it('still requires the 12-digit ID when no other document is chosen, with a message saying both ways', () => {
    const person = { kind: 'person', fullName: 'Nguyễn Văn A', birthDate: '1990', sex: 'nam' };
    expect(issues(person)).toEqual({ personalId: expect.stringContaining('hoặc chọn loại giấy tờ khác') });
    expect(issues({ ...person, personalId: '04518600123' })).toEqual({ personalId: 'Số định danh cá nhân phải gồm đúng 12 chữ số.' });
    expect(issues({ ...person, personalId: '045 186 001 234' })).toEqual({});
  });

  it('lets a submitter show a passport too', () => {
    const form = { ...cardReissueForm(), submitter: { fullName: 'John Smith', documentType: 'Hộ chiếu', documentNumber: '533380006', nationality: 'Anh' } };
    expect(intakeForm.safeParse(form).success).toBe(true);
    const noNationality = intakeForm.safeParse({ ...form, submitter: { ...form.submitter, nationality: '' } });
    expect(noNationality.success ? [] : noNationality.error.issues.map((i) => i.path.join('.'))).toEqual(['submitter.nationality']);
  });

  it('prints a document as "type số number (nationality)"', () => {
    expect(identityText({ documentType: 'Hộ chiếu', documentNumber: 'M12345678', nationality: 'Hàn Quốc' })).toBe('Hộ chiếu số M12345678 (Hàn Quốc)');
    expect(identityText({ personalId: '045186001234' })).toBe('Số định danh cá nhân 045186001234');
    expect(normaliseDocumentNumber(' c 1234567 ')).toBe('C1234567');
    expect(isPassportNumber('C1234567')).toBe(true);
    expect(isPassportNumber('C12')).toBe(false);
  });
});

describe('receiving a foreign worker', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = makeTestApp(vnInstant('2026-03-02', 9, 0));
    await setUpOffice(app);
  });
  afterEach(() => app.close());

  const form = (applicant: object = foreigner): IntakeFormInput => cardReissueForm({ applicant: applicant as IntakeFormInput['applicant'] });

  it('receives the dossier, keeps the passport in its snapshot and finds it by search and in the directory', async () => {
    const { dossierId } = await app.ok('intake.accept', { form: form() });
    const detail = await app.ok('dossiers.get', { dossierId });
    expect(detail.applicant).toMatchObject({ personalId: null, documentType: 'Hộ chiếu', documentNumber: 'M12345678', nationality: 'Hàn Quốc' });
    expect((await app.ok('search.dossiers', { query: 'M12345678', limit: 20 })).results.map((h) => h.dossierId)).toEqual([dossierId]);
    expect((await app.ok('applicants.lookup', { query: 'M1234' })).applicants[0]?.fullName).toBe('KIM MIN JUN');
  });

  it('carries the passport, and a submitter\'s, into the day\'s export record', async () => {
    const submitter = { fullName: 'John Smith', documentType: 'Hộ chiếu', documentNumber: '533380006', nationality: 'Anh', phone: '' };
    await app.ok('intake.accept', { form: { ...form(), submitter } });
    const office = { parentAgency: 'Bảo hiểm xã hội tỉnh Quảng Trị', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234' };
    const openItems = { drafts: [], withoutReceipt: [], resultsNotReturned: [] };
    const header = { office, counter: 3, day: '2026-03-02', revision: 1, madeAt: '2026-03-02T17:00:00+07:00', closedAt: '2026-03-02T17:00:00+07:00', closedBy: null, openItems, corrections: [] };
    const [dossier] = buildDayRecord(app.services.sqlite, header).dossiers;
    expect(dossier).toMatchObject({
      applicant: { personalId: null, documentType: 'Hộ chiếu', documentNumber: 'M12345678', nationality: 'Hàn Quốc' },
      submitter: { fullName: 'John Smith', documentType: 'Hộ chiếu', documentNumber: '533380006', nationality: 'Anh' },
    });
  });

  it('warns of a known passport under another name, as for a known personal ID', async () => {
    await app.ok('intake.accept', { form: form() });
    const { conflict } = await app.ok('applicants.conflict', { applicant: { ...foreigner, fullName: 'KIM MIN JOON' } });
    expect(conflict).toMatchObject({ known: { fullName: 'KIM MIN JUN', documentNumber: 'M12345678' }, differences: ['fullName'] });
    const other = await app.ok('applicants.conflict', { applicant: { ...foreigner, fullName: 'KIM MIN JOON', nationality: 'Trung Quốc' } });
    expect(other.conflict).toBeNull();
  });

  it('refuses a document type the office does not list, and takes it once a supervisor adds it', async () => {
    const permit = { ...foreigner, documentType: 'Giấy phép lao động', documentNumber: 'GPLĐ-123/2026', nationality: '' };
    expect(await app.call('intake.accept', { form: form(permit) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'form.applicant.documentType', message: expect.stringContaining('Giấy phép lao động') },
    });
    const { types } = await app.ok('people.setDocumentTypes', { types: ['Thẻ thường trú', 'Giấy phép lao động'] });
    expect(types).toEqual(['Hộ chiếu', 'Thẻ thường trú', 'Giấy phép lao động']);
    expect((await app.call('intake.accept', { form: form(permit) })).ok).toBe(true);
  });

  it('refuses a repeated type in the office list', async () => {
    expect(await app.call('people.setDocumentTypes', { types: ['Thẻ thường trú', 'thẻ thường trú'] })).toMatchObject({ ok: false, error: { field: 'types' } });
  });
});
