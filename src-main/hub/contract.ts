// @runs: shared
import { z } from 'zod';
import { method } from '../api/kit';
import { clerkString, id, isoDate, loadedVersion, secret, text } from '../shared/schemas';
import { fieldMessages } from '../shared/vi/fields';
import { hubWords } from '../shared/vi/hub';

const status = z.object({
  joined: z.boolean(),
  address: z.string().nullable(),
  user: z.string().nullable(),
  connected: z.boolean(),
  waiting: z.number(),
  lastExchangeAt: z.string().nullable(),
  conflicts: z.number(),
  holdsOffice: z.boolean(),
  /** A first join copying the office's dossiers, or a long catch-up. */
  progress: z.object({ stage: z.enum(['dossiers', 'indexes', 'records', 'changes']), done: z.number(), total: z.number() }).nullable(),
  label: z.string(),
});

const kept = z.enum(['accepted', 'disconnected']);

const conflict = z.object({
  dossierId: z.number(),
  dossierCode: z.string().nullable(),
  changeId: z.string(),
  origin: z.number(),
  action: z.string(),
  detectedAt: z.string(),
  /** Null until a supervisor settles it (at any counter). */
  settlement: z.object({ at: z.string(), counter: z.number(), clerkName: z.string(), kept, reason: z.string() }).nullable(),
});

const historyStep = z.object({
  at: z.string(),
  counter: z.number(),
  clerkName: z.string(),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  reason: z.string().nullable(),
  /** What the step's event says (department and receiver, result number, collector…), as the control sheet words it. */
  details: z.string().nullable(),
});

/** "<counter>:<number>", as the hub names a change. */
const changeId = clerkString(40).pipe(z.string().regex(/^\d{1,9}:\d{1,15}$/, { error: hubWords.conflictUnknown }));

const counterDay = z.object({
  counter: z.number(),
  self: z.boolean(),
  closure: z
    .object({ status: z.enum(['closed', 'reopened']), closedAt: z.string(), closedBy: z.string().nullable(), reopenedAt: z.string().nullable(), reopenedBy: z.string().nullable(), reopenReason: z.string().nullable() })
    .nullable(),
  package: z.object({ name: z.string(), revision: z.number(), destination: z.string(), state: z.string(), attempts: z.number(), sentAt: z.string().nullable() }).nullable(),
});

/**
 * The progress channel's task (ProgressEvent) that says other counters' changes were applied here:
 * the renderer reloads what is on screen, so a dossier returned at another counter shows returned at once.
 */
export const HUB_RECEIVED_TASK = 'hub.received';

const clerkClash = z.object({ username: z.string(), keptBy: z.string(), parkedAs: z.string(), parkedName: z.string(), detectedAt: z.string() });

const settingChange = z.object({ key: z.string(), value: z.unknown(), clerkName: z.string(), counter: z.number(), at: z.string() });

/** host:port/database, as the IT officer gives it: a pasted postgres:// URL with its account is refused with a hint. */
const hubAddress = text(300).superRefine((address, ctx) => {
  if (/^postgres(ql)?:|@/i.test(address)) return void ctx.addIssue({ code: 'custom', message: hubWords.join.addressWithAccount });
  const port = /^(?:\[[0-9a-f:]+\]|[\p{L}\p{N}._-]+):(\d{1,5})\/[\p{L}\p{N}_-]+$/iu.exec(address)?.[1];
  if (!port || Number(port) < 1 || Number(port) > 65_535) ctx.addIssue({ code: 'custom', message: hubWords.join.addressShape });
});

export const hubContract = {
  /** The shell's footer: connected or working offline with n changes waiting, and the last exchange. */
  'hub.status': method(z.strictObject({}), status, 'clerk'),
  /** A supervisor joins this counter to the office hub: host:port/database, the counter's role and password (kept sealed). */
  'hub.join': method(z.strictObject({ address: hubAddress, user: text(100), password: secret(1, fieldMessages.required) }), status, 'supervisor'),
  /** Back to working alone; what was received stays. */
  'hub.leave': method(z.strictObject({}), status, 'supervisor'),
  /** Clerks created apart under one user name: the later in the hub's order signs in under its parked name until a supervisor settles it. */
  'hub.clerkClashes': method(z.strictObject({}), z.object({ clashes: z.array(clerkClash) }), 'supervisor'),
  /** Where scans' bytes are kept for the other counters: '' = on the hub, or a folder every counter reaches (an office setting). */
  'hub.scanFolder': method(z.strictObject({}), z.object({ folder: z.string(), version: z.string() }), 'supervisor'),
  /** Refused (CONFLICT, nothing written) when the stored folder changed since the form loaded `version`. */
  'hub.setScanFolder': method(z.strictObject({ folder: clerkString(500).transform((s) => s.trim()), version: loadedVersion }), z.object({ folder: z.string(), version: z.string() }), 'supervisor'),
  /** The office-wide settings' history (who, when, which value, from which counter), newest first. */
  'hub.settingHistory': method(z.strictObject({ key: text(100).optional() }), z.object({ changes: z.array(settingChange) }), 'supervisor'),
  /** Actions taken while disconnected on a dossier another counter changed meanwhile (of one dossier, or all), newest first, settled or not. */
  'hub.conflicts': method(z.strictObject({ dossierId: id.optional() }), z.object({ conflicts: z.array(conflict) }), 'clerk'),
  /** Both histories of one conflict: what the hub's order accepted and the action taken while disconnected. */
  'hub.conflict': method(
    z.strictObject({ changeId }),
    z.object({
      conflict,
      state: z.string(),
      accepted: z.array(historyStep),
      disconnected: z.array(historyStep),
      /** Why the disconnected action cannot be kept (taken again) from the state now; null when it can. The same rule as hub.settleConflict. */
      keepRefusal: z.string().nullable(),
    }),
    'clerk',
  ),
  /** A supervisor settles a conflict with a reason: the accepted outcome stands, or the disconnected action is taken again (if the state machine allows it). */
  'hub.settleConflict': method(z.strictObject({ changeId, kept, reason: text(1000, { multiline: true }) }), z.object({ conflict }), 'supervisor'),
  /** Every counter's day as this counter knows it: closed or not, by whom and when, its package's state. */
  'hub.officeDay': method(z.strictObject({ day: isoDate }), z.object({ counters: z.array(counterDay) }), 'supervisor'),
};
