// @runs: shared
// Reusable field schemas with Vietnamese messages.
import { z } from 'zod';
import { digitsOf, isPersonalIdFormat } from '../people/identifiers';
import { fieldMessages as m } from './vi/fields';

/** A trimmed, non-empty string of bounded length (bounded so a 10 MB paste is refused, not stored). */
export const text = (max = 200) =>
  z
    .string({ error: m.wrongType })
    .max(max * 4, { error: m.tooLong(max) })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { error: m.required }).max(max, { error: m.tooLong(max) }));

/** A trimmed string of bounded length that may be empty (e.g. a correction that clears a field). */
export const free = (max = 200) => z.string({ error: m.wrongType }).max(max, { error: m.tooLong(max) }).transform((s) => s.trim());

/** An optional string: empty becomes undefined. */
export const optionalText = (max = 200) =>
  z
    .string({ error: m.wrongType })
    .max(max * 4, { error: m.tooLong(max) })
    .transform((s) => s.trim())
    .pipe(z.string().max(max, { error: m.tooLong(max) }))
    .optional();

export const password = z
  .string({ error: m.wrongType })
  .min(8, { error: m.passwordTooShort })
  .max(256, { error: m.tooLong(256) });

export const username = z
  .string({ error: m.wrongType })
  .max(64, { error: m.username })
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9._]{3,32}$/, { error: m.username }));

export const officeCode = z
  .string({ error: m.wrongType })
  .max(64, { error: m.officeCode })
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[0-9A-Z]{2,3}(\.[0-9A-Z]{2,3}){2,4}$/, { error: m.officeCode }));

export const counterNumber = z.number({ error: m.counterNumber }).int({ error: m.counterNumber }).min(1, { error: m.counterNumber }).max(99, { error: m.counterNumber });

export const id = z.number({ error: m.wrongType }).int().positive().max(Number.MAX_SAFE_INTEGER);

export const role = z.enum(['supervisor', 'clerk']);

/** A 12-digit personal ID number as typed (spaces, dots, hyphens dropped), with the caller's message. */
export const personalIdNumber = (message: string, maxChars = 80) =>
  z
    .string({ error: m.wrongType })
    .max(maxChars, { error: message })
    .transform((v, ctx) => {
      const digits = digitsOf(v);
      if (!isPersonalIdFormat(digits)) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return digits;
    });
