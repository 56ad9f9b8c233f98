import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vnInstant } from '../../src-main/shared/time';
import { cardReissueForm } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-03-02', 9, 0));
  await setUpOffice(app);
});
afterEach(() => app.close());

const count = () => (app.services.sqlite.prepare('SELECT COUNT(*) AS n FROM satisfaction_ratings').get() as { n: number }).n;

async function returned(personalId = '045186001234') {
  const form = cardReissueForm();
  return app.ok('intake.resolveOnTheSpot', { form: { ...form, applicant: { ...form.applicant, personalId } as typeof form.applicant }, resultNumber: `HC4${personalId}`, receiverName: 'Nguyễn Thị Minh Khai' });
}

describe('the citizen rates a returned dossier', () => {
  it('stores the three factors and the comment, linked to the dossier code', async () => {
    const dossier = await returned();
    const { rating } = await app.ok('satisfaction.rate', { dossierId: dossier.dossierId, procedureQuality: 5, staffAttitude: 4, resultQuality: 3, comment: '  Nhanh gọn  ' });
    expect(rating).toEqual({ dossierId: dossier.dossierId, dossierCode: dossier.code, procedureQuality: 5, staffAttitude: 4, resultQuality: 3, comment: 'Nhanh gọn', ratedAt: '2026-03-02T09:00:00+07:00' });
    expect((await app.ok('satisfaction.get', { dossierId: dossier.dossierId })).rating).toEqual(rating);
  });

  it('takes one rating per dossier: a second is refused and the first kept', async () => {
    const dossier = await returned();
    await app.ok('satisfaction.rate', { dossierId: dossier.dossierId, procedureQuality: 5, staffAttitude: 5, resultQuality: 5 });
    const second = await app.call('satisfaction.rate', { dossierId: dossier.dossierId, procedureQuality: 1, staffAttitude: 1, resultQuality: 1 });
    expect(second).toMatchObject({ ok: false, error: { code: 'SATISFACTION_ALREADY_RATED', message: expect.stringContaining('chỉ đánh giá một lần') } });
    expect((await app.ok('satisfaction.get', { dossierId: dossier.dossierId })).rating?.procedureQuality).toBe(5);
    expect(count()).toBe(1);
  });

  it('refuses levels outside 1–5 next to the factor, and a dossier whose result is not yet returned', async () => {
    const dossier = await returned();
    for (const bad of [0, 6, 3.5]) {
      const result = await app.call('satisfaction.rate', { dossierId: dossier.dossierId, procedureQuality: 4, staffAttitude: bad, resultQuality: 4 });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'staffAttitude', message: expect.stringContaining('1 (Rất không hài lòng) đến 5 (Rất hài lòng)') } });
    }
    const open = await app.ok('intake.accept', { form: cardReissueForm() });
    expect(await app.call('satisfaction.rate', { dossierId: open.dossierId, procedureQuality: 4, staffAttitude: 4, resultQuality: 4 })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Chỉ đánh giá khi đã trả kết quả hồ sơ.' } });
    expect(count()).toBe(0);
  });
});

describe('figures over a period', () => {
  it('gives the average per factor, the count and the share of "Hài lòng" or better, by day of rating', async () => {
    const levels = [
      [5, 5, 4],
      [4, 3, 5],
      [2, 4, 1],
    ];
    for (const [i, [p, s, r]] of levels.entries()) {
      app.at(vnInstant(`2026-03-0${2 + i}`, 10, 0));
      const dossier = await returned(`04518600123${i}`);
      await app.ok('satisfaction.rate', { dossierId: dossier.dossierId, procedureQuality: p as number, staffAttitude: s as number, resultQuality: r as number });
    }
    const stats = await app.ok('satisfaction.stats', { from: '2026-03-02', to: '2026-03-04' });
    expect(stats.count).toBe(3);
    expect(stats.factors).toEqual([
      { factor: 'procedureQuality', name: 'Chất lượng thủ tục', average: 3.667, satisfiedShare: 0.667 },
      { factor: 'staffAttitude', name: 'Thái độ phục vụ của cán bộ', average: 4, satisfiedShare: 0.667 },
      { factor: 'resultQuality', name: 'Kết quả giải quyết', average: 3.333, satisfiedShare: 0.667 },
    ]);
    expect(stats.satisfiedShare).toBe(0.667);
    expect((await app.ok('satisfaction.stats', { from: '2026-03-03', to: '2026-03-03' })).factors[0]).toMatchObject({ average: 4, satisfiedShare: 1 });
    expect(await app.ok('satisfaction.stats', { from: '2026-04-01', to: '2026-04-30' })).toMatchObject({ count: 0, satisfiedShare: null });
    expect(await app.call('satisfaction.stats', { from: '2026-03-05', to: '2026-03-01' })).toMatchObject({ ok: false, error: { field: 'to', message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.' } });
  });
});
