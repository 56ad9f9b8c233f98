// @runs: test
import type { Samples } from './index';
import type { clerksContract } from '../../../src-main/clerks/contract';
import type { settingsContract } from '../../../src-main/settings/contract';
import type { setupContract } from '../../../src-main/setup/contract';

export const foundationSamples: Samples<typeof setupContract & typeof clerksContract & typeof settingsContract> = {
  'app.status': {},
  'setup.complete': {
    office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 2 },
    clerk: { fullName: 'Lê Văn Tám', username: 'tamlv', password: '12345678' },
  },
  'session.signIn': { username: 'huongntt', password: 'mat-khau-8' },
  'session.signOut': {},
  'session.lock': {},
  'session.unlock': { password: 'mat-khau-8' },
  'session.heartbeat': {},
  'clerks.list': {},
  'clerks.add': { fullName: 'Trần Thị Bích Ngọc', username: 'ngocttb', password: '12345678', role: 'clerk' },
  'clerks.setActive': { clerkId: 1, active: false },
  'clerks.unlockAccount': { clerkId: 1 },
  'settings.get': {},
  'settings.update': {
    office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'BHXH khu vực XXV', officeCode: '000.00.15.H27', place: 'Huế', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 4 },
    idleMinutes: 15,
  },
};
