// @runs: main
// The office's choice of where scans' bytes are kept for the other counters.
import { storedFolder } from '../settings/folders';
import { settingKey } from '../settings/store';

/** An office setting: a folder every counter reaches (a share) where scans' bytes are kept instead of the hub; empty: the hub. */
export const sharedScansFolderSetting = settingKey<string>('hub.sharedScansFolder', storedFolder, '');
