// @runs: main
// What the office accepts as a scan, and where the counter's scanner saves files.
import { z } from 'zod';
import { storedFolder } from '../settings/folders';
import { settingKey } from '../settings/store';
import type { ScanKind } from './sniff';

export const SCAN_KINDS = ['pdf', 'jpeg', 'png'] as const satisfies readonly ScanKind[];

export const acceptedKindsSetting = settingKey<ScanKind[]>('attachments.acceptedKinds', z.array(z.enum(SCAN_KINDS)).min(1), ['pdf', 'jpeg', 'png']);
export const maxMegabytesSetting = settingKey<number>('attachments.maxMegabytes', z.number().int().min(1).max(200), 25);
/** Empty: no scanner folder is watched. */
export const scannerFolderSetting = settingKey<string>('attachments.scannerFolder', storedFolder, '');
