// A full disk is told to the clerk as such (DISK_FULL, naming the folder), and
// nothing is half-written. SQLite's SQLITE_FULL is real: the test database may
// not grow (PRAGMA max_page_count). Node's ENOSPC is injected: node:fs is
// mocked so that writeFileSync under one chosen folder throws it, as a full
// drive would; every other write goes to the real file system.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../src-main/api/kit';
import { asDiskFull, isDiskFull } from '../../src-main/services/disk-full';
import { vnInstant } from '../../src-main/shared/time';
import { cardReissueForm } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

const full = vi.hoisted(() => ({ folder: null as string | null }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const writeFileSync = (...args: Parameters<typeof actual.writeFileSync>) => {
    const [file] = args;
    if (full.folder && typeof file === 'string' && file.startsWith(full.folder)) {
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    }
    return actual.writeFileSync(...args);
  };
  return { ...actual, default: { ...actual, writeFileSync }, writeFileSync };
});

let app: TestApp;
beforeEach(async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // the intake's "paper failed" log
  app = makeTestApp(vnInstant('2026-03-02', 9, 0));
  await setUpOffice(app);
});
afterEach(() => {
  full.folder = null;
  vi.restoreAllMocks();
  app.close();
});

const diskFull = (kind: string, folder: string) => ({ ok: false, error: { code: 'DISK_FULL', message: expect.stringMatching(new RegExp(`^Ổ đĩa chứa ${kind} \\(${escape(folder)}\\) đã đầy`)) } });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every row of every table, to show that a refused action changed nothing. */
function snapshot(): string {
  const db = app.services.sqlite;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t}"`).all()));
}

describe('the data folder (SQLITE_FULL)', () => {
  it('refuses an intake whose commit does not fit with DISK_FULL naming the data folder, and changes nothing', async () => {
    const db = app.services.sqlite;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    // The first intakes still fit in the pages' free room (their receipts, bigger, do not); the commit that needs a new page is refused.
    let before = snapshot();
    let result = await app.call('intake.accept', { form: cardReissueForm() });
    for (let attempt = 0; result.ok && attempt < 500; attempt++) {
      before = snapshot();
      result = await app.call('intake.accept', { form: cardReissueForm() });
    }
    expect(result).toEqual({ ok: false, error: { code: 'DISK_FULL', message: expect.stringContaining(`thư mục dữ liệu (${app.dataDir})`) } });
    expect(snapshot()).toBe(before);

    db.pragma('max_page_count = 1073741823');
    const dossiers = db.prepare('SELECT count(*) FROM dossiers').pluck().get() as number;
    const accepted = await app.ok('intake.accept', { form: cardReissueForm() });
    expect(accepted.code).toBe(`000.00.15.H27-260302-${3001 + dossiers}`);
  });

  it('keeps a committed intake and says why its receipt was not printed when the receipt does not fit', async () => {
    const db = app.services.sqlite;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const result = await app.ok('intake.accept', { form: cardReissueForm() });
    expect(result.documentId).toBeNull();
    expect(result.printMessage).toContain(`Ổ đĩa chứa thư mục dữ liệu (${app.dataDir}) đã đầy`);
    expect(db.prepare('SELECT count(*) FROM dossiers').pluck().get()).toBe(1);
  });
});

describe('files outside the database (ENOSPC)', () => {
  it('printing: the PDF write is refused naming the output folder; an intake is kept and says so', async () => {
    const folder = join(app.dataDir, 'Văn bản đã in');
    await app.ok('documents.updatePrintingSettings', { printerName: '', paper: 'A4', copies: 1, outputFolder: folder, formSet: '2025' });
    const { documentId } = await app.ok('documents.sample', {});
    full.folder = folder;
    expect(await app.call('documents.print', { documentId })).toEqual(diskFull('thư mục lưu PDF', folder));

    const accepted = await app.ok('intake.accept', { form: cardReissueForm() });
    expect(accepted.printMessage).toContain(`Ổ đĩa chứa thư mục lưu PDF (${folder}) đã đầy`);
    expect(await app.ok('dossiers.get', { dossierId: accepted.dossierId })).toMatchObject({ state: 'received' });
  });

  it('backup: refused naming the backup folder, with no half-written backup left', async () => {
    const folder = join(app.dataDir, 'backups');
    full.folder = folder;
    expect(await app.call('backup.run', {})).toEqual(diskFull('thư mục sao lưu', folder));
    full.folder = null;
    expect((await app.ok('backup.list', {})).backups).toEqual([]);
    expect((await app.ok('backup.run', {})).state).toBe('ok');
  });

  it('export: the day\'s package is refused naming the export folder, and nothing is queued', async () => {
    await app.ok('intake.accept', { form: cardReissueForm() });
    app.at(vnInstant('2026-03-02', 17, 0));
    await app.ok('endOfDay.close', { date: '2026-03-02', confirmOpenItems: true });
    const folder = join(app.dataDir, 'exports');
    full.folder = folder;
    expect(await app.call('endOfDay.export', { date: '2026-03-02' })).toEqual(diskFull('thư mục gói dữ liệu cuối ngày', folder));
    expect((await app.ok('endOfDay.outbox', {})).items).toEqual([]);
    full.folder = null;
    expect((await app.ok('endOfDay.export', { date: '2026-03-02' })).revision).toBe(1);
  });

  it('sending to a folder: the failed attempt records that the folder\'s disk is full', async () => {
    const usb = join(app.dataDir, 'usb');
    mkdirSync(usb);
    await app.ok('endOfDay.updateSendingSettings', { destination: 'folder', folder: usb, url: '' });
    app.at(vnInstant('2026-03-02', 17, 0));
    await app.ok('endOfDay.close', { date: '2026-03-02', confirmOpenItems: true });
    full.folder = usb;
    await app.ok('endOfDay.export', { date: '2026-03-02' });
    const pass = await app.ok('endOfDay.sendNow', {});
    expect(pass).toMatchObject({ attempted: 1, failed: 1 });
    expect(pass.items[0]?.lastError).toMatch(new RegExp(`^Ổ đĩa chứa thư mục nhận gói dữ liệu \\(${escape(usb)}\\) đã đầy`));
  });

  it('reports: the saved copy is refused naming the reports folder', async () => {
    const folder = join(app.dataDir, 'reports');
    full.folder = folder;
    expect(await app.call('reports.export', { period: { kind: 'month', month: '2026-03' }, format: 'xlsx' })).toEqual(diskFull('thư mục báo cáo', folder));
  });
});

describe('the mapping', () => {
  it('knows SQLITE_FULL, ENOSPC and EDQUOT, also as the cause of another error, and passes every other failure through', () => {
    const coded = (code: string) => Object.assign(new Error(code), { code });
    for (const code of ['SQLITE_FULL', 'ENOSPC', 'EDQUOT']) expect(isDiskFull(coded(code))).toBe(true);
    expect(isDiskFull(new Error('wrapped', { cause: coded('ENOSPC') }))).toBe(true);
    for (const other of [coded('EACCES'), coded('SQLITE_BUSY'), new Error('disk full'), 'ENOSPC', null]) expect(isDiskFull(other)).toBe(false);

    const mapped = asDiskFull(coded('EDQUOT'), 'backup', 'E:\\SaoLuu');
    expect(mapped).toBeInstanceOf(DomainError);
    expect(mapped).toMatchObject({ code: 'DISK_FULL', message: expect.stringContaining('thư mục sao lưu (E:\\SaoLuu)') });
    const other = coded('EACCES');
    expect(asDiskFull(other, 'backup', 'E:\\SaoLuu')).toBe(other);
  });
});
