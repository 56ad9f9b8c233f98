// @runs: test
import type { backupContract } from '../../../src-main/backup/contract';
import type { Samples } from './index';

export const backupSamples: Samples<typeof backupContract> = {
  'backup.list': {},
  'backup.run': {},
  'backup.restore': { id: '2026-03-02_17-30-05', password: 'mat-khau-8' },
  'backup.updateSettings': { folder: '', keep: 14, dailyTime: '17:30' },
  'backup.recover': {},
};
