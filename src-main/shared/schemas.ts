// @runs: shared
// Reusable field schemas with Vietnamese messages. Every string a clerk types
// goes through clerkString (or text/optionalText built on it): NFC, and nothing
// the papers cannot print. Every date goes through isoDate.
import { z } from 'zod';
import { firstRefused } from './printable';
import { DATE_YEARS, isCalendarDay } from './time';
import { fieldMessages as m } from './vi/fields';

export interface TextOptions {
  /** A text box: \n and \t are allowed (a Windows \r\n becomes \n). */
  multiline?: boolean;
}

/**
 * Any string a clerk types, NFC-normalised, not trimmed, may be empty.
 * Refuses a non-string, more than 4×max UTF-16 units, and control, invisible,
 * broken or unprintable characters, with a message naming the first one.
 */
export const clerkString = (max: number, { multiline = false }: TextOptions = {}) =>
  z
    .string({ error: m.wrongType })
    .max(max * 4, { error: m.tooLong(max) })
    .transform((raw, ctx) => {
      const value = (multiline ? raw.replace(/\r\n/g, '\n') : raw).normalize('NFC');
      const refusal = firstRefused(value, multiline);
      if (refusal) {
        ctx.addIssue({ code: 'custom', message: m.refused(refusal) });
        return z.NEVER;
      }
      return value;
    });

/** A trimmed, non-empty clerk string of bounded length (bounded so a 10 MB paste is refused, not stored). */
export const text = (max = 200, options?: TextOptions) =>
  clerkString(max, options)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { error: m.required }).max(max, { error: m.tooLong(max) }));

/** A trimmed clerk string of bounded length that may be empty (e.g. a correction that clears a field). */
export const free = (max = 200) => clerkString(max).transform((s) => s.trim());

/** An optional trimmed clerk string: empty becomes undefined. */
export const optionalText = (max = 200, options?: TextOptions) =>
  clerkString(max, options)
    .transform((s) => s.trim())
    .pipe(z.string().max(max, { error: m.tooLong(max) }))
    .optional();

/** A calendar date YYYY-MM-DD: refuses other shapes, years outside DATE_YEARS and days not in the calendar (2026-02-30). */
export const isoDate = z
  .string({ error: m.date })
  .max(10, { error: m.date })
  .superRefine((value, ctx) => {
    const problem = isoDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

function isoDateProblem(value: string): string | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!parts) return m.date;
  const [year, month, day] = [parts[1], parts[2], parts[3]].map(Number) as [number, number, number];
  if (year < DATE_YEARS.first || year > DATE_YEARS.last) return m.dateYears(DATE_YEARS.first, DATE_YEARS.last);
  return isCalendarDay(year, month, day) ? null : m.dateNotInCalendar(`${parts[3]}/${parts[2]}/${parts[1]}`);
}

/**
 * A password as typed, kept exactly (not normalised: the bytes are what is checked). Refuses fewer than `min`
 * characters (with `tooShort`), more than 256, and what clerk text refuses that no one can type or see (control,
 * line break, invisible, broken); a character the papers' font lacks is allowed, a password is never printed.
 */
export const secret = (min: number, tooShort: string) =>
  z
    .string({ error: m.wrongType })
    .min(min, { error: tooShort })
    .max(256, { error: m.tooLong(256) })
    .superRefine((value, ctx) => {
      const refusal = [...value].map((char) => firstRefused(char, false)).find((r) => r && r.kind !== 'noGlyph');
      if (refusal) ctx.addIssue({ code: 'custom', message: m.refused(refusal) });
    });

/** A clerk's new password (sign-in takes whatever was typed: an old password is not judged again). */
export const password = secret(8, m.passwordTooShort);

export const username = z
  .string({ error: m.wrongType })
  .max(64, { error: m.username })
  .pipe(clerkString(64))
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9._]{3,32}$/, { error: m.username }));

export const officeCode = z
  .string({ error: m.wrongType })
  .max(64, { error: m.officeCode })
  .pipe(clerkString(64))
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[0-9A-Z]{2,3}(\.[0-9A-Z]{2,3}){2,4}$/, { error: m.officeCode }));

export const counterNumber = z.number({ error: m.counterNumber }).int({ error: m.counterNumber }).min(1, { error: m.counterNumber }).max(99, { error: m.counterNumber });

export const id = z.number({ error: m.wrongType }).int().positive().max(Number.MAX_SAFE_INTEGER);

export const role = z.enum(['supervisor', 'clerk']);

/**
 * The version of the settings a form loaded (the read's `version`), sent back
 * with its save; the save is refused when the stored values changed since
 * (settings/version.ts). Omitted: a caller that read nothing first.
 */
export const loadedVersion = z.string().regex(/^[0-9a-f]{16}$/).optional();
