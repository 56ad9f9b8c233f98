import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src-main/calendar/appointment';
import { dateOfDay, dayNumber } from '../../src-main/calendar/days';
import { vnInstant } from '../../src-main/shared/time';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-11-23', 9, 0));
  await setUpOffice(app);
});
afterEach(() => app.close());

const at = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);
const due = (date: string, time: string, n: number) => app.services.calendar.appointment(at(date, time), n);

describe('working days', () => {
  it('weekends are off; Friday + 1 working day is Monday; a Saturday receipt counts from Monday', () => {
    const cal = app.services.calendar;
    expect(cal.isWorkingDay('2026-03-07')).toBe(false);
    expect(cal.isWorkingDay('2026-03-09')).toBe(true);
    expect(due('2026-03-06', '10:00', 1)).toMatchObject({ countedFrom: '2026-03-06', dueDate: '2026-03-09' });
    expect(due('2026-03-07', '10:00', 1)).toMatchObject({ countedFrom: '2026-03-09', dueDate: '2026-03-10' });
  });

  it('Tết 2026: 5 working days from Thu 12/02/2026 falls after Tết, at the time of receipt', () => {
    expect(due('2026-02-12', '10:30', 5)).toEqual({ countedFrom: '2026-02-12', dueDate: '2026-02-26', dueAt: '2026-02-26T10:30:00+07:00', calendarVersion: 2 });
    for (const date of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) expect(app.services.calendar.isWorkingDay(date), date).toBe(false);
  });

  it('Hùng Kings 2026 falls on Sunday, so Monday 27/04 is off', () => {
    expect(app.services.calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(due('2026-04-24', '09:00', 1).dueDate).toBe('2026-04-28');
  });

  it('the make-up Saturday 26/04/2025 counts as a working day, and Friday 02/05/2025 does not', () => {
    const cal = app.services.calendar;
    expect(cal.isWorkingDay('2025-04-26')).toBe(true);
    expect(cal.isWorkingDay('2025-05-02')).toBe(false);
    expect(due('2025-04-25', '09:00', 1).dueDate).toBe('2025-04-26');
    expect(due('2025-04-29', '09:00', 1).dueDate).toBe('2025-05-05');
  });

  it('counts across the new year: received 31/12/2025, 01/01 and the swapped Fri 02/01/2026 are off (Văn bản 12729/VPCP-KGVX)', () => {
    expect(due('2025-12-31', '10:00', 1).dueDate).toBe('2026-01-05');
    expect(due('2025-12-31', '10:00', 3).dueDate).toBe('2026-01-07');
    expect(app.services.calendar.workingDaysBetween('2025-12-31', '2026-01-07')).toBe(3);
    expect(app.services.calendar.workingDaysBetween('2026-01-07', '2025-12-31')).toBe(-3);
    expect(app.services.calendar.addWorkingDays('2026-01-07', -3)).toBe('2025-12-31');
  });

  it('the make-up Saturday 10/01/2026 is a working day, Friday 02/01/2026 is not', () => {
    const cal = app.services.calendar;
    expect(cal.isWorkingDay('2026-01-02')).toBe(false);
    expect(cal.isWorkingDay('2026-01-10')).toBe(true);
    expect(due('2026-01-09', '09:00', 1).dueDate).toBe('2026-01-10');
  });
});

describe('the prefix-count index agrees with walking day by day', () => {
  it('for every day of 2024–2028 and N = 0…40, forwards and backwards, and for the counts between', () => {
    const cal = app.services.calendar;
    const start = dayNumber('2024-01-01');
    const end = dayNumber('2028-12-31');
    const walk = (day: number, n: number) => dateOfDay(addWorkingDays(day, n, (d) => cal.isWorkingDay(dateOfDay(d))));
    for (let day = start; day <= end; day += 3) {
      const date = dateOfDay(day);
      for (const n of [0, 1, 2, 5, 15, 40, -3]) expect(cal.addWorkingDays(date, n), `${date} + ${n}`).toBe(walk(day, n));
      const later = dateOfDay(day + 45);
      expect(cal.workingDaysBetween(date, later)).toBe(cal.workingDaysBetween(date, cal.addWorkingDays(date, 1)) + cal.workingDaysBetween(cal.addWorkingDays(date, 1), later));
    }
    expect(cal.workingDaysBetween('2026-02-12', '2026-02-26')).toBe(5);
  });
});

describe('the cut-off and "trả ngay"', () => {
  it('14:59 counts today, 15:01 counts from the next working day (15:00 itself is not after)', () => {
    expect(due('2026-03-10', '14:59', 2)).toMatchObject({ countedFrom: '2026-03-10', dueDate: '2026-03-12', dueAt: '2026-03-12T14:59:00+07:00' });
    expect(due('2026-03-10', '15:00', 2).countedFrom).toBe('2026-03-10');
    expect(due('2026-03-10', '15:01', 2)).toMatchObject({ countedFrom: '2026-03-11', dueDate: '2026-03-13', dueAt: '2026-03-13T15:01:00+07:00' });
  });

  it('"at the receipt\'s time" stays in office hours: a dossier received by post at 01:45 or 20:00 is promised for 07:30 or 17:00', () => {
    expect(due('2026-03-10', '01:45', 2)).toMatchObject({ countedFrom: '2026-03-10', dueAt: '2026-03-12T07:30:00+07:00' });
    expect(due('2026-03-10', '20:00', 2)).toMatchObject({ countedFrom: '2026-03-11', dueAt: '2026-03-13T17:00:00+07:00' });
    expect(due('2026-03-14', '10:20', 2)).toMatchObject({ countedFrom: '2026-03-16', dueAt: '2026-03-18T10:20:00+07:00' });
  });

  it('N = 0 is the same day at 16:00; after the cut-off or on a holiday it is the next working day', () => {
    expect(due('2026-03-10', '09:00', 0)).toMatchObject({ countedFrom: '2026-03-10', dueAt: '2026-03-10T16:00:00+07:00' });
    expect(due('2026-03-10', '15:30', 0)).toMatchObject({ countedFrom: '2026-03-11', dueAt: '2026-03-11T16:00:00+07:00' });
    expect(due('2026-04-27', '09:00', 0)).toMatchObject({ countedFrom: '2026-04-28', dueAt: '2026-04-28T16:00:00+07:00' });
    expect(due('2026-02-14', '09:00', 0).dueDate).toBe('2026-02-23');
  });

  it('the supervisor changes the cut-off and the appointment times; a clerk-facing call uses them', async () => {
    await app.ok('calendar.updateSettings', { cutoff: '16:30', sameDayTime: '16:00', dueTime: '08:00', opensAt: '07:00', closesAt: '17:00' });
    expect(await app.ok('calendar.settings', {})).toEqual({ cutoff: '16:30', sameDayTime: '16:00', dueTime: '08:00', opensAt: '07:00', closesAt: '17:00', dueOnDayOff: 'next_working_day' });
    expect(await app.ok('calendar.appointment', { receivedAt: '2026-03-10T16:10:00+07:00', workingDays: 2 })).toEqual({
      countedFrom: '2026-03-10',
      dueDate: '2026-03-12',
      dueAt: '2026-03-12T08:00:00+07:00',
      calendarVersion: 2,
    });
    // "Trả ngay" at 16:10 cannot be promised for 16:00, before the dossier came in.
    expect((await app.ok('calendar.appointment', { receivedAt: '2026-03-10T16:10:00+07:00', workingDays: 0 })).dueAt).toBe('2026-03-10T16:10:00+07:00');
    const rules = { cutoff: '15:00', sameDayTime: '16:00', dueTime: 'receipt', opensAt: '07:30', closesAt: '17:00' };
    expect(await app.call('calendar.updateSettings', { ...rules, cutoff: '25:00' })).toMatchObject({ ok: false, error: { field: 'cutoff' } });
    expect(await app.call('calendar.updateSettings', { ...rules, opensAt: '17:30' })).toMatchObject({
      ok: false,
      error: { field: 'closesAt', message: expect.stringContaining('Giờ kết thúc làm việc phải sau giờ bắt đầu.') },
    });
    expect((await app.ok('calendar.settings', {})).opensAt).toBe('07:00');
    expect(await app.call('calendar.appointment', { receivedAt: '0001-01-01T09:00:00+07:00', workingDays: 1 })).toMatchObject({ ok: false, error: { field: 'receivedAt' } });
  });
});

describe('the calendar by year', () => {
  it('2026 is the official schedule; its Quốc khánh adjacent day is still "dự kiến"', async () => {
    const year = await app.ok('calendar.get', { year: 2026, month: 9 });
    expect(year).toMatchObject({ stored: true, provisional: true, version: 2 });
    expect(year.days).toHaveLength(30);
    expect(year.days.find((d) => d.date === '2026-09-01')).toMatchObject({ working: false, kind: 'holiday', provisional: true });
    expect(year.days.find((d) => d.date === '2026-09-02')).toMatchObject({ working: false, provisional: false });
    const culture = (await app.ok('calendar.get', { year: 2026, month: 11 })).days.find((d) => d.date === '2026-11-24');
    expect(culture).toMatchObject({ working: false, name: expect.stringContaining('Văn hóa'), legalSource: expect.stringContaining('28/2026/QH16') });
  });

  it('2027 has no notice: its days are computed from the law and shown as provisional', async () => {
    const year = await app.ok('calendar.get', { year: 2027 });
    expect(year).toMatchObject({ stored: false, provisional: true });
    expect(year.days).toHaveLength(365);
    const day = (date: string) => year.days.find((d) => d.date === date);
    expect(day('2027-02-05')).toMatchObject({ working: false, kind: 'holiday', provisional: true });
    expect(day('2027-02-10')).toMatchObject({ working: false, kind: 'compensatory' });
    expect(day('2027-02-12')).toMatchObject({ working: true, kind: null });
    expect(day('2027-04-16')).toMatchObject({ working: false });
    expect(day('2027-05-03')).toMatchObject({ working: false, kind: 'compensatory' });
    expect(due('2027-02-04', '10:00', 1).dueDate).toBe('2027-02-12');
  });
});

describe('editing the calendar never moves an appointment already given', () => {
  function insertDossier(code: string, state: string, receivedAt: string, days: number, dueDate: string) {
    const sqlite = app.services.sqlite;
    sqlite.pragma('foreign_keys = OFF');
    sqlite
      .prepare(
        `INSERT INTO dossiers (code, procedure_version_id, applicant_id, channel, result_delivery, state, counter, responsible_clerk_id,
          submitted_at, received_at, time_limit_days, due_date, due_at, calendar_version, created_at, updated_at)
         VALUES (?, 1, 1, 'counter', 'counter', ?, 3, 1, ?, ?, ?, ?, ?, 1, ?, ?)`,
      )
      .run(code, state, receivedAt, receivedAt, days, dueDate, `${dueDate}T09:00:00+07:00`, receivedAt, receivedAt);
    sqlite.pragma('foreign_keys = ON');
  }

  it('a supervisor marks a day off: version bumps, open dossiers are listed, stored dates stay', async () => {
    insertDossier('000.00.15.H27-270315-0001', 'received', '2027-03-15T09:00:00+07:00', 5, '2027-03-22');
    insertDossier('000.00.15.H27-270315-0002', 'returned', '2027-03-15T09:30:00+07:00', 5, '2027-03-22');
    insertDossier('000.00.15.H27-270401-0003', 'in_processing', '2027-04-01T09:00:00+07:00', 3, '2027-04-06');
    expect(app.services.calendar.impact()).toEqual([]);

    const preview = await app.ok('calendar.impact', { date: '2027-03-16', kind: 'holiday' });
    expect(preview.items).toEqual([
      { code: '000.00.15.H27-270315-0001', receivedAt: '2027-03-15T09:00:00+07:00', timeLimitDays: 5, timeLimitUnit: 'working_days', storedDueDate: '2027-03-22', storedCalendarVersion: 1, dueDateNow: '2027-03-23' },
    ]);
    expect(app.services.calendar.version()).toBe(2);

    const edited = await app.ok('calendar.setDay', { date: '2027-03-16', kind: 'holiday', name: 'Nghỉ theo quyết định của tỉnh', legalSource: 'Quyết định 12/QĐ-UBND', provisional: false });
    expect(edited.version).toBe(3);
    expect(edited.day).toMatchObject({ date: '2027-03-16', working: false, kind: 'holiday', provisional: false });
    expect(edited.affected.map((i) => [i.code, i.storedDueDate, i.dueDateNow])).toEqual([['000.00.15.H27-270315-0001', '2027-03-22', '2027-03-23']]);
    expect(app.services.calendar.version()).toBe(3);
    expect(app.services.calendar.appointment(at('2027-03-15', '09:00'), 5)).toMatchObject({ dueDate: '2027-03-23', calendarVersion: 3 });

    const stored = app.services.sqlite.prepare("SELECT due_date, calendar_version FROM dossiers WHERE code LIKE '%0001'").get();
    expect(stored).toEqual({ due_date: '2027-03-22', calendar_version: 1 });

    // Editing 2027 stored the law's days; the rest of the year is unchanged and still "dự kiến".
    const year = await app.ok('calendar.get', { year: 2027, month: 2 });
    expect(year).toMatchObject({ stored: true, provisional: true, version: 3 });
    expect(year.days.find((d) => d.date === '2027-02-10')).toMatchObject({ working: false, kind: 'compensatory', provisional: true });

    const cleared = await app.ok('calendar.clearDay', { date: '2027-03-16', reason: 'Tỉnh hủy quyết định' });
    expect(cleared).toMatchObject({ version: 4, day: { working: true, kind: null }, affected: [] });
    expect(await app.call('calendar.clearDay', { date: '2027-03-16' })).toMatchObject({ ok: false, error: { code: 'CALENDAR_NOTHING_TO_CLEAR' } });
    const { edits } = await app.ok('calendar.history', { year: 2027 });
    expect(edits.map((e) => [e.version, e.action, e.date, e.reason])).toEqual([
      [4, 'clear', '2027-03-16', 'Tỉnh hủy quyết định'],
      [3, 'set', '2027-03-16', 'Nghỉ theo quyết định của tỉnh'],
      [2, 'seed', null, expect.stringContaining('Tết Dương lịch 2026')],
      [1, 'seed', null, expect.stringContaining('2025–2026')],
    ]);
  });

  it('a make-up working day must be a weekend day', async () => {
    expect(await app.call('calendar.setDay', { date: '2027-03-16', kind: 'swap_workday', name: 'Làm bù', legalSource: 'TB 1', provisional: false })).toMatchObject({
      ok: false,
      error: { code: 'CALENDAR_WORKDAY_NOT_WEEKEND', field: 'kind' },
    });
    const saturday = await app.ok('calendar.setDay', { date: '2027-02-20', kind: 'swap_workday', name: 'Làm bù cho ngày 12/02', legalSource: 'Thông báo của Bộ Nội vụ', provisional: true });
    expect(saturday.day).toMatchObject({ working: true, kind: 'swap_workday', provisional: true });
    expect(app.services.calendar.isWorkingDay('2027-02-20')).toBe(true);
  });

  it('a supervisor confirms a provisional year; the history records who did what', async () => {
    expect((await app.ok('calendar.confirmYear', { year: 2027 })).version).toBe(3);
    const year = await app.ok('calendar.get', { year: 2027, month: 2 });
    expect(year).toMatchObject({ stored: true, provisional: false, confirmedAt: '2026-11-23T09:00:00+07:00' });
    expect(year.days.find((d) => d.date === '2027-02-05')).toMatchObject({ working: false, provisional: false });
    expect(await app.call('calendar.confirmYear', { year: 2027 })).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_CONFIRMED' } });
    const { edits } = await app.ok('calendar.history', {});
    expect(edits.map((e) => [e.version, e.action, e.clerkName])).toEqual([
      [3, 'confirm', 'Nguyễn Thị Thu Hương'],
      [2, 'seed', null],
      [1, 'seed', null],
    ]);
  });

  it('a clerk reads the calendar but cannot change it', async () => {
    await app.ok('clerks.add', { fullName: 'Trần Văn Bình', username: 'binhtv', password: '12345678', role: 'clerk' });
    await app.ok('session.signOut', {});
    await app.ok('session.signIn', { username: 'binhtv', password: '12345678' });
    expect((await app.ok('calendar.get', { year: 2026, month: 4 })).days).toHaveLength(30);
    expect(await app.call('calendar.setDay', { date: '2027-03-16', kind: 'holiday', name: 'x', legalSource: 'y', provisional: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(app.services.calendar.version()).toBe(2);
  });
});
