// @runs: shared
// Calendar dates as whole day numbers (days since 1970-01-01), so stepping
// through working days is integer arithmetic rather than Date objects.

const DAY_MS = 86_400_000;

export type IsoDate = string;

export const isoDatePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Day number of a YYYY-MM-DD date. */
export function dayNumber(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Year, month, day of a day number by integer arithmetic (H. Hinnant's civil_from_days): no Date on the hot path. */
function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, doy - Math.floor((153 * mp + 2) / 5) + 1];
}

const dateCache = new Map<number, IsoDate>();
const DATE_CACHE_LIMIT = 40_000;

/** Memoised: appointments ask for the same few hundred dates over and over. */
export function dateOfDay(day: number): IsoDate {
  let date = dateCache.get(day);
  if (date === undefined) {
    const [y, m, d] = civil(day);
    date = `${y < 1000 ? String(y).padStart(4, '0') : y}-${pad(m)}-${pad(d)}`;
    if (dateCache.size < DATE_CACHE_LIMIT) dateCache.set(day, date);
  }
  return date;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

export function yearOfDay(day: number): number {
  return civil(day)[0];
}

export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / DAY_MS;
}

export function daysInYear(year: number): number {
  return firstDayOfYear(year + 1) - firstDayOfYear(year);
}

/** True for a real calendar date (rejects 2026-02-30). */
export function isRealDate(date: string): boolean {
  return isoDatePattern.test(date) && dateOfDay(dayNumber(date)) === date;
}
