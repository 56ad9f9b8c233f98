// @runs: shared
// The year's official schedule as a file (format "mot-cua-desk/calendar",
// version 1; docs/calendar-notes.md): what a supervisor imports when the
// Ministry of Home Affairs' notice is out. Checked as a whole, like the
// catalogue file: every problem comes back with its line, day and field.
import { z } from 'zod';
import { clerkString } from '../shared/schemas';
import { JsonSyntaxError, parseJsonWithLines, type LocatedJson } from '../catalogue/json-lines';
import { calendarFileText as m } from '../shared/vi/calendar';
import { dayNumber, isRealDate, isWeekend } from './days';
import { dayKindValues, type DayEntry } from './law';

export const CALENDAR_FORMAT = 'mot-cua-desk/calendar';
export const MAX_CALENDAR_CHARS = 200_000;
const MAX_ISSUES = 200;

/** What a screen or paper can show (the shared clerk-text check), then not empty. */
const text = (max: number) =>
  z
    .string({ error: m.text })
    .pipe(clerkString(max))
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { error: m.required }).max(max, { error: m.tooLong(max) }));

const daySchema = z.strictObject({
  date: z.string({ error: m.date }).refine(isRealDate, { error: m.date }),
  kind: z.enum(dayKindValues, { error: m.kind }),
  name: text(200),
  legalSource: text(300),
});

export const calendarFileSchema = z
  .strictObject({
    format: z.literal(CALENDAR_FORMAT, { error: m.format }),
    version: z.literal(1, { error: m.version }),
    year: z.number({ error: m.year }).int({ error: m.year }).min(1900, { error: m.year }).max(2199, { error: m.year }),
    /** The notice the whole schedule comes from, e.g. "Thông báo số …/TB-BNV". */
    source: text(300),
    description: z.string({ error: m.text }).max(2000, { error: m.tooLong(2000) }).optional(),
    days: z.array(daySchema, { error: m.days }).max(366, { error: m.days }),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.days.forEach((day, index) => {
      if (!day.date.startsWith(`${file.year}-`)) ctx.addIssue({ code: 'custom', path: ['days', index, 'date'], message: m.otherYear(file.year) });
      if (seen.has(day.date)) ctx.addIssue({ code: 'custom', path: ['days', index, 'date'], message: m.duplicate });
      seen.add(day.date);
      if (day.kind === 'swap_workday' && !isWeekend(dayNumber(day.date))) ctx.addIssue({ code: 'custom', path: ['days', index, 'kind'], message: m.workdayNotWeekend });
    });
  });

export interface CalendarFile {
  year: number;
  source: string;
  days: DayEntry[];
}

export interface CalendarIssue {
  line: number | null;
  field: string;
  message: string;
  text: string;
}

export type ParsedCalendar = { ok: true; file: CalendarFile } | { ok: false; issues: CalendarIssue[] };

/**
 * Takes the file's text (a UTF-8 byte-order mark is accepted); gives the year's days, or every
 * problem with its line and field in Vietnamese. Refuses: bad JSON, another format, a day outside
 * the year, a repeated date, a make-up working day that is not a Saturday or Sunday, an empty source.
 */
export function parseCalendarFile(input: string): ParsedCalendar {
  let located: LocatedJson;
  try {
    located = parseJsonWithLines(input.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const message = m.syntax(error.line, error.column);
    return { ok: false, issues: [{ line: error.line, field: '', message, text: message }] };
  }
  const parsed = calendarFileSchema.safeParse(located.value);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issues = parsed.error.issues.flatMap((issue) => {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    return paths.map((path) => toIssue(path, issue.code === 'unrecognized_keys' ? m.unexpected : issue.message, located));
  });
  const unique = [...new Map(issues.map((i) => [i.text, i])).values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ok: false, issues: unique.slice(0, MAX_ISSUES) };
}

function toIssue(path: PropertyKey[], message: string, located: LocatedJson): CalendarIssue {
  const line = located.lineOf(path);
  const [head, index, ...rest] = path;
  if (head !== 'days' || typeof index !== 'number') {
    const field = path.map(String).join('.');
    return { line, field, message, text: m.issueLine(line, '', field, message) };
  }
  const day = (located.value as { days: unknown[] }).days[index] as { date?: unknown } | undefined;
  const where = m.dayRef(index, typeof day?.date === 'string' ? day.date : '');
  const field = rest.map(String).join('.');
  return { line, field, message, text: m.issueLine(line, where, field, message) };
}
