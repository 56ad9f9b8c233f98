// @runs: test
// The appointment rule for each time-limit unit across Tết 2026, 30/4–1/5/2026 and the 2026 New Year
// swap (Fri 02/01 off, Sat 10/01 worked), and a due day on a day off (docs/calendar-notes.md).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimeLimitUnit } from '../../src-main/calendar/appointment';
import { vnInstant } from '../../src-main/shared/time';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-11-23', 9, 0));
  await setUpOffice(app);
});
afterEach(() => app.close());

const due = (date: string, time: string, n: number, unit: TimeLimitUnit) => app.services.calendar.appointment(new Date(`${date}T${time}:00+07:00`), n, unit);
const dueDate = (date: string, n: number, unit: TimeLimitUnit) => due(date, '10:00', n, unit).dueDate;

describe('working days (ngày làm việc)', () => {
  it('skip weekends, Tết 2026, 30/4–1/5 and the swapped Friday 02/01/2026; count the make-up Saturday 10/01', () => {
    expect(dueDate('2026-02-12', 5, 'working_days')).toBe('2026-02-26');
    expect(dueDate('2026-04-28', 5, 'working_days')).toBe('2026-05-07');
    expect(dueDate('2025-12-31', 1, 'working_days')).toBe('2026-01-05');
    expect(dueDate('2026-01-09', 7, 'working_days')).toBe('2026-01-19');
  });
});

describe('days not counting public holidays and Tết (Law 41/2024 Art. 79.3)', () => {
  it('count weekends but not Tết 2026: a pension received Thu 12/02/2026 is due Mon 09/03/2026', () => {
    expect(dueDate('2026-02-12', 20, 'days_excluding_holidays')).toBe('2026-03-09');
  });

  it('skip 30/4 and 1/5/2026, and Giỗ Tổ with its compensatory Monday 27/04/2026', () => {
    expect(dueDate('2026-04-28', 5, 'days_excluding_holidays')).toBe('2026-05-05');
    expect(dueDate('2026-04-24', 3, 'days_excluding_holidays')).toBe('2026-04-29');
  });

  it('skip 01/01 and the swapped Friday 02/01/2026', () => {
    expect(dueDate('2025-12-31', 3, 'days_excluding_holidays')).toBe('2026-01-05');
  });

  it('a count ending on a weekend moves to the next working day by default, or stays with "as counted"', async () => {
    expect(dueDate('2026-03-02', 20, 'days_excluding_holidays')).toBe('2026-03-23');
    await app.ok('calendar.updateSettings', { ...(await app.ok('calendar.settings', {})), dueOnDayOff: 'as_counted' });
    expect(dueDate('2026-03-02', 20, 'days_excluding_holidays')).toBe('2026-03-22');
  });
});

describe('calendar days (ngày)', () => {
  it('count every day; a due day on a day off moves to the next working day, the make-up Saturday 10/01/2026 does not', () => {
    expect(dueDate('2026-04-28', 5, 'calendar_days')).toBe('2026-05-04');
    expect(dueDate('2026-02-12', 5, 'calendar_days')).toBe('2026-02-23');
    expect(dueDate('2025-12-31', 2, 'calendar_days')).toBe('2026-01-05');
    expect(dueDate('2025-12-31', 10, 'calendar_days')).toBe('2026-01-10');
  });
});

describe('within the day (trong ngày)', () => {
  it('is due the same working day at the same-day time, or the next working day when received after the cut-off or on a day off', () => {
    expect(due('2026-03-02', '10:00', 0, 'same_day').dueAt).toBe('2026-03-02T16:00:00+07:00');
    expect(due('2026-03-02', '15:30', 0, 'same_day').dueAt).toBe('2026-03-03T16:00:00+07:00');
    expect(due('2026-02-16', '10:00', 0, 'same_day').dueAt).toBe('2026-02-23T16:00:00+07:00');
    expect(due('2026-01-02', '10:00', 0, 'same_day').dueAt).toBe('2026-01-05T16:00:00+07:00');
    expect(due('2026-01-10', '10:00', 0, 'same_day').dueAt).toBe('2026-01-10T16:00:00+07:00');
  });
});

describe('days left in the dossier\'s own unit (the queue)', () => {
  it('counts working days, days without holidays or plain days between two dates', () => {
    const cal = app.services.calendar;
    expect(cal.daysBetween('2026-02-13', '2026-02-23', 'working_days')).toBe(1);
    expect(cal.daysBetween('2026-02-13', '2026-02-23', 'days_excluding_holidays')).toBe(5);
    expect(cal.daysBetween('2026-02-13', '2026-02-23', 'calendar_days')).toBe(10);
    expect(cal.daysBetween('2026-02-23', '2026-02-13', 'days_excluding_holidays')).toBe(-5);
  });
});
