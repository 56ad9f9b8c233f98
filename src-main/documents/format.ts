// @runs: shared
// Dates and times as the forms print them, always in Vietnam's wall time.
import { vnParts } from '../shared/time';
import { formWords } from '../shared/vi/documents';

const two = (n: number) => String(n).padStart(2, '0');

/** Parts of an ISO instant (with offset) or a YYYY-MM-DD date, in Vietnam's wall time. */
function parts(iso: string) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const [y, m, d] = iso.split('-');
    return { d: d as string, m: m as string, y: y as string, h: '00', min: '00' };
  }
  const p = vnParts(new Date(iso));
  return { d: two(p.day), m: two(p.month), y: String(p.year), h: two(p.hour), min: two(p.minute) };
}

/** dd/mm/yyyy */
export function printedDate(iso: string): string {
  const p = parts(iso);
  return `${p.d}/${p.m}/${p.y}`;
}

/** "… giờ … phút, ngày dd/mm/yyyy" */
export function printedTime(iso: string): string {
  const p = parts(iso);
  return formWords.timeAt(p.h, p.min, `${p.d}/${p.m}/${p.y}`);
}

/**
 * Day and month as the words "ngày … tháng …" print them: a two-digit day (01–31, as `parts` gives it)
 * and the month with a leading zero only for January and February ("tháng 01", "tháng 3", "tháng 12").
 * Source: Decree 30/2020/NĐ-CP, Phụ lục I (place-and-date line: days below 10 and months 1 and 2 take a zero).
 */
function longDateParts(iso: string): { d: string; m: string; y: string } {
  const p = parts(iso);
  const month = Number(p.m);
  return { d: p.d, m: month <= 2 ? two(month) : String(month), y: p.y };
}

/** "ngày 02 tháng 3 năm 2026" for an ISO instant or date (Decree 30/2020 padding, see longDateParts). */
export function printedLongDate(iso: string): string {
  const p = longDateParts(iso);
  return formWords.dayMonthYear(p.d, p.m, p.y);
}

/** "<place>, ngày 02 tháng 3 năm 2026" (Decree 30/2020 padding, see longDateParts). */
export function placeDate(place: string, iso: string): string {
  const p = longDateParts(iso);
  return formWords.placeDate(place, p.d, p.m, p.y);
}

/** "HH:mm dd/mm/yyyy" for the reprint mark. */
export function clockAndDate(iso: string): string {
  const p = parts(iso);
  return `${p.h}:${p.min} ${p.d}/${p.m}/${p.y}`;
}
