// @runs: shared
import { z } from 'zod';
import { method } from '../api/kit';
import { clerkString, text } from '../shared/schemas';

const status = z.object({
  joined: z.boolean(),
  address: z.string().nullable(),
  user: z.string().nullable(),
  connected: z.boolean(),
  waiting: z.number(),
  lastExchangeAt: z.string().nullable(),
  conflicts: z.number(),
  label: z.string(),
});

const conflict = z.object({
  dossierId: z.number(),
  dossierCode: z.string().nullable(),
  changeId: z.string(),
  origin: z.number(),
  action: z.string(),
  detectedAt: z.string(),
});

/**
 * The progress channel's task (ProgressEvent) that says other counters' changes were applied here:
 * the renderer reloads what is on screen, so a dossier returned at another counter shows returned at once.
 */
export const HUB_RECEIVED_TASK = 'hub.received';

const clerkClash = z.object({ username: z.string(), keptBy: z.string(), parkedAs: z.string(), parkedName: z.string(), detectedAt: z.string() });

const settingChange = z.object({ key: z.string(), value: z.unknown(), clerkName: z.string(), counter: z.number(), at: z.string() });

export const hubContract = {
  /** The shell's footer: connected or working offline with n changes waiting, and the last exchange. */
  'hub.status': method(z.strictObject({}), status, 'clerk'),
  /** A supervisor joins this counter to the office hub: host:port/database, the counter's role and password (kept sealed). */
  'hub.join': method(z.strictObject({ address: text(300), user: text(100), password: z.string().min(1).max(256) }), status, 'supervisor'),
  /** Back to working alone; what was received stays. */
  'hub.leave': method(z.strictObject({}), status, 'supervisor'),
  /** Actions taken while disconnected on a dossier another counter changed meanwhile. */
  'hub.conflicts': method(z.strictObject({}), z.object({ conflicts: z.array(conflict) }), 'clerk'),
  /** Clerks created apart under one user name: the later in the hub's order signs in under its parked name until a supervisor settles it. */
  'hub.clerkClashes': method(z.strictObject({}), z.object({ clashes: z.array(clerkClash) }), 'supervisor'),
  /** The office-wide settings' history (who, when, which value, from which counter), newest first. */
  /** Where scans' bytes are kept for the other counters: '' = on the hub, or a folder every counter reaches (an office setting). */
  'hub.scanFolder': method(z.strictObject({}), z.object({ folder: z.string() }), 'supervisor'),
  'hub.setScanFolder': method(z.strictObject({ folder: clerkString(500).transform((s) => s.trim()) }), z.object({ folder: z.string() }), 'supervisor'),
  'hub.settingHistory': method(z.strictObject({ key: text(100).optional() }), z.object({ changes: z.array(settingChange) }), 'supervisor'),
};
