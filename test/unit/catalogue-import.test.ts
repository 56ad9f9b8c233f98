import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJsonWithLines } from '../../src-main/catalogue/json-lines';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

const fixture = (name: string) => readFileSync(`test/fixtures/catalogue/${name}`, 'utf8');
const GOOD = fixture('good.json');
const BAD_ROW = fixture('bad-row.json');

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp();
  await setUpOffice(app);
});
afterEach(() => app.close());

function catalogueDump(): string {
  const { sqlite } = app.services;
  return JSON.stringify([sqlite.prepare('SELECT * FROM procedures ORDER BY id').all(), sqlite.prepare('SELECT * FROM procedure_versions ORDER BY id').all()]);
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('the line-aware JSON reader', () => {
  it('parses like JSON.parse and knows the line of every value', () => {
    const text = '{\n  "a": [\n    1,\n    { "b": "x\\ny" }\n  ],\n  "c": null\n}';
    const located = parseJsonWithLines(text);
    expect(located.value).toEqual(JSON.parse(text));
    expect(located.lineOf(['a', 0])).toBe(3);
    expect(located.lineOf(['a', 1, 'b'])).toBe(4);
    expect(located.lineOf(['c'])).toBe(6);
    expect(located.lineOf(['a', 1, 'missing'])).toBe(4);
  });

  it('reports where the syntax breaks', () => {
    expect(() => parseJsonWithLines('{\n  "a": 1,\n  "b": tru\n}')).toThrow(JsonSyntaxError);
    expect(() => parseJsonWithLines('{\n  "a": 1\n  "b": 2\n}')).toThrow(expect.objectContaining({ line: 3, column: 3 }));
  });

  it('keeps "__proto__" an ordinary key', () => {
    const { value } = parseJsonWithLines('{"__proto__": {"polluted": true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(value as object)).toEqual(['__proto__']);
  });
});

describe('importing a catalogue file', () => {
  it('refuses a file with one bad row, naming its line, procedure and field, and changes nothing', async () => {
    const before = catalogueDump();
    const report = await app.ok('catalogue.import', { text: BAD_ROW });
    expect(report.imported).toBe(false);
    if (report.imported) return;
    const line = lineOf(BAD_ROW, '"timeLimitDays": -1');
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ line, procedureId: 'doi-the-bhyt', field: 'timeLimitDays' });
    expect(report.issues[0]?.text).toBe(`Dòng ${line}, thủ tục 'doi-the-bhyt', trường timeLimitDays: phải là số nguyên ≥ 0 (số ngày làm việc, 0 = giải quyết ngay)`);
    expect(catalogueDump()).toBe(before);
  });

  it('lists every error of a file, each with its line, including missing, unknown and component fields', async () => {
    const file = JSON.parse(GOOD) as { procedures: Record<string, unknown>[] };
    const [first, second, third] = file.procedures as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    delete first.name;
    second.hanNop = 'thừa';
    (third.components as Record<string, unknown>[])[0]!.copyType = 'photo';
    file.procedures.push({ ...first, name: 'Trùng mã' });
    const text = JSON.stringify(file, null, 2);
    const before = catalogueDump();
    const report = await app.ok('catalogue.import', { text });
    if (report.imported) throw new Error('a bad file was imported');
    const texts = report.issues.map((i) => i.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Dòng \d+, thủ tục 'cap-lai-the-bhyt', trường name: thiếu trường bắt buộc$/),
        `Dòng ${lineOf(text, '"hanNop"')}, thủ tục 'doi-the-bhyt', trường hanNop: trường không được phép`,
        expect.stringMatching(/thủ tục 'cap-the-bhyt-nguoi-huong-tctn', trường components\[0\]\.copyType \(thành phần thứ 1 'danh-sach-tt-dvvl'\): phải là một trong/),
      ]),
    );
    expect(report.issues.every((i) => i.line !== null && i.line > 1)).toBe(true);
    expect(catalogueDump()).toBe(before);
  });

  it('refuses text that is not JSON, naming the line and column', async () => {
    const report = await app.ok('catalogue.import', { text: '{\n  "format": "mot-cua-desk/catalogue",\n  "version": 1\n  "procedures": []\n}' });
    expect(report).toEqual({ imported: false, issues: [expect.objectContaining({ line: 4, text: 'Dòng 4, cột 3: tệp không đúng cú pháp JSON' })] });
  });

  it('refuses another format or version of the file', async () => {
    const report = await app.ok('catalogue.import', { text: '{"format": "excel", "version": 2, "procedures": []}' });
    expect(report.imported ? [] : report.issues.map((i) => i.field)).toEqual(['format', 'version']);
  });

  it('makes a new version only for changed procedures, adds new ones, and keeps old versions intact', async () => {
    const oldVersion = app.services.catalogue.currentVersion('doi-the-bhyt');
    const untouched = app.services.catalogue.currentVersion('huong-luong-huu');
    const total = app.services.catalogue.list().length;

    expect(await app.ok('catalogue.import', { text: GOOD })).toEqual({ imported: true, added: 1, changed: 1, unchanged: total - 1 });

    const current = app.services.catalogue.currentVersion('doi-the-bhyt');
    expect(current).toMatchObject({ version: 2, timeLimitDays: 2 });
    expect(app.services.catalogue.version(oldVersion!.versionId)).toEqual(oldVersion);
    expect(app.services.catalogue.currentVersion('huong-luong-huu')).toEqual(untouched);
    expect(app.services.catalogue.currentVersion('cap-so-bhxh-lan-dau-thu-nghiem')).toMatchObject({ version: 1, code: '1.000999' });
    const { procedure } = await app.ok('catalogue.get', { procedureId: 'doi-the-bhyt' });
    expect(procedure.versions.map((v) => [v.version, v.createdBy, v.changeNote])).toEqual([
      [2, 'Nguyễn Thị Thu Hương', 'Cập nhật từ tệp danh mục'],
      [1, null, 'Danh mục cài sẵn'],
    ]);

    expect(await app.ok('catalogue.import', { text: GOOD })).toEqual({ imported: true, added: 0, changed: 0, unchanged: total + 1 });
    const actions = app.services.sqlite.prepare("SELECT action FROM audit_log WHERE action LIKE 'catalogue.%'").all();
    expect(actions).toHaveLength(2);
  });

  it('never edits a stored version in place', () => {
    expect(() => app.services.sqlite.prepare("UPDATE procedure_versions SET time_limit_days = 1 WHERE procedure_id = 'doi-the-bhyt'").run()).toThrow(/append-only/);
    expect(() => app.services.sqlite.prepare('DELETE FROM procedure_versions').run()).toThrow(/append-only/);
  });

  it('is for supervisors only', async () => {
    await app.ok('clerks.add', { fullName: 'Trần Văn Bình', username: 'binhtv', password: '12345678', role: 'clerk' });
    await app.ok('session.signOut', {});
    await app.ok('session.signIn', { username: 'binhtv', password: '12345678' });
    expect(await app.call('catalogue.import', { text: GOOD })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.call('catalogue.export', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.call('catalogue.update', { procedureId: 'doi-the-bhyt', changes: { timeLimitDays: 1 }, changeNote: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await app.ok('catalogue.list', {})).procedures.length).toBeGreaterThanOrEqual(25);
  });
});

describe('exporting the catalogue', () => {
  it('writes the current catalogue in the same format, which imports back unchanged', async () => {
    await app.ok('catalogue.update', { procedureId: 'huong-luong-huu', changes: { code: '2.000001', timeLimitDays: 15 }, changeNote: 'Thử' });
    const { fileName, text } = await app.ok('catalogue.export', {});
    expect(fileName).toBe('danh-muc-thu-tuc-2026-03-02.json');
    const file = JSON.parse(text) as { format: string; version: number; procedures: { id: string; code: string; timeLimitDays: number }[] };
    expect(file).toMatchObject({ format: 'mot-cua-desk/catalogue', version: 1 });
    expect(file.procedures.find((p) => p.id === 'huong-luong-huu')).toMatchObject({ code: '2.000001', timeLimitDays: 15 });
    const before = catalogueDump();
    const total = file.procedures.length;
    expect(await app.ok('catalogue.import', { text })).toEqual({ imported: true, added: 0, changed: 0, unchanged: total });
    expect(catalogueDump()).toBe(before);
    expect((await app.ok('catalogue.export', {})).text).toBe(text);
  });
});

describe('editing a procedure in the app', () => {
  it('creates a new version with the change note; dossiers keep the old one', async () => {
    const old = app.services.catalogue.currentVersion('doi-the-bhyt')!;
    const components = [...old.components, { key: 'the-cu', name: 'Thẻ BHYT cũ', formCode: null, copyType: 'ban_chinh' as const, count: 1, required: true }];
    const { version } = await app.ok('catalogue.update', { procedureId: 'doi-the-bhyt', changes: { timeLimitDays: 2, components }, changeNote: 'Thêm thẻ cũ' });
    expect(version).toMatchObject({ version: 2, timeLimitDays: 2, components: expect.arrayContaining([expect.objectContaining({ key: 'the-cu' })]) });
    expect(app.services.catalogue.version(old.versionId)).toEqual(old);
    expect(await app.call('catalogue.update', { procedureId: 'doi-the-bhyt', changes: { timeLimitDays: 2 }, changeNote: 'Không đổi' })).toMatchObject({
      ok: false,
      error: { code: 'CATALOGUE_UNCHANGED' },
    });
    expect(await app.call('catalogue.update', { procedureId: 'khong-co', changes: { timeLimitDays: 2 }, changeNote: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(() => app.services.catalogue.version(99_999)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('explains a wrong value next to its field', async () => {
    const result = await app.call('catalogue.update', { procedureId: 'doi-the-bhyt', changes: { timeLimitDays: -2 }, changeNote: 'Sai' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'changes.timeLimitDays', message: expect.stringContaining('số nguyên ≥ 0') } });
  });
});
