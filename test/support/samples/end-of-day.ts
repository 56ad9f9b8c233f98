// @runs: test
import type { endOfDayContract } from '../../../src-main/end-of-day/contract';
import type { Samples } from './index';

export const endOfDaySamples: Samples<typeof endOfDayContract> = {
  'endOfDay.status': { date: '2026-03-02' },
  'endOfDay.close': { date: '2026-03-02', confirmOpenItems: true },
  'endOfDay.reopen': { date: '2026-03-02', reason: 'Nhập thiếu một hồ sơ nhận qua bưu điện' },
  'endOfDay.correct': { dossierId: 1, field: 'setCount', value: '2', reason: 'Ghi nhầm số bộ hồ sơ' },
  'endOfDay.export': { date: '2026-03-02' },
  'endOfDay.outbox': {},
  'endOfDay.sendNow': { id: 1 },
  'endOfDay.sendingSettings': {},
  'endOfDay.updateSendingSettings': { destination: 'folder', folder: '/media/usb/chuyen-du-lieu', url: '' },
};
