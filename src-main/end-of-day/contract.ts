// @runs: shared
import { z } from 'zod';
import { emptyInput, method } from '../api/kit';
import { free, id, isoDate, text } from '../shared/schemas';

const dossierLine = z.object({ dossierId: z.number(), code: z.string().nullable(), applicantName: z.string() });
const openItems = z.object({
  drafts: z.array(z.object({ draftId: z.number(), clerkName: z.string(), updatedAt: z.string(), applicantName: z.string(), procedureName: z.string() })),
  withoutReceipt: z.array(dossierLine),
  resultsNotReturned: z.array(dossierLine.extend({ resultReceivedAt: z.string().nullable() })),
});

const counts = z.object({
  dossiers: z.number(),
  registerRows: z.number(),
  components: z.number(),
  documents: z.number(),
  attachments: z.number(),
  ratings: z.number(),
  corrections: z.number(),
  actions: z.record(z.string(), z.number()),
});

const correction = z.object({
  revision: z.number(),
  dossierId: z.number(),
  dossierCode: z.string().nullable(),
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  reason: z.string(),
  by: z.string(),
  at: z.string(),
});

export const dayStatus = z.object({
  day: z.string(),
  counter: z.number(),
  closure: z
    .object({
      status: z.enum(['closed', 'reopened']),
      closedAt: z.string(),
      closedBy: z.string().nullable(),
      openItemsAtClose: openItems,
      reopenedAt: z.string().nullable(),
      reopenReason: z.string().nullable(),
    })
    .nullable(),
  openItems,
  revisions: z.array(z.object({ revision: z.number(), madeAt: z.string() })),
  counts: counts.nullable(),
  corrections: z.array(correction),
  stepsAfterClose: z.number(),
  exported: z.object({ packageName: z.string(), folder: z.string() }).nullable(),
});

export const outboxItem = z.object({
  id: z.number(),
  packageName: z.string(),
  day: z.string(),
  revision: z.number(),
  destination: z.enum(['folder', 'http']),
  target: z.string(),
  state: z.enum(['queued', 'sending', 'sent', 'failed']),
  attempts: z.number(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  queuedAt: z.string(),
  sentAt: z.string().nullable(),
});

const sending = z.object({ destination: z.enum(['none', 'folder', 'http']), folder: z.string(), url: z.string() });

export const endOfDayContract = {
  /** The day's closure, what is unfinished, its revisions and corrections (default: today). */
  'endOfDay.status': method(z.strictObject({ date: isoDate.optional() }), dayStatus),
  /** Chốt sổ; with unfinished items only once the closer confirms them. */
  'endOfDay.close': method(z.strictObject({ date: isoDate, confirmOpenItems: z.boolean() }), dayStatus),
  'endOfDay.reopen': method(z.strictObject({ date: isoDate, reason: text(500, { multiline: true }) }), dayStatus, 'supervisor'),
  /** A logged correction of a closed day's intake record: the day's package becomes the next revision. */
  'endOfDay.correct': method(
    z.strictObject({ dossierId: id, field: text(100), value: free(500), reason: text(500) }),
    z.object({ day: z.string(), revision: z.number() }),
    'supervisor',
  ),
  /** Writes the closed day's package (progress events) and queues it for the configured destination. */
  'endOfDay.export': method(
    z.strictObject({ date: isoDate }),
    z.object({ packageName: z.string(), revision: z.number(), folder: z.string(), counts, outbox: outboxItem.nullable() }),
  ),
  'endOfDay.outbox': method(emptyInput, z.object({ items: z.array(outboxItem) })),
  /** "Gửi lại ngay": one attempt now for one package, or for every unsent one. */
  'endOfDay.sendNow': method(z.strictObject({ id: id.optional() }), z.object({ attempted: z.number(), sent: z.number(), failed: z.number(), items: z.array(outboxItem) })),
  'endOfDay.sendingSettings': method(emptyInput, sending.extend({ publicKeyPem: z.string(), fingerprint: z.string() })),
  'endOfDay.updateSendingSettings': method(
    z.strictObject({ destination: z.enum(['none', 'folder', 'http']), folder: free(500), url: free(500) }),
    sending.extend({ publicKeyPem: z.string(), fingerprint: z.string() }),
    'supervisor',
  ),
};
