// @runs: main
// Where the day's packages go, and the office's signing key. The key pair is
// made once, on first use, and kept in settings so backups carry it.
import { z } from 'zod';
import { storedFolder } from '../settings/folders';
import { settingKey } from '../settings/store';

export const sendingSchema = z.object({
  /** none: packages stay in the data folder's exports/ until a destination is set. */
  destination: z.enum(['none', 'folder', 'http']),
  /** USB stick or shared drive, a full path; one that breaks the folder rule reads as none set. */
  folder: storedFolder.catch(''),
  /** The central system's endpoint. */
  url: z.string().max(500),
});
export type SendingSettings = z.infer<typeof sendingSchema>;

export const sendingSetting = settingKey<SendingSettings>('endOfDay.sending', sendingSchema, { destination: 'none', folder: '', url: '' });

export const signingKeySchema = z.object({ publicKeyPem: z.string(), privateKeyPem: z.string() });
export const signingKeySetting = settingKey<z.infer<typeof signingKeySchema> | null>('endOfDay.signingKey', signingKeySchema.nullable(), null);
