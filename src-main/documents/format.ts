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

/** "ngày dd tháng mm năm yyyy" */
export function printedLongDate(iso: string): string {
  const p = parts(iso);
  return formWords.dayMonthYear(p.d, p.m, p.y);
}

/** "<place>, ngày dd tháng mm năm yyyy" */
export function placeDate(place: string, iso: string): string {
  const p = parts(iso);
  return formWords.placeDate(place, p.d, p.m, p.y);
}

/** "HH:mm dd/mm/yyyy" for the reprint mark. */
export function clockAndDate(iso: string): string {
  const p = parts(iso);
  return `${p.h}:${p.min} ${p.d}/${p.m}/${p.y}`;
}
