// @runs: shared
import { z } from 'zod';
import { method } from '../api/kit';
import { isoDate, optionalText, text } from '../shared/schemas';
import { calendarFieldMessages as m } from '../shared/vi/calendar';
import { clockTimePattern, DUE_ON_DAY_OFF, TIME_LIMIT_UNITS } from './appointment';
import { MAX_CALENDAR_CHARS } from './file';
import { dayKindValues } from './law';

const year = z.number({ error: m.year }).int({ error: m.year }).min(1900, { error: m.year }).max(2199, { error: m.year });
const month = z.number({ error: m.month }).int({ error: m.month }).min(1, { error: m.month }).max(12, { error: m.month });
const clockTime = z.string({ error: m.time }).max(5, { error: m.time }).regex(clockTimePattern, { error: m.time });
const dayKind = z.enum(dayKindValues);

const calendarDay = z.object({
  date: z.string(),
  weekday: z.number(),
  working: z.boolean(),
  kind: dayKind.nullable(),
  name: z.string().nullable(),
  legalSource: z.string().nullable(),
  provisional: z.boolean(),
});

const impactItem = z.object({
  code: z.string(),
  receivedAt: z.string(),
  timeLimitDays: z.number(),
  timeLimitUnit: z.enum(TIME_LIMIT_UNITS),
  storedDueDate: z.string(),
  storedCalendarVersion: z.number().nullable(),
  dueDateNow: z.string(),
});

const rules = z.object({ cutoff: z.string(), sameDayTime: z.string(), dueTime: z.string(), opensAt: z.string(), closesAt: z.string(), dueOnDayOff: z.enum(DUE_ON_DAY_OFF) });
const edited = z.object({ version: z.number(), day: calendarDay, affected: z.array(impactItem) });

const fileText = z.strictObject({ text: z.string({ error: m.fileText }).max(MAX_CALENDAR_CHARS, { error: m.fileText }) });
const fileIssue = z.object({ line: z.number().nullable(), field: z.string(), message: z.string(), text: z.string() });

export const calendarContract = {
  /** A year (or one month of it), each day with working/off, kind, name, source and the "dự kiến" flag. */
  'calendar.get': method(
    z.strictObject({ year, month: month.optional() }),
    z.object({ year: z.number(), version: z.number(), stored: z.boolean(), confirmedAt: z.string().nullable(), provisional: z.boolean(), days: z.array(calendarDay) }),
    'clerk',
  ),
  'calendar.setDay': method(
    z.strictObject({ date: isoDate, kind: dayKind, name: text(200), legalSource: text(300), provisional: z.boolean() }),
    edited,
    'supervisor',
  ),
  'calendar.clearDay': method(z.strictObject({ date: isoDate, reason: optionalText(200) }), edited, 'supervisor'),
  'calendar.confirmYear': method(z.strictObject({ year }), z.object({ version: z.number() }), 'supervisor'),
  /** Which open dossiers would get a different due date if the day were changed this way. */
  'calendar.impact': method(z.strictObject({ date: isoDate, kind: z.enum([...dayKindValues, 'clear']) }), z.object({ items: z.array(impactItem) }), 'supervisor'),
  'calendar.settings': method(z.strictObject({}), rules, 'clerk'),
  'calendar.updateSettings': method(
    z
      .strictObject({ cutoff: clockTime, sameDayTime: clockTime, dueTime: z.union([z.literal('receipt'), clockTime], { error: m.time }), opensAt: clockTime, closesAt: clockTime, dueOnDayOff: z.enum(DUE_ON_DAY_OFF, { error: m.dueOnDayOff }).optional() })
      .refine((r) => r.opensAt < r.closesAt, { path: ['closesAt'], error: m.hours }),
    rules,
    'supervisor',
  ),
  'calendar.appointment': method(
    z.strictObject({
      receivedAt: z.iso
        .datetime({ offset: true, error: m.receivedAt })
        .max(40, { error: m.receivedAt })
        .refine((iso) => Math.abs(Number(iso.slice(0, 4)) - 2050) <= 149, { error: m.receivedAt }),
      workingDays: z.number({ error: m.workingDays }).int({ error: m.workingDays }).min(0, { error: m.workingDays }).max(365, { error: m.workingDays }),
      /** The limit's unit; working days when left out. */
      unit: z.enum(TIME_LIMIT_UNITS, { error: m.unit }).optional(),
    }),
    z.object({ countedFrom: z.string(), dueDate: z.string(), dueAt: z.string(), calendarVersion: z.number() }),
    'clerk',
  ),
  /** A year's schedule file checked, and which open dossiers it would move; nothing changes. */
  'calendar.previewImport': method(
    fileText,
    z.discriminatedUnion('valid', [
      z.object({ valid: z.literal(false), issues: z.array(fileIssue) }),
      z.object({ valid: z.literal(true), year: z.number(), source: z.string(), dayCount: z.number(), affected: z.array(impactItem) }),
    ]),
    'supervisor',
  ),
  /** All or nothing: a file with any error changes nothing and lists every error with its line and field. */
  'calendar.import': method(
    fileText,
    z.discriminatedUnion('imported', [
      z.object({ imported: z.literal(false), issues: z.array(fileIssue) }),
      z.object({ imported: z.literal(true), year: z.number(), version: z.number(), affected: z.array(impactItem) }),
    ]),
    'supervisor',
  ),
  'calendar.history': method(
    z.strictObject({ year: year.optional() }),
    z.object({
      edits: z.array(z.object({ version: z.number(), at: z.string(), action: z.string(), year: z.number(), date: z.string().nullable(), reason: z.string().nullable(), clerkName: z.string().nullable() })),
    }),
    'clerk',
  ),
};
