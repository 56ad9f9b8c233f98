// @runs: main
// Printing settings, one key each so a counter can change one without the others.
import { z } from 'zod';
import { storedFolder } from '../settings/folders';
import { settingKey } from '../settings/store';

export const printerNameSetting = settingKey<string>('documents.printerName', z.string(), '');
export const paperSetting = settingKey<'A4' | 'A5'>('documents.paper', z.enum(['A4', 'A5']), 'A4');
export const copiesSetting = settingKey<number>('documents.copies', z.number().int().min(1).max(9), 1);
/** Empty: <dataDir>/printed. */
export const outputFolderSetting = settingKey<string>('documents.outputFolder', storedFolder, '');
export const formSetSetting = settingKey<'2018' | '2025'>('documents.formSet', z.enum(['2018', '2025']), '2025');
