// @runs: test
// The clerk's day (issue 14): optional papers, counter returns signed, ratings where
// the citizen stands, drafts named at the end of the day, own figures only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vnInstant } from '../../src-main/shared/time';
import { cardReissueForm, pensionForm } from '../support/intake';
import { makeTestApp, setUpOffice, SUPERVISOR, type TestApp } from '../support/services';

let app: TestApp;
const BINH = { fullName: 'Trần Văn Bình', username: 'binhtv', password: 'mat-khau-9' };
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-03-02', 9, 0));
  await setUpOffice(app);
});
afterEach(() => app.close());

async function signInAs(who: { username: string; password: string }) {
  await app.ok('session.signOut', {});
  await app.ok('session.signIn', { username: who.username, password: who.password });
}

/** A dossier accepted and its result back, ready to hand over. */
async function resultReady(personalId = '045186001234') {
  const form = cardReissueForm();
  const accepted = await app.ok('intake.accept', { form: { ...form, applicant: { ...form.applicant, personalId } as typeof form.applicant } });
  await app.ok('queue.receiveResult', { dossierId: accepted.dossierId, resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }] });
  return accepted.dossierId;
}

describe('papers of a dossier', () => {
  it('records an optional paper not ticked as "Không áp dụng", a required one as missing', async () => {
    const form = pensionForm();
    const { dossierId } = await app.ok('intake.issueGuidance', { form: { ...form, components: [] }, reason: 'Thiếu sổ BHXH' });
    const { components } = await app.ok('dossiers.get', { dossierId });
    expect(components.map((c) => [c.key, c.status])).toEqual([
      ['so-bhxh', 'missing'],
      ['tra-cuu-so-bhxh-dien-tu', 'missing'],
      ['14-hsb', 'missing'],
      ['quyet-dinh-nghi-viec', 'missing'],
      ['bien-ban-gdyk', 'not_needed'],
    ]);
  });
});

describe('returns', () => {
  it('refuses a counter return without "người nhận đã ký nhận", next to the box', async () => {
    const dossierId = await resultReady();
    const unsigned = await app.call('queue.returnResult', { dossierId, delivery: { method: 'counter', collector: { kind: 'applicant' }, signatureNoted: false } });
    expect(unsigned).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'delivery.signatureNoted', message: expect.stringContaining('ký nhận') } });
    expect((await app.ok('dossiers.get', { dossierId })).state).toBe('result_ready');
  });
});

describe('drafts at the end of the day', () => {
  it('names each draft by applicant and procedure; a clerk discards only their own, a supervisor any', async () => {
    const content = JSON.stringify({ state: {}, applicantName: 'Lê Thị Hoa', procedureName: 'Cấp lại thẻ BHYT' });
    const { draftId } = await app.ok('intake.saveDraft', { content });
    const status = await app.ok('endOfDay.status', {});
    expect(status.openItems.drafts).toEqual([expect.objectContaining({ draftId, applicantName: 'Lê Thị Hoa', procedureName: 'Cấp lại thẻ BHYT', clerkName: SUPERVISOR.fullName })]);
    await app.ok('clerks.add', { ...BINH, role: 'clerk' });
    await signInAs(BINH);
    expect(await app.call('intake.discardDraft', { draftId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await signInAs(SUPERVISOR);
    await app.ok('intake.discardDraft', { draftId });
    expect((await app.ok('endOfDay.status', {})).openItems.drafts).toEqual([]);
  });
});

describe('own figures only', () => {
  async function twoClerksRated() {
    const binh = (await app.ok('clerks.add', { ...BINH, role: 'clerk' })).clerk.id;
    const supervisor = (await app.ok('app.status', {})).clerk?.id as number;
    const rateOnTheSpot = async (personalId: string, level: number) => {
      const form = cardReissueForm();
      const done = await app.ok('intake.resolveOnTheSpot', { form: { ...form, applicant: { ...form.applicant, personalId } as typeof form.applicant }, resultNumber: 'HC4', receiverName: 'Nguyễn Thị Minh Khai' });
      await app.ok('satisfaction.rate', { dossierId: done.dossierId, procedureQuality: level, staffAttitude: level, resultQuality: level });
    };
    await rateOnTheSpot('045186001230', 5);
    await signInAs(BINH);
    await rateOnTheSpot('045186001231', 2);
    return { binh, supervisor };
  }

  it('gives the satisfaction figures per clerk', async () => {
    const { binh } = await twoClerksRated();
    const stats = await app.ok('satisfaction.stats', { from: '2026-03-02', to: '2026-03-02' });
    expect(stats.count).toBe(2);
    expect(stats.byClerk.map((c) => [c.name, c.count, c.factors[0]?.average])).toEqual([
      [SUPERVISOR.fullName, 1, 5],
      [BINH.fullName, 1, 2],
    ]);
    expect(stats.byClerk.find((c) => c.clerkId === binh)?.satisfiedShare).toBe(0);
  });

  it('with the supervisor setting on, a clerk gets only their own report and figures; the supervisor still sees all', async () => {
    const { binh, supervisor } = await twoClerksRated();
    const period = { kind: 'day' as const };
    expect((await app.ok('reports.build', { period })).byClerk).toHaveLength(2);
    await signInAs(SUPERVISOR);
    await app.ok('reports.updateSettings', { ownFiguresOnly: true });
    expect((await app.ok('reports.build', { period })).byClerk).toHaveLength(2);
    await signInAs(BINH);
    const own = await app.ok('reports.build', { period });
    expect(own.clerk).toEqual({ clerkId: binh, name: BINH.fullName });
    expect(own.byClerk.map((c) => c.clerkId)).toEqual([binh]);
    expect(own.totals.counts.onTheSpot).toBe(1);
    expect(await app.call('reports.build', { period, clerkId: supervisor })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const stats = await app.ok('satisfaction.stats', { from: '2026-03-02', to: '2026-03-02' });
    expect([stats.count, stats.byClerk.map((c) => c.clerkId)]).toEqual([1, [binh]]);
    expect(await app.call('reports.updateSettings', { ownFiguresOnly: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the office phone printed on the papers', () => {
  it('is refused at setup when it is no Vietnamese number (a tester typed "abc")', async () => {
    const fresh = makeTestApp();
    try {
      const office = { parentAgency: 'Bảo hiểm xã hội tỉnh Quảng Trị', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', counterNumber: 3 };
      const clerk = { fullName: 'Nguyễn Thị Thu Hương', username: 'huongntt', password: 'mat-khau-8' };
      expect(await fresh.call('setup.complete', { office: { ...office, phone: 'abc' }, clerk })).toMatchObject({
        ok: false,
        error: { issues: [{ field: 'office.phone', message: expect.stringContaining('Số điện thoại') }] },
      });
      expect(await fresh.call('setup.complete', { office: { ...office, phone: '0233 3851 234' }, clerk })).toMatchObject({ ok: true });
    } finally {
      fresh.close();
    }
  });
});
