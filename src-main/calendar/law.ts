// @runs: shared
// The days off a year would have by the law alone (Labour Code 2019, Art. 111–112,
// plus Ngày Văn hóa Việt Nam from 2026), for years with no official notice yet.
// These are "dự kiến": the Prime Minister fixes the exact Tết days and the
// adjacent Quốc khánh day each year, and notices often add swapped days.
import { holidayNames as n, legalSources as src } from '../shared/vi/calendar';
import { dateOfDay, dayNumber, isWeekend } from './days';
import { lunarToSolar } from './lunar';

export type DayKind = 'holiday' | 'compensatory' | 'swap_off' | 'swap_workday';
export const dayKindValues = ['holiday', 'compensatory', 'swap_off', 'swap_workday'] as const satisfies readonly DayKind[];
export const offKinds: ReadonlySet<DayKind> = new Set(['holiday', 'compensatory', 'swap_off']);

export interface DayEntry {
  date: string;
  kind: DayKind;
  name: string;
  legalSource: string;
}

/** Ngày Văn hóa Việt Nam is a paid day off from 01/07/2026 (Resolution 28/2026/QH16). */
const CULTURE_DAY_FROM_YEAR = 2026;

export function lunarNewYear(year: number): number {
  const solar = lunarToSolar({ day: 1, month: 1, year, leap: false });
  if (!solar) throw new Error(`no lunar new year for ${year}`);
  return dayNumber(isoOf(solar.year, solar.month, solar.day));
}

export function hungKingsDay(year: number): number {
  const solar = lunarToSolar({ day: 10, month: 3, year, leap: false });
  if (!solar) throw new Error(`no 10/3 lunar in ${year}`);
  return dayNumber(isoOf(solar.year, solar.month, solar.day));
}

function isoOf(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function holidaysByLaw(year: number): { day: number; name: string; legalSource: string }[] {
  const fixed = (m: number, d: number) => dayNumber(isoOf(year, m, d));
  const tet = lunarNewYear(year);
  const days: { day: number; name: string; legalSource: string }[] = [
    { day: fixed(1, 1), name: n.newYear, legalSource: src.labourCode },
    { day: tet - 1, name: n.tetEve, legalSource: src.tetByLaw },
    ...[0, 1, 2, 3].map((i) => ({ day: tet + i, name: `${n.tet} (mùng ${i + 1})`, legalSource: src.tetByLaw })),
    { day: hungKingsDay(year), name: n.hungKings, legalSource: src.labourCode },
    { day: fixed(4, 30), name: n.reunification, legalSource: src.labourCode },
    { day: fixed(5, 1), name: n.labour, legalSource: src.labourCode },
    { day: fixed(9, 1), name: n.nationalAdjacent, legalSource: src.labourCode },
    { day: fixed(9, 2), name: n.national, legalSource: src.labourCode },
  ];
  if (year >= CULTURE_DAY_FROM_YEAR) days.push({ day: fixed(11, 24), name: n.culture, legalSource: src.culture });
  return days.sort((a, b) => a.day - b.day);
}

/** Every holiday of the year by law, plus a compensatory day for each one that falls on a weekend. */
export function lawDefaults(year: number): DayEntry[] {
  const holidays = holidaysByLaw(year);
  const taken = new Set(holidays.map((h) => h.day));
  const entries: DayEntry[] = holidays.map((h) => ({ date: dateOfDay(h.day), kind: 'holiday', name: h.name, legalSource: h.legalSource }));
  for (const h of holidays) {
    if (!isWeekend(h.day)) continue;
    let day = h.day + 1;
    while (isWeekend(day) || taken.has(day)) day++;
    taken.add(day);
    entries.push({ date: dateOfDay(day), kind: 'compensatory', name: n.compensatory(h.name), legalSource: src.compensatory });
  }
  // Plain comparison: ISO dates sort as strings, and localeCompare would load the ICU collator (~30 ms).
  return entries.sort((a, b) => (a.date < b.date ? -1 : 1));
}
