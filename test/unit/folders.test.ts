// Every folder a supervisor types (print output, backups, scanner, sending)
// goes through one rule: a full path, normalised, with no ".." and no control
// character — and a folder stored before the rule is not used.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normaliseFolder } from '../../src-main/settings/folders';
import { vnInstant } from '../../src-main/shared/time';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

describe('the folder rule', () => {
  it('refuses relative paths, ".." segments and control characters, on POSIX and on Windows', () => {
    for (const flavour of [path.posix, path.win32]) {
      expect(normaliseFolder('relative/../../escaped-out', flavour)).toEqual({ problem: 'parentSegment' });
      expect(normaliseFolder('SaoLuu', flavour)).toEqual({ problem: 'notAbsolute' });
      expect(normaliseFolder('/srv/mot-cua/../../etc', flavour)).toEqual({ problem: 'parentSegment' });
      expect(normaliseFolder('D:\\MotCua\\..\\..\\Windows', flavour)).toEqual({ problem: 'parentSegment' });
      expect(normaliseFolder('/srv/mot\u0000cua', flavour)).toEqual({ problem: 'controlCharacter' });
      expect(normaliseFolder('/srv/mot\ncua', flavour)).toEqual({ problem: 'controlCharacter' });
      expect(normaliseFolder('', flavour)).toEqual({ folder: '' });
    }
    expect(normaliseFolder('D:\\SaoLuu', path.posix)).toEqual({ problem: 'notAbsolute' });
    expect(normaliseFolder('\\SaoLuu', path.win32)).toEqual({ problem: 'notAbsolute' });
  });

  it('gives the folder resolved: no "." segment, no doubled or trailing separator', () => {
    expect(normaliseFolder('/srv/./mot-cua//in/', path.posix)).toEqual({ folder: '/srv/mot-cua/in' });
    expect(normaliseFolder('D:/MotCua/./BanIn/', path.win32)).toEqual({ folder: 'D:\\MotCua\\BanIn' });
    expect(normaliseFolder('\\\\may-chu\\chia-se\\SaoLuu', path.win32)).toEqual({ folder: '\\\\may-chu\\chia-se\\SaoLuu' });
  });
});

describe('every folder setting', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = makeTestApp(vnInstant('2026-03-02', 9, 0));
    await setUpOffice(app);
  });
  afterEach(() => app.close());

  const ESCAPE = 'relative/../../escaped-out';
  const printing = (outputFolder: string) => ({ printerName: '', paper: 'A4' as const, copies: 1, outputFolder, formSet: '2025' as const });
  const backup = (folder: string) => ({ folder, keep: 14, dailyTime: '17:30' });
  const scanner = (scannerFolder: string) => ({ acceptedKinds: ['pdf' as const], maxMegabytes: 25, scannerFolder });
  const sending = (folder: string) => ({ destination: 'folder' as const, folder, url: '' });

  it(`refuses "${ESCAPE}" with a Vietnamese message on the field, and keeps the setting as it was`, async () => {
    const refused = { ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('không được có ".."') } };
    expect(await app.call('documents.updatePrintingSettings', printing(ESCAPE))).toMatchObject({ ...refused, error: { ...refused.error, field: 'outputFolder', message: expect.stringContaining('thư mục lưu PDF') } });
    expect(await app.call('backup.updateSettings', backup(ESCAPE))).toMatchObject({ ...refused, error: { ...refused.error, field: 'folder', message: expect.stringContaining('thư mục sao lưu') } });
    expect(await app.call('attachments.updateSettings', scanner(ESCAPE))).toMatchObject({ ...refused, error: { ...refused.error, field: 'scannerFolder', message: expect.stringContaining('thư mục máy quét') } });
    expect(await app.call('endOfDay.updateSendingSettings', sending(ESCAPE))).toMatchObject({ ...refused, error: { ...refused.error, field: 'folder', message: expect.stringContaining('thư mục nhận') } });

    expect((await app.ok('documents.printingSettings', {})).outputFolder).toBe('');
    expect((await app.ok('backup.list', {})).settings.folder).toBe('');
    expect((await app.ok('attachments.settings', {})).scannerFolder).toBe('');
    expect((await app.ok('endOfDay.sendingSettings', {})).destination).toBe('none');
  });

  it('refuses a relative folder and an absolute one climbing out with ".."', async () => {
    const climbing = path.join(app.dataDir, 'a') + '/../../escaped-out';
    const cases: [folder: string, message: string][] = [
      ['may-in', 'đường dẫn đầy đủ'],
      [climbing, '".."'],
    ];
    for (const [folder, message] of cases) {
      const error = { code: 'INVALID_INPUT', message: expect.stringContaining(message) };
      expect(await app.call('documents.updatePrintingSettings', printing(folder))).toMatchObject({ ok: false, error });
      expect(await app.call('backup.updateSettings', backup(folder))).toMatchObject({ ok: false, error });
      expect(await app.call('attachments.updateSettings', scanner(folder))).toMatchObject({ ok: false, error });
      expect(await app.call('endOfDay.updateSendingSettings', sending(folder))).toMatchObject({ ok: false, error });
    }
  });

  it('saves a full folder normalised', async () => {
    const typed = `${app.dataDir}/./may-quet//`;
    const clean = path.join(app.dataDir, 'may-quet');
    expect((await app.ok('documents.updatePrintingSettings', printing(typed))).outputFolder).toBe(clean);
    expect((await app.ok('backup.updateSettings', backup(typed))).folder).toBe(clean);
    expect((await app.ok('attachments.updateSettings', scanner(typed))).scannerFolder).toBe(clean);
    expect((await app.ok('endOfDay.updateSendingSettings', sending(typed))).folder).toBe(clean);
  });

  it('prints into the data folder when the stored output folder breaks the rule (saved before it existed)', async () => {
    app.services.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('documents.outputFolder', ?)").run(JSON.stringify(ESCAPE));
    expect((await app.ok('documents.printingSettings', {})).outputFolder).toBe('');
    const { documentId } = await app.ok('documents.sample', {});
    const outcome = await app.ok('documents.print', { documentId });
    expect(outcome.savedTo?.startsWith(path.join(app.dataDir, 'printed') + path.sep)).toBe(true);
  });
});
