// @runs: test
import type { backupContract } from '../../../src-main/backup/contract';
import type { Samples } from './index';

export const backupSamples: Samples<typeof backupContract> = {};
