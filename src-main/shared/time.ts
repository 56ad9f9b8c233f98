// @runs: shared
// Vietnam has one time zone (UTC+7) and no daylight saving, so local wall time
// is a fixed offset: every stored time carries "+07:00" and every date is the
// Vietnamese calendar date, whatever the PC's own time zone says.

const OFFSET_MS = 7 * 60 * 60 * 1000;

/** The wall-clock parts of an instant in Vietnam. */
export function vnParts(instant: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: number } {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO-8601 with the +07:00 offset, as stored in the database. */
export function toVnIso(instant: Date): string {
  const p = vnParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+07:00`;
}

/** The Vietnamese calendar date (YYYY-MM-DD) of an instant. */
export function vnDate(instant: Date): string {
  const p = vnParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** dd/MM/yyyy as printed on Vietnamese forms. */
export function formatVnDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** YYYY-MM-DD from a date typed dd/mm/yyyy (also with '-' or '.'), or null when it is no calendar day. */
export function parseVnDate(typed: string): string | null {
  const iso = vnDateShape(typed);
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return isCalendarDay(year, month, day) ? iso : null;
}

/** dd/mm/yyyy (or with . or -) as YYYY-MM-DD, whether or not the day exists (31/02/2026 → 2026-02-31); null for any other shape. */
export function vnDateShape(typed: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed.trim());
  return match ? `${match[3]}-${pad(Number(match[2]))}-${pad(Number(match[1]))}` : null;
}

/** An instant from a Vietnamese wall-clock date and time. */
export function vnInstant(isoDate: string, hour = 0, minute = 0): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, hour, minute) - OFFSET_MS);
}

/** The years a date entered at the counter may fall in: the span the lunar calendar covers. */
export const DATE_YEARS = { first: 1900, last: 2199 } as const;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether the day exists in the Gregorian calendar (30/02 and 31/04 do not); takes whole numbers, refuses the rest. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1] ?? 0);
}
