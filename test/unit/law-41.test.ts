// @runs: test
// The legal values of the shipped catalogue (Social Insurance Law 41/2024/QH15, in force 01/07/2025;
// REFERENCE §0.1), each named with its article, and what the counter promises from them.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCatalogueFile } from '../../src-main/catalogue/file';
import { shippedCatalogueFile, shippedEditionSetting } from '../../src-main/catalogue/seed';
import { createServices } from '../../src-main/services';
import { vnInstant } from '../../src-main/shared/time';
import { pensionForm } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

const shipped = parseCatalogueFile(readFileSync(shippedCatalogueFile() as string, 'utf8'));
const procedures = shipped.ok ? shipped.file.procedures : [];
const procedure = (id: string) => {
  const found = procedures.find((p) => p.id === id);
  if (!found) throw new Error(`${id} not shipped`);
  return found;
};

describe('the Law 41/2024 catalogue (effective 01/07/2025)', () => {
  it('is one edition, effective 01/07/2025', () => {
    expect(shipped.ok && shipped.file.effectiveFrom).toBe('2025-07-01');
  });

  it('lump sum: 7 working days, Law 41/2024 Art. 79.3', () => {
    expect(procedure('huong-bhxh-mot-lan')).toMatchObject({ timeLimitDays: 7, timeLimitUnit: 'working_days', legalBasis: expect.stringContaining('Điều 79 khoản 3') });
  });

  it('survivors: 10 working days, Law 41/2024 Art. 91.3', () => {
    expect(procedure('huong-che-do-tu-tuat')).toMatchObject({ timeLimitDays: 10, timeLimitUnit: 'working_days', legalBasis: expect.stringContaining('Điều 91 khoản 3') });
  });

  it('monthly allowance for people short of a pension: 5 working days, Law 41/2024 Arts 23–24', () => {
    expect(procedure('tro-cap-hang-thang-chua-du-dieu-kien')).toMatchObject({ timeLimitDays: 5, timeLimitUnit: 'working_days', legalBasis: expect.stringContaining('Điều 23 và Điều 24') });
  });

  it('pension: 20 days not counting public holidays and Tết, Law 41/2024 Art. 79.3', () => {
    expect(procedure('huong-luong-huu')).toMatchObject({ timeLimitDays: 20, timeLimitUnit: 'days_excluding_holidays', legalBasis: expect.stringContaining('Điều 79 khoản 3') });
  });

  it('pension dossier: the termination paper or the written request is required, Law 41/2024 Art. 77', () => {
    const p = procedure('huong-luong-huu');
    expect(p.legalBasis).toContain('Điều 77');
    const group = p.components.filter((c) => c.group === 'cham-dut-hoac-de-nghi');
    expect(group.map((c) => [c.key, c.required])).toEqual([
      ['14-hsb', true],
      ['quyet-dinh-nghi-viec', true],
    ]);
  });

  it('benefit dossiers take the paper book or a look-up of the electronic one, Law 41/2024 Art. 25.2', () => {
    for (const id of ['huong-luong-huu', 'huong-bhxh-mot-lan', 'huong-che-do-tu-tuat', 'huong-tnld-bnn']) {
      expect(procedure(id).components.filter((c) => c.group === 'so-bhxh').map((c) => c.key), id).toEqual(['so-bhxh', 'tra-cuu-so-bhxh-dien-tu']);
    }
  });

  it('maternity benefit for voluntary social insurance: 5 working days, Law 41/2024 Arts 94–97', () => {
    const p = procedure('huong-thai-san-bhxh-tu-nguyen');
    expect(p).toMatchObject({ timeLimitDays: 5, timeLimitUnit: 'working_days', field: 'che_do_bhxh', legalBasis: expect.stringContaining('Điều 94 đến Điều 97') });
    expect(new Set(p.components.map((c) => c.group))).toEqual(new Set(['giay-to-sinh-con']));
  });

  it('occupational accident and disease: Law 84/2015/QH13, as Law 41/2024 Art. 4.2.đ says', () => {
    expect(procedure('huong-tnld-bnn').legalBasis).toMatch(/84\/2015\/QH13.*Điều 4 khoản 2 điểm đ/);
  });

  it('health card re-issue with no changed data: within the day, QĐ 595/QĐ-BHXH (from 01/01/2019)', () => {
    for (const id of ['cap-lai-the-bhyt', 'cap-lai-the-bhyt-nguoi-huong-luong-huu']) {
      expect(procedure(id), id).toMatchObject({ timeLimitDays: 0, timeLimitUnit: 'same_day', onTheSpot: true, legalBasis: expect.stringContaining('595/QĐ-BHXH') });
    }
  });

  it('health card exchange or re-issue with changed data: 3 working days, QĐ 896/QĐ-BHXH', () => {
    expect(procedure('doi-the-bhyt')).toMatchObject({ timeLimitDays: 3, timeLimitUnit: 'working_days', legalBasis: expect.stringContaining('896/QĐ-BHXH') });
  });

  it('direct reimbursement of medical costs: 40 calendar days, Health Insurance Law Art. 31 [verify]', () => {
    expect(procedure('thanh-toan-truc-tiep-kcb')).toMatchObject({ timeLimitDays: 40, timeLimitUnit: 'calendar_days' });
  });
});

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-03-02', 10, 0)); // Monday
  await setUpOffice(app);
});
afterEach(() => app.close());

describe('what the counter promises under Law 41/2024', () => {
  it('a lump sum received Mon 02/03/2026 is due Wed 11/03/2026 (7 working days, Art. 79.3)', async () => {
    const form = { ...pensionForm(), procedureId: 'huong-bhxh-mot-lan', components: [{ key: 'so-bhxh', status: 'received' as const }, { key: '14-hsb', status: 'received' as const }] };
    expect((await app.ok('intake.accept', { form })).dueAt).toBe('2026-03-11T10:00:00+07:00');
  });

  it('a pension received Mon 02/03/2026 counts to Sun 22/03, a day off, so it is due Mon 23/03/2026 (Art. 79.3)', async () => {
    const accepted = await app.ok('intake.accept', { form: pensionForm() });
    expect(accepted).toMatchObject({ timeLimitUnit: 'days_excluding_holidays', dueAt: '2026-03-23T10:00:00+07:00' });
    expect(await app.ok('dossiers.get', { dossierId: accepted.dossierId })).toMatchObject({ timeLimitDays: 20, timeLimitUnit: 'days_excluding_holidays' });
  });

  it('with the setting "as counted", the same pension is due Sun 22/03/2026', async () => {
    const rules = await app.ok('calendar.settings', {});
    await app.ok('calendar.updateSettings', { ...rules, dueOnDayOff: 'as_counted' });
    expect((await app.ok('intake.accept', { form: pensionForm() })).dueAt).toBe('2026-03-22T10:00:00+07:00');
  });

  it('a dossier received under the old catalogue keeps its version and unit', async () => {
    await app.ok('catalogue.update', { procedureId: 'huong-luong-huu', changes: { timeLimitDays: 30, timeLimitUnit: 'working_days' }, changeNote: 'Thử' });
    const accepted = await app.ok('intake.accept', { form: pensionForm() });
    await app.ok('catalogue.update', { procedureId: 'huong-luong-huu', changes: { timeLimitDays: 20, timeLimitUnit: 'days_excluding_holidays' }, changeNote: 'Thử' });
    expect(await app.ok('dossiers.get', { dossierId: accepted.dossierId })).toMatchObject({ timeLimitDays: 30, timeLimitUnit: 'working_days' });
  });
});

describe('"one of" component groups', () => {
  const pension = (received: string[]) => ({
    ...pensionForm(),
    components: ['so-bhxh', 'tra-cuu-so-bhxh-dien-tu', '14-hsb', 'quyet-dinh-nghi-viec', 'bien-ban-gdyk'].map((key) => ({
      key,
      status: received.includes(key) ? ('received' as const) : ('missing' as const),
    })),
  });

  it('a group is satisfied by any one member: the written request alone, the electronic book look-up alone', async () => {
    expect((await app.ok('intake.accept', { form: pension(['tra-cuu-so-bhxh-dien-tu', '14-hsb']) })).code).toMatch(/-3001$/);
    expect((await app.ok('intake.accept', { form: pension(['so-bhxh', 'quyet-dinh-nghi-viec']) })).code).toMatch(/-3002$/);
  });

  it('the dossier view shows the member not handed in as covered by the one received, not as missing', async () => {
    const { dossierId } = await app.ok('intake.accept', { form: pension(['tra-cuu-so-bhxh-dien-tu', '14-hsb']) });
    const components = (await app.ok('dossiers.get', { dossierId })).components;
    const book = components.find((c) => c.key === 'so-bhxh');
    expect(book).toMatchObject({ status: 'missing', coveredBy: expect.stringMatching(/tra cứu/i) });
    // A missing paper of no group is still missing.
    expect(components.find((c) => c.key === 'bien-ban-gdyk')).toMatchObject({ status: 'missing', coveredBy: null });
  });

  it('refuses to accept a pension without the termination paper or the written request, naming the group (Art. 77)', async () => {
    const refused = await app.call('intake.accept', { form: pension(['so-bhxh']) });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('một trong các giấy tờ: "Văn bản đề nghị hưởng lương hưu') },
    });
  });

  it('the guidance slip names the group once, and not the members of a group already satisfied', async () => {
    const guided = await app.ok('intake.issueGuidance', { form: pension(['so-bhxh']), reason: 'Thiếu giấy tờ chấm dứt hợp đồng' });
    const row = app.services.sqlite.prepare("SELECT inputs FROM documents WHERE kind = 'guidance' AND dossier_id = ?").get(guided.dossierId) as { inputs: string };
    const items = (JSON.parse(row.inputs) as { items?: { component: string }[]; model?: { items: { component: string }[] } });
    const list = (items.items ?? items.model?.items ?? []).map((i) => i.component);
    expect(list).toEqual([expect.stringMatching(/^Một trong các giấy tờ: Văn bản đề nghị hưởng lương hưu.* hoặc Quyết định nghỉ việc/), expect.stringMatching(/^Biên bản giám định/)]);
  });
});

describe('the catalogue file format with units and groups', () => {
  const file = (entry: Record<string, unknown>) =>
    JSON.stringify({ format: 'mot-cua-desk/catalogue', version: 1, procedures: [{ ...procedure('huong-bhxh-mot-lan'), code: '', ...entry }] }, null, 2);

  it('an old file without timeLimitUnit means working days', () => {
    const { timeLimitUnit: _unit, ...old } = procedure('huong-bhxh-mot-lan');
    const parsed = parseCatalogueFile(JSON.stringify({ format: 'mot-cua-desk/catalogue', version: 1, procedures: [{ ...old, code: '' }] }));
    expect(parsed.ok && parsed.file.procedures[0]?.timeLimitUnit).toBe('working_days');
  });

  it('refuses an unknown unit, "trong ngày" with days, and a group of one, each with its line and field', () => {
    const parsed = parseCatalogueFile(file({ timeLimitUnit: 'weeks' }));
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.field)).toEqual(['timeLimitUnit']);
    const sameDay = parseCatalogueFile(file({ timeLimitUnit: 'same_day', timeLimitDays: 2 }));
    expect(sameDay.ok ? [] : sameDay.issues.map((i) => i.text)).toEqual([expect.stringMatching(/^Dòng \d+, thủ tục 'huong-bhxh-mot-lan', trường timeLimitDays: phải là 0/)]);
    const lone = parseCatalogueFile(file({ components: [{ key: 'a', name: 'A', formCode: null, copyType: 'ban_chinh', count: 1, required: true, group: 'g' }] }));
    expect(lone.ok ? [] : lone.issues.map((i) => i.message)).toEqual(["nhóm 'g' phải có ít nhất 2 thành phần (một trong các giấy tờ)"]);
  });
});

describe('an existing database gets the Law 41/2024 edition once, as new versions', () => {
  it('a procedure that differs gets a new version effective 01/07/2025, keeping the office\'s code; the dossier keeps its version', async () => {
    await app.ok('catalogue.update', { procedureId: 'huong-bhxh-mot-lan', changes: { code: '1.000111', timeLimitDays: 10 }, changeNote: 'Trước Luật 41' });
    const old = app.services.catalogue.currentVersion('huong-bhxh-mot-lan');
    app.services.settings.set(shippedEditionSetting, '2019-01-01');
    const reopened = createServices({ dataDir: app.dataDir });
    try {
      const now = reopened.catalogue.currentVersion('huong-bhxh-mot-lan');
      expect(now).toMatchObject({ version: (old?.version ?? 0) + 1, code: '1.000111', timeLimitDays: 7, timeLimitUnit: 'working_days' });
      expect(reopened.catalogue.version(old?.versionId ?? 0)).toMatchObject({ timeLimitDays: 10 });
      expect(reopened.settings.get(shippedEditionSetting)).toBe('2025-07-01');
      const versions = reopened.catalogue.detail('huong-bhxh-mot-lan').versions;
      expect(versions[0]).toMatchObject({ validFrom: '2025-07-01', changeNote: 'Danh mục cài sẵn theo Luật Bảo hiểm xã hội số 41/2024/QH15 (hiệu lực 01/07/2025)' });
    } finally {
      reopened.close();
    }
  });
});
