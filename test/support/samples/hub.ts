// @runs: test
import type { hubContract } from '../../../src-main/hub/contract';
import type { Samples } from './index';

export const hubSamples: Samples<typeof hubContract> = {
  'hub.status': {},
  'hub.join': { address: '127.0.0.1:5432/postgres', user: 'motcua_counter_3', password: 'mat-khau' },
  'hub.leave': {},
  'hub.conflicts': {},
  'hub.clerkClashes': {},
  'hub.scanFolder': {},
  'hub.setScanFolder': { folder: '' },
  'hub.settingHistory': { key: 'office' },
  'hub.conflict': { changeId: '2:14' },
  'hub.settleConflict': { changeId: '2:14', kept: 'accepted', reason: 'Công dân đã nhận kết quả tại quầy 1' },
  'hub.officeDay': { day: '2026-03-02' },
};
