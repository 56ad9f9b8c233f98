// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { calendarContract } from './contract';
import { parseCalendarFile } from './file';

export function calendarHandlers(services: Services): HandlersOf<typeof calendarContract> {
  const { calendar } = services;
  const edited = (version: number, date: string) => {
    const day = calendar.year(Number(date.slice(0, 4)), Number(date.slice(5, 7))).days.find((d) => d.date === date);
    if (!day) throw new Error(`day ${date} missing from its own month`);
    return { version, day, affected: calendar.impact() };
  };
  return {
    'calendar.get': ({ year, month }) => calendar.year(year, month),
    'calendar.setDay': (mark, ctx) => edited(calendar.setDay(mark, ctx), mark.date),
    'calendar.clearDay': ({ date, reason }, ctx) => edited(calendar.clearDay(date, reason, ctx), date),
    'calendar.confirmYear': ({ year }, ctx) => ({ version: calendar.confirmYear(year, ctx) }),
    'calendar.impact': (change) => ({ items: calendar.impact(change) }),
    'calendar.settings': () => calendar.rules(),
    'calendar.updateSettings': ({ dueOnDayOff, ...rules }, ctx) => calendar.updateRules({ ...rules, dueOnDayOff: dueOnDayOff ?? calendar.rules().dueOnDayOff }, ctx),
    'calendar.appointment': ({ receivedAt, workingDays, unit }) => calendar.appointment(new Date(receivedAt), workingDays, unit),
    'calendar.previewImport': ({ text }) => {
      const parsed = parseCalendarFile(text);
      if (!parsed.ok) return { valid: false as const, issues: parsed.issues };
      const { year, source, days } = parsed.file;
      return { valid: true as const, year, source, dayCount: days.length, affected: calendar.impact(parsed.file) };
    },
    'calendar.import': ({ text }, ctx) => {
      const parsed = parseCalendarFile(text);
      if (!parsed.ok) return { imported: false as const, issues: parsed.issues };
      const version = calendar.importYear(parsed.file, ctx);
      return { imported: true as const, year: parsed.file.year, version, affected: calendar.impact() };
    },
    'calendar.history': ({ year }) => ({ edits: calendar.history(year) }),
  };
}
