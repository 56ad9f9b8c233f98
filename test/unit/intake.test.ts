import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vnInstant } from '../../src-main/shared/time';
import { cardReissueForm, pensionForm } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-03-02', 9, 0)); // Monday
  await setUpOffice(app); // counter 3, office 000.00.15.H27
});
afterEach(() => app.close());

const count = (table: string) => (app.services.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('accepting a complete dossier', () => {
  it('gives the next code of this counter, the appointment from the calendar and names the responsible clerk', async () => {
    const first = await app.ok('intake.accept', { form: cardReissueForm() });
    const second = await app.ok('intake.accept', { form: cardReissueForm() });
    expect(first.code).toBe('000.00.15.H27-260302-3001');
    expect(second.code).toBe('000.00.15.H27-260302-3002');
    // Re-issue of a lost card with no changed data: within the day (QĐ 595/QĐ-BHXH, from 01/01/2019).
    expect(first).toMatchObject({ timeLimitDays: 0, timeLimitUnit: 'same_day', dueAt: '2026-03-02T16:00:00+07:00' });
    const detail = await app.ok('dossiers.get', { dossierId: first.dossierId });
    expect(detail).toMatchObject({
      state: 'received',
      responsibleClerk: 'Nguyễn Thị Thu Hương',
      applicant: { fullName: 'Nguyễn Thị Minh Khai', personalId: '045186001234', phone: '0912345678', healthCardNumber: 'HC4454512345678' },
      components: [{ key: 'tk1-ts', status: 'received' }],
      history: [{ action: 'accept', fromState: null, toState: 'received', clerkName: 'Nguyễn Thị Thu Hương', counter: 3 }],
    });
  });

  it('counts a pension claim\'s 20 days not counting holidays and Tết over Tết 2026 (Law 41/2024 Art. 79.3)', async () => {
    app.at(vnInstant('2026-02-12', 10, 30)); // Thursday before Tết
    const accepted = await app.ok('intake.accept', { form: pensionForm() });
    // Days 1–3 = Fri 13, Sat 14, Sun 15/02; Tết 16–20/02 does not count; Sat 21/02 is day 4 … Mon 09/03 day 20.
    expect(accepted).toMatchObject({ timeLimitDays: 20, timeLimitUnit: 'days_excluding_holidays', dueAt: '2026-03-09T10:30:00+07:00' });
    expect(accepted.code).toBe('000.00.15.H27-260212-3001');
  });

  it('refuses an incomplete dossier, naming what is missing, and writes nothing', async () => {
    const before = [count('dossiers'), count('code_counters'), count('applicants')];
    const result = await app.call('intake.accept', { form: pensionForm('missing-book') });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'form.components', message: expect.stringContaining('Sổ BHXH') } });
    expect([count('dossiers'), count('code_counters'), count('applicants')]).toEqual(before);
  });

  it('leaves no gap in the codes when an intake fails after its code was taken', async () => {
    const recordUse = app.services.catalogue.recordUse.bind(app.services.catalogue);
    app.services.catalogue.recordUse = () => {
      throw new Error('disk full');
    };
    expect((await app.call('intake.accept', { form: cardReissueForm() })).ok).toBe(false);
    app.services.catalogue.recordUse = recordUse;
    expect((await app.ok('intake.accept', { form: cardReissueForm() })).code).toBe('000.00.15.H27-260302-3001');
    expect(count('dossiers')).toBe(1);
  });

  it('explains bad input next to the field', async () => {
    const badId = await app.call('intake.accept', { form: cardReissueForm({ applicant: { ...(cardReissueForm().applicant as object), personalId: '04518600123' } as never }) });
    expect(badId).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'form.applicant.personalId', message: expect.stringContaining('12 chữ số') } });
    const future = await app.call('intake.accept', { form: cardReissueForm({ applicant: { ...(cardReissueForm().applicant as object), birthDate: '01/01/2027' } as never }) });
    expect(future).toMatchObject({ ok: false, error: { field: 'form.applicant.birthDate', message: 'Ngày sinh không được sau ngày hôm nay.' } });
    const post = await app.call('intake.accept', { form: cardReissueForm({ resultDelivery: 'post' }) });
    expect(post).toMatchObject({ ok: false, error: { field: 'form.deliveryAddress' } });
    expect(count('dossiers')).toBe(0);
  });
});

describe('guidance: one request, in writing', () => {
  it('lists the missing papers, then the same submission is accepted when the citizen comes back — and never gets a second request', async () => {
    const guided = await app.ok('intake.issueGuidance', { form: pensionForm('missing-book'), reason: 'Thiếu sổ BHXH' });
    const pending = await app.ok('intake.pendingGuidance', { query: 'tran van duc' });
    expect(pending.dossiers).toEqual([expect.objectContaining({ dossierId: guided.dossierId, applicantName: 'Trần Văn Đức' })]);

    const second = await app.call('intake.issueGuidance', { form: pensionForm('missing-book'), reason: 'Vẫn thiếu', guidanceDossierId: guided.dossierId });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('một lần') } });

    app.at(vnInstant('2026-03-05', 14, 0));
    const accepted = await app.ok('intake.accept', { form: pensionForm('all'), guidanceDossierId: guided.dossierId });
    expect(accepted.dossierId).toBe(guided.dossierId);
    expect(accepted.code).toBe('000.00.15.H27-260305-3001');
    const detail = await app.ok('dossiers.get', { dossierId: guided.dossierId });
    expect(detail.history.map((h) => [h.action, h.toState])).toEqual([
      ['issueGuidance', 'guidance_issued'],
      ['accept', 'received'],
    ]);
    expect((await app.ok('intake.pendingGuidance', { query: '' })).dossiers).toEqual([]);
  });

  it('has nothing to ask for when the dossier is complete', async () => {
    expect(await app.call('intake.issueGuidance', { form: cardReissueForm(), reason: 'x' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('đủ thành phần') } });
  });
});

describe('refusal and "4 tại chỗ"', () => {
  it('records a refusal with its reasons and no code', async () => {
    const refused = await app.ok('intake.refuse', { form: cardReissueForm(), reasons: ['Người nộp không phải chủ thẻ và không có giấy ủy quyền'] });
    const detail = await app.ok('dossiers.get', { dossierId: refused.dossierId });
    expect(detail).toMatchObject({ state: 'refused', code: null, history: [{ action: 'refuse', reason: 'Người nộp không phải chủ thẻ và không có giấy ủy quyền' }] });
  });

  it('resolves a card re-issue on the spot, and refuses to for a pension claim', async () => {
    const done = await app.ok('intake.resolveOnTheSpot', { form: cardReissueForm(), resultNumber: 'HC4454512345678', receiverName: 'Nguyễn Thị Minh Khai' });
    expect(done.code).toBe('000.00.15.H27-260302-3001');
    expect(await app.ok('dossiers.get', { dossierId: done.dossierId })).toMatchObject({ state: 'returned', resultNumber: 'HC4454512345678', timeLimitDays: 0 });
    const pension = await app.call('intake.resolveOnTheSpot', { form: pensionForm(), resultNumber: 'x', receiverName: 'y' });
    expect(pension).toMatchObject({ ok: false, error: { field: 'form.procedureId', message: expect.stringContaining('4 tại chỗ') } });
  });
});

describe('drafts', () => {
  it('keeps the half-filled form per clerk and drops it once the intake is decided', async () => {
    const { draftId } = await app.ok('intake.saveDraft', { content: JSON.stringify({ applicantName: 'Nguyễn Thị Minh Khai', procedureName: 'Cấp lại thẻ BHYT' }) });
    await app.ok('intake.saveDraft', { draftId, content: JSON.stringify({ applicantName: 'Nguyễn Thị Minh Khai', procedureName: 'Cấp lại thẻ BHYT', step: 2 }) });
    expect((await app.ok('intake.drafts', {})).drafts).toEqual([expect.objectContaining({ draftId, applicantName: 'Nguyễn Thị Minh Khai' })]);
    expect(JSON.parse((await app.ok('intake.loadDraft', { draftId })).content)).toMatchObject({ step: 2 });
    await app.ok('intake.accept', { form: cardReissueForm(), draftId });
    expect((await app.ok('intake.drafts', {})).drafts).toEqual([]);
  });
});

describe('applicants', () => {
  it('are found again by ID prefix or by name typed without diacritics', async () => {
    await app.ok('intake.accept', { form: cardReissueForm() });
    expect((await app.ok('applicants.lookup', { query: '045186' })).applicants[0]?.fullName).toBe('Nguyễn Thị Minh Khai');
    expect((await app.ok('applicants.lookup', { query: 'minh khai' })).applicants[0]?.personalId).toBe('045186001234');
    expect((await app.ok('applicants.lookup', { query: 'nguyen thi' })).applicants).toHaveLength(1);
  });
});
