// @runs: shared
// A report's period as two Vietnamese calendar dates (inclusive), from a day,
// a month or a range the clerk picked.
import { DomainError } from '../api/kit';
import { fieldMessages } from '../shared/vi/fields';
import { reportWords } from '../shared/vi/reports';
import type { ReportPeriod } from './contract';

export interface DateRange {
  from: string;
  to: string;
}

const MAX_DAYS = 5 * 366;

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const back = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2199 && back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
}

function checked(date: string, field: string): string {
  if (!isRealDate(date)) throw new DomainError('INVALID_INPUT', reportWords.errors.dateFormat, field);
  return date;
}

/** The calendar date after `date` (the exclusive end of a range of stored times). */
export function nextDay(date: string): string {
  return new Date((dayNumber(date) + 1) * 86_400_000).toISOString().slice(0, 10);
}

export function resolvePeriod(period: ReportPeriod, today: string): DateRange {
  if (period.kind === 'day') {
    const date = checked(period.date ?? today, 'period.date');
    return { from: date, to: date };
  }
  if (period.kind === 'month') {
    const month = period.month ?? today.slice(0, 7);
    const from = checked(`${month}-01`, 'period.month');
    const [y, m] = month.split('-').map(Number) as [number, number];
    const to = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    return { from, to };
  }
  const from = checked(period.from, 'period.from');
  const to = checked(period.to, 'period.to');
  if (to < from) throw new DomainError('INVALID_INPUT', fieldMessages.rangeReversed, 'period.to');
  if (dayNumber(to) - dayNumber(from) >= MAX_DAYS) throw new DomainError('INVALID_INPUT', reportWords.errors.rangeTooLong, 'period.to');
  return { from, to };
}
