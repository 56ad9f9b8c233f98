// @runs: main
// Backup settings. The folder is also remembered in a small file beside the
// database (store.ts), because recovery mode must find the backups without it.
import { z } from 'zod';
import { storedFolder } from '../settings/folders';
import { settingKey } from '../settings/store';

/** Empty: <dataDir>/backups. */
export const backupFolderSetting = settingKey<string>('backup.folder', storedFolder, '');
export const backupKeepSetting = settingKey<number>('backup.keep', z.number().int().min(1), 14);
/** HH:MM, Vietnam time: the daily backup runs at the first check after it. */
export const backupDailyTimeSetting = settingKey<string>('backup.dailyTime', z.string().regex(/^\d{2}:\d{2}$/), '17:30');
