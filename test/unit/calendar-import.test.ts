// @runs: test
// Importing a year's official schedule: all or nothing, errors with line and field, the open
// dossiers it would move shown before, appointments already given never moved.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vnInstant } from '../../src-main/shared/time';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

const SCHEDULE = readFileSync(join(__dirname, '../fixtures/calendar/2027.json'), 'utf8');

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-11-23', 9, 0));
  await setUpOffice(app);
});
afterEach(() => app.close());

function insertDossier(code: string, receivedAt: string, days: number, dueDate: string) {
  const sqlite = app.services.sqlite;
  sqlite.pragma('foreign_keys = OFF');
  sqlite
    .prepare(
      `INSERT INTO dossiers (code, procedure_version_id, applicant_id, channel, result_delivery, state, counter, responsible_clerk_id,
        submitted_at, received_at, time_limit_days, due_date, due_at, calendar_version, created_at, updated_at)
       VALUES (?, 1, 1, 'counter', 'counter', 'received', 3, 1, ?, ?, ?, ?, ?, 2, ?, ?)`,
    )
    .run(code, receivedAt, receivedAt, days, dueDate, `${dueDate}T09:00:00+07:00`, receivedAt, receivedAt);
  sqlite.pragma('foreign_keys = ON');
}

describe('importing the year\'s official schedule', () => {
  it('previews the open dossiers it would move, then imports the year as official, confirmed, one new version', async () => {
    insertDossier('000.00.15.H27-270203-0001', '2027-02-03T09:00:00+07:00', 1, '2027-02-04');
    const preview = await app.ok('calendar.previewImport', { text: SCHEDULE });
    expect(preview).toMatchObject({ valid: true, year: 2027, dayCount: 17, affected: [{ code: '000.00.15.H27-270203-0001', storedDueDate: '2027-02-04', dueDateNow: '2027-02-12' }] });
    expect(app.services.calendar.version()).toBe(2);
    expect(app.services.calendar.isWorkingDay('2027-02-04')).toBe(true);

    const imported = await app.ok('calendar.import', { text: SCHEDULE });
    expect(imported).toMatchObject({ imported: true, year: 2027, version: 3, affected: [{ code: '000.00.15.H27-270203-0001', dueDateNow: '2027-02-12' }] });
    const cal = app.services.calendar;
    expect(cal.isWorkingDay('2027-02-04')).toBe(false);
    expect(cal.isWorkingDay('2027-02-20')).toBe(true);
    expect(cal.isWorkingDay('2027-09-01')).toBe(true);
    expect(cal.isWorkingDay('2027-09-03')).toBe(false);
    const year = await app.ok('calendar.get', { year: 2027, month: 2 });
    expect(year).toMatchObject({ stored: true, provisional: false, confirmedAt: expect.any(String) });
    expect(year.days.find((d) => d.date === '2027-02-04')).toMatchObject({ kind: 'swap_off', legalSource: 'Thông báo nghỉ lễ, Tết năm 2027 (tệp thử)', provisional: false });
    const stored = app.services.sqlite.prepare("SELECT due_date FROM dossiers WHERE code LIKE '%0001'").get();
    expect(stored).toEqual({ due_date: '2027-02-04' });
    const { edits } = await app.ok('calendar.history', { year: 2027 });
    expect(edits[0]).toMatchObject({ version: 3, action: 'set', date: null, reason: 'Nhập lịch năm 2027 từ tệp: Thông báo nghỉ lễ, Tết năm 2027 (tệp thử)' });
  });

  it('refuses a file with any error as a whole, listing each with its line and field; nothing changes', async () => {
    const bad = SCHEDULE.replace('"date": "2027-02-20", "kind": "swap_workday"', '"date": "2027-02-19", "kind": "swap_workday"').replace('"date": "2027-11-24"', '"date": "2028-11-24"');
    const report = await app.ok('calendar.import', { text: bad });
    expect(report.imported).toBe(false);
    expect(report.imported ? [] : report.issues.map((i) => i.text)).toEqual([
      `Dòng ${lineOf(bad, '2027-02-19')}, ngày thứ 10 (2027-02-19), trường kind: ngày làm bù (swap_workday) phải là thứ Bảy hoặc Chủ nhật`,
      `Dòng ${lineOf(bad, '2028-11-24')}, ngày thứ 17 (2028-11-24), trường date: ngày không thuộc năm 2027 của tệp`,
    ]);
    expect(app.services.calendar.version()).toBe(2);
    expect((await app.ok('calendar.get', { year: 2027, month: 2 })).stored).toBe(false);
    expect(await app.ok('calendar.previewImport', { text: '{"format": "x"' })).toMatchObject({ valid: false, issues: [{ text: expect.stringContaining('không đúng cú pháp JSON') }] });
  });

  it('is for supervisors only', async () => {
    await app.ok('clerks.add', { fullName: 'Trần Văn Bình', username: 'binhtv', password: '12345678', role: 'clerk' });
    await app.ok('session.signOut', {});
    await app.ok('session.signIn', { username: 'binhtv', password: '12345678' });
    expect(await app.call('calendar.import', { text: SCHEDULE })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
