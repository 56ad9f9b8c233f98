// @runs: main
// The queue's settings, one key so a supervisor saves them at once.
import { z } from 'zod';
import { settingKey } from '../settings/store';
import { defaultDepartments } from '../shared/vi/queue';

export const queueSettingsSchema = z.object({
  /** Offered when handing over; the clerk may still type another. */
  departments: z.array(z.string().max(200)).max(50),
  /** A dossier shows as "due soon" this many working days ahead. */
  dueSoonDays: z.number().int().min(0).max(20),
  postOffice: z.string().max(200),
  signer: z.object({ title: z.string().max(100), onBehalf: z.string().max(100), name: z.string().max(100) }),
});
export type QueueSettings = z.infer<typeof queueSettingsSchema>;

export const queueSettingsKey = settingKey<QueueSettings>('queue.settings', queueSettingsSchema, {
  departments: defaultDepartments,
  dueSoonDays: 2,
  postOffice: 'Bưu điện',
  signer: { title: 'GIÁM ĐỐC', onBehalf: '', name: '' },
});
