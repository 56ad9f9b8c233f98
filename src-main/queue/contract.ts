// @runs: shared
import { TIME_LIMIT_UNITS } from '../calendar/appointment';
import { z } from 'zod';
import { officeScope } from '../hub/scope';
import { emptyInput, method, okOutput } from '../api/kit';
import { checkIdentity, identityFields } from '../dossiers/intake-form';
import { clerkString, id, isoDate, optionalText, text } from '../shared/schemas';
import { queueMessages as m } from '../shared/vi/queue';

export const QUEUE_VIEW_KEYS = ['receivedToday', 'toHandOver', 'inProcessing', 'dueSoon', 'overdue', 'awaitingSupplement', 'resultReady', 'returned'] as const;

const timing = z.enum(['early', 'onTime', 'late']);
const urgency = z.enum(['overdue', 'dueSoon']).nullable();

const queueRow = z.object({
  dossierId: z.number(),
  code: z.string().nullable(),
  applicantName: z.string(),
  procedureName: z.string(),
  state: z.string(),
  receivedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  dueAt: z.string().nullable(),
  currentDueDate: z.string().nullable(),
  extendedDueAt: z.string().nullable(),
  department: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnTiming: timing.nullable(),
  resultDelivery: z.enum(['counter', 'post']),
  daysLeft: z.number().nullable(),
  timeLimitUnit: z.enum(TIME_LIMIT_UNITS),
  urgency,
  /** The counter that received the dossier. */
  counter: z.number(),
});

const paper = z.object({ documentId: z.number().nullable(), printMessage: z.string() });

const resultItem = z.strictObject({ name: text(200), count: z.number().int().min(1).max(99) });

const collector = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('applicant') }),
  // Identified like an applicant: the personal ID, or a passport or other document (a foreigner may collect).
  z.strictObject({ kind: z.literal('authorised'), fullName: text(100), ...identityFields(m.collectorId) }).superRefine(checkIdentity),
]);

const delivery = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('counter'), collector, signatureNoted: z.boolean() }),
  z.strictObject({ method: z.literal('post'), trackingNumber: text(40), postOffice: text(200), address: text(300) }),
]);

const returnDetails = z.union([
  z.object({ method: z.literal('counter'), collector: z.object({ kind: z.enum(['applicant', 'authorised']), fullName: z.string(), personalId: z.string().optional(), documentType: z.string().optional(), documentNumber: z.string().optional(), nationality: z.string().optional() }), signatureNoted: z.boolean() }),
  z.object({ method: z.literal('post'), trackingNumber: z.string(), postOffice: z.string(), address: z.string() }),
]);

const settings = z.object({
  departments: z.array(z.string()),
  dueSoonDays: z.number(),
  postOffice: z.string(),
  signer: z.object({ title: z.string(), onBehalf: z.string(), name: z.string() }),
});

const dossierId = { dossierId: id };

export const queueContract = {
  /** One page of a queue view, in due-date (or time) order, with the view's total; this counter's dossiers or the whole office's (scope). */
  'queue.list': method(
    z.strictObject({
      view: z.enum(QUEUE_VIEW_KEYS),
      scope: officeScope.optional(),
      cursor: clerkString(300).optional(),
      limit: z.number().int().min(1).max(200).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
    }),
    z.object({ rows: z.array(queueRow), nextCursor: z.string().nullable(), count: z.number(), today: z.string(), dueSoonDays: z.number() }),
  ),
  'queue.counts': method(
    z.strictObject({ from: isoDate.optional(), to: isoDate.optional(), scope: officeScope.optional() }),
    z.object({ counts: z.record(z.enum(QUEUE_VIEW_KEYS), z.number()), today: z.string() }),
  ),
  /** Returned in a date range: early / on time / late against the ORIGINAL due date; the office's or this counter's (scope). */
  'queue.stats': method(z.strictObject({ from: isoDate, to: isoDate, scope: officeScope.optional() }), z.object({ early: z.number(), onTime: z.number(), late: z.number(), total: z.number() })),
  /** What the queue knows of one dossier beyond dossiers.get: department, dates, return details. */
  'queue.dossier': method(
    z.strictObject(dossierId),
    z.object({
      department: z.string().nullable(),
      handedOverAt: z.string().nullable(),
      resultReceivedAt: z.string().nullable(),
      resultItems: z.array(z.object({ name: z.string(), count: z.number() })),
      returnedAt: z.string().nullable(),
      returnDetails: returnDetails.nullable(),
      dueDate: z.string().nullable(),
      dueAt: z.string().nullable(),
      extendedDueAt: z.string().nullable(),
      extensionCount: z.number(),
      currentDueDate: z.string().nullable(),
      daysLeft: z.number().nullable(),
      timeLimitUnit: z.enum(TIME_LIMIT_UNITS),
      urgency,
      late: z.boolean(),
      timing: timing.nullable(),
    }),
  ),
  /** Hands the dossier to the resolving department; the control sheet is printed to travel with it. */
  'queue.handOver': method(z.strictObject({ ...dossierId, department: text(200), receiverName: text(100) }), paper),
  'queue.requestSupplement': method(z.strictObject({ ...dossierId, reason: text(1000, { multiline: true }) }), okOutput),
  'queue.receiveSupplement': method(z.strictObject({ ...dossierId, documents: text(1000, { multiline: true }) }), okOutput),
  'queue.receiveResult': method(
    z.strictObject({ ...dossierId, resultNumber: text(60), items: z.array(resultItem).min(1, { error: m.itemsRequired }).max(30), deliveredBy: optionalText(100) }),
    okOutput,
  ),
  /** At the counter (who collected it) or by post (tracking number; the postal hand-over slip is printed). */
  'queue.returnResult': method(z.strictObject({ ...dossierId, delivery }), paper),
  /** Stopped at the applicant's request or withdrawn; under the 2025 form set the stop notice is printed. */
  'queue.stop': method(z.strictObject({ ...dossierId, kind: z.enum(['applicantRequest', 'withdrawn']), reason: text(1000, { multiline: true }) }), paper),
  /** Late result: reason and a new date (a working day after the current one); the apology is printed. */
  'queue.apologise': method(z.strictObject({ ...dossierId, reason: text(1000, { multiline: true }), newDueDate: isoDate }), paper.extend({ newDueAt: z.string() }), 'supervisor'),
  /** The processing-control sheet as of now, from the dossier's events. */
  'queue.controlSheet': method(z.strictObject(dossierId), paper),
  'queue.settings': method(emptyInput, settings),
  'queue.updateSettings': method(
    z.strictObject({
      departments: z.array(text(200)).max(50),
      dueSoonDays: z.number().int().min(0).max(20),
      postOffice: text(200),
      signer: z.strictObject({ title: text(100), onBehalf: optionalText(100), name: optionalText(100) }),
    }),
    settings,
    'supervisor',
  ),
};
