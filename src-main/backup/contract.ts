// @runs: shared
import { z } from 'zod';
import { method, okOutput } from '../api/kit';
import { backupWords } from '../shared/vi/backup';
import { fieldMessages } from '../shared/vi/fields';
import { optionalText } from '../shared/schemas';

/** A backup folder's name: its local time, e.g. 2026-03-02_17-30-05 (a second one in the same second gets -2). */
export const BACKUP_ID = /^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(-\d{1,3})?$/;

export const backupSummary = z.object({
  id: z.string(),
  at: z.string(),
  reason: z.enum(['manual', 'daily', 'cli']),
  schemaVersion: z.number(),
  databaseBytes: z.number(),
  fileCount: z.number(),
  filesBytes: z.number(),
  /** From the manifest written at backup time and a size check now; the full check runs before a restore. */
  state: z.enum(['ok', 'damaged']),
});

export const backupSettings = z.object({
  /** Empty: <dataDir>/backups. */
  folder: z.string(),
  /** The folder actually used. */
  resolvedFolder: z.string(),
  keep: z.number(),
  dailyTime: z.string(),
});

export const recoveryInfo = z.object({
  reason: z.string(),
  folder: z.string(),
  backups: z.array(backupSummary),
});

const backupId = z.string().max(40).regex(BACKUP_ID, { error: fieldMessages.wrongType });

export const backupContract = {
  'backup.list': method(z.strictObject({}), z.object({ backups: z.array(backupSummary), settings: backupSettings }), 'clerk'),
  /** Backs up now (any clerk: it only adds a copy); progress events under task "backup". */
  'backup.run': method(z.strictObject({}), backupSummary, 'clerk'),
  /** Replaces the live data with a checked backup; everyone signs in again afterwards. */
  'backup.restore': method(z.strictObject({ id: backupId, password: z.string().max(256) }), okOutput, 'supervisor'),
  'backup.updateSettings': method(
    z.strictObject({
      folder: optionalText(500),
      keep: z.number({ error: backupWords.keepRange }).int({ error: backupWords.keepRange }).min(1, { error: backupWords.keepRange }).max(365, { error: backupWords.keepRange }),
      dailyTime: z.string().max(5).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: backupWords.timeFormat }),
    }),
    backupSettings,
    'supervisor',
  ),
  /** Only in recovery mode (the database is damaged, nobody can sign in): restores the newest good backup or the chosen one. */
  'backup.recover': method(z.strictObject({ id: backupId.optional() }), okOutput, 'public'),
};
