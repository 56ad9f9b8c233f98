// @runs: shared
import { z } from 'zod';
import { method } from '../api/kit';
import { text } from '../shared/schemas';

const status = z.object({
  joined: z.boolean(),
  address: z.string().nullable(),
  user: z.string().nullable(),
  connected: z.boolean(),
  waiting: z.number(),
  lastExchangeAt: z.string().nullable(),
  conflicts: z.number(),
  /** A first join copying the office's dossiers. */
  progress: z.object({ done: z.number(), total: z.number() }).nullable(),
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

export const hubContract = {
  /** The shell's footer: connected or working offline with n changes waiting, and the last exchange. */
  'hub.status': method(z.strictObject({}), status, 'clerk'),
  /** A supervisor joins this counter to the office hub: host:port/database, the counter's role and password (kept sealed). */
  'hub.join': method(z.strictObject({ address: text(300), user: text(100), password: z.string().min(1).max(256) }), status, 'supervisor'),
  /** Back to working alone; what was received stays. */
  'hub.leave': method(z.strictObject({}), status, 'supervisor'),
  /** Actions taken while disconnected on a dossier another counter changed meanwhile. */
  'hub.conflicts': method(z.strictObject({}), z.object({ conflicts: z.array(conflict) }), 'clerk'),
};
