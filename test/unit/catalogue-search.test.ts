import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src-main/catalogue/search';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

let app: TestApp;
beforeEach(() => {
  app = makeTestApp();
});
afterEach(() => app.close());

const ids = (query: string) => app.services.catalogue.search(query).map((r) => r.procedureId);
const names = (query: string) => app.services.catalogue.search(query).map((r) => r.name);

describe('searching the catalogue as a clerk types', () => {
  it('finds "Đổi thẻ BHYT" first for "doi the"', () => {
    expect(names('doi the')[0]).toMatch(/^Đổi thẻ BHYT/);
  });

  it('ignores case and diacritics, đ typed as d included', () => {
    const results = names('dang ky');
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results[0]).toMatch(/^Đăng ký/);
    expect(ids('DANG KY')).toEqual(ids('dang ky'));
    expect(ids('Đăng Ký')).toEqual(ids('dang ky'));
    expect(ids('đang ky')).toEqual(ids('dang ky'));
  });

  it('matches word prefixes in any order', () => {
    expect(ids('cap lai the bhyt')[0]).toBe('cap-lai-the-bhyt');
    expect(ids('bhyt the lai cap')).toContain('cap-lai-the-bhyt');
    expect(ids('luon huu')).toContain('huong-luong-huu');
    expect(ids('tuat tu')).toEqual(['huong-che-do-tu-tuat']);
    expect(ids('thanh toan truc tiep')[0]).toBe('thanh-toan-truc-tiep-kcb');
  });

  it('matches form codes of the components and the procedure code', async () => {
    expect(ids('tk3')).toEqual(['dang-ky-dong-bhxh-bat-buoc']);
    expect(ids('14-HSB')).toEqual(expect.arrayContaining(['huong-luong-huu', 'huong-bhxh-mot-lan']));
    // Typed without the dash, as clerks often do.
    expect(ids('14hsb')).toEqual(expect.arrayContaining(['huong-luong-huu', 'huong-bhxh-mot-lan']));
    expect(ids('13-hsb')[0]).toBe('uy-quyen-linh-thay');
    expect(ids('1.000123')).toEqual([]);
    await setUpOffice(app);
    await app.ok('catalogue.update', { procedureId: 'huong-tnld-bnn', changes: { code: '1.000123' }, changeNote: 'Bổ sung mã thủ tục' });
    expect(ids('1.000123')).toEqual(['huong-tnld-bnn']);
  });

  it('finds nothing for words that are in no procedure', () => {
    expect(ids('hộ chiếu')).toEqual([]);
  });

  it('puts the procedures this counter receives most first among equally good matches', () => {
    expect(ids('cap lai the bhyt').slice(0, 2)).toEqual(['cap-lai-the-bhyt', 'cap-lai-the-bhyt-nguoi-huong-luong-huu']);
    for (let i = 0; i < 3; i++) app.services.catalogue.recordUse('cap-lai-the-bhyt-nguoi-huong-luong-huu');
    expect(ids('cap lai the bhyt').slice(0, 2)).toEqual(['cap-lai-the-bhyt-nguoi-huong-luong-huu', 'cap-lai-the-bhyt']);
    expect(app.services.catalogue.search('')[0]?.procedureId).toBe('cap-lai-the-bhyt-nguoi-huong-luong-huu');
  });

  it('never lets usage push a worse match above a better one', () => {
    for (let i = 0; i < 50; i++) app.services.catalogue.recordUse('cap-lai-the-bhyt');
    expect(ids('doi the')[0]).toBe('doi-the-bhyt');
  });

  it('refuses to count a use of an unknown procedure', () => {
    expect(() => app.services.catalogue.recordUse('khong-co')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('no longer offers a procedure a supervisor has stopped', async () => {
    await setUpOffice(app);
    await app.ok('catalogue.update', { procedureId: 'doi-the-bhyt', changes: { active: false }, changeNote: 'Ngừng áp dụng' });
    expect(ids('doi the')).not.toContain('doi-the-bhyt');
    expect(app.services.catalogue.currentVersion('doi-the-bhyt')).toBeUndefined();
    expect(app.services.catalogue.list().find((p) => p.procedureId === 'doi-the-bhyt')?.active).toBe(false);
  });

  it('answers through the API for any signed-in clerk', async () => {
    expect(await app.call('catalogue.search', { query: 'doi the' })).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    await setUpOffice(app);
    const { results } = await app.ok('catalogue.search', { query: 'doi the', limit: 3 });
    expect(results.length).toBeLessThanOrEqual(3);
    expect(results[0]).toMatchObject({ procedureId: 'doi-the-bhyt', onTheSpot: true, timeLimitDays: 3 });
  });
});

describe('the search index alone', () => {
  it('ranks name start over a phrase inside over scattered words', () => {
    const summary = (procedureId: string, name: string) => ({ procedureId, versionId: 1, version: 1, code: null, name, field: 'bhyt' as const, timeLimitDays: 1, timeLimitUnit: 'working_days' as const, onTheSpot: false, usageCount: 0, active: true });
    const index = new SearchIndex([
      { summary: summary('scattered', 'Thẻ mới do đổi nơi'), formCodes: [], everydayNames: [] },
      { summary: summary('inside', 'Cấp và đổi thẻ'), formCodes: [], everydayNames: [] },
      { summary: summary('start', 'Đổi thẻ'), formCodes: [], everydayNames: [] },
      { summary: summary('form', 'Khác hẳn'), formCodes: ['DOI-THE'], everydayNames: [] },
    ]);
    expect(index.search('doi the', 10).map((r) => r.procedureId)).toEqual(['start', 'inside', 'scattered', 'form']);
  });
});

describe('what citizens say (resources/catalogue/everyday-words.json)', () => {
  it('finds the procedure by its everyday names', () => {
    expect(ids('rut bhxh 1 lan')[0]).toBe('huong-bhxh-mot-lan');
    expect(ids('lam lai the bhyt')[0]).toBe('cap-lai-the-bhyt');
    expect(ids('mat the')[0]).toBe('cap-lai-the-bhyt');
    expect(ids('linh thay')[0]).toBe('uy-quyen-linh-thay');
    expect(ids('ve huu')[0]).toBe('huong-luong-huu');
  });

  it('takes an edited list from the data folder instead of the shipped one', () => {
    writeFileSync(join(app.dataDir, 'everyday-words.json'), JSON.stringify({ format: 'mot-cua-desk/everyday-words', version: 1, words: { 'cap-lai-so-bhxh': ['sổ bị chó gặm'] } }));
    expect(ids('so bi cho gam')).toEqual(['cap-lai-so-bhxh']);
    expect(ids('rut bhxh 1 lan')).toEqual([]);
  });
});
