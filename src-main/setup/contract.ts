// @runs: shared
import { z } from 'zod';
import { method } from '../api/kit';
import { recoveryInfo } from '../backup/contract';
import { normalisePhone } from '../people/identifiers';
import { counterNumber, officeCode, password, text, username } from '../shared/schemas';
import { intakeMessages } from '../shared/vi/intake';

export const clerkSummary = z.object({
  id: z.number(),
  fullName: z.string(),
  username: z.string(),
  role: z.enum(['supervisor', 'clerk']),
  active: z.boolean(),
  /** Locked after too many failed sign-ins in a row, until a supervisor unlocks it. */
  locked: z.boolean(),
});

export const officeInput = z.strictObject({
  parentAgency: text(120),
  officeName: text(160),
  officeCode,
  place: text(60),
  address: text(300),
  // Printed on every guidance slip and postal slip as typed ("0233 3851 234"): a real Vietnamese number.
  phone: text(30).refine((v) => normalisePhone(v) !== null, { error: intakeMessages.phone }),
  counterNumber,
});

const statusOutput = z.object({
  setupDone: z.boolean(),
  office: z
    .object({ parentAgency: z.string(), officeName: z.string(), officeCode: z.string(), place: z.string(), address: z.string(), phone: z.string() })
    .nullable(),
  counterNumber: z.number(),
  idleMinutes: z.number(),
  clerk: clerkSummary.nullable(),
  locked: z.boolean(),
  /** Only when the database failed the start-up check: nothing but a restore works. */
  recovery: recoveryInfo.optional(),
  /** Only while the start-up integrity check runs: ask again shortly. */
  checking: z.boolean().optional(),
});

export const setupContract = {
  /** What the app should show: setup, sign-in, the lock screen or the work. */
  'app.status': method(z.strictObject({}), statusOutput, 'public'),
  /** First run: the office, the counter and the first (supervisor) clerk. */
  'setup.complete': method(
    z.strictObject({
      office: officeInput,
      clerk: z.strictObject({ fullName: text(100), username, password }),
    }),
    statusOutput,
    'public',
  ),
};
