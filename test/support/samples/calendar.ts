// @runs: test
import type { calendarContract } from '../../../src-main/calendar/contract';
import type { Samples } from './index';

const SCHEDULE = JSON.stringify({
  format: 'mot-cua-desk/calendar',
  version: 1,
  year: 2027,
  source: 'Thông báo số 01/TB',
  days: [{ date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch', legalSource: 'Bộ luật Lao động 2019, Điều 112' }],
});

export const calendarSamples: Samples<typeof calendarContract> = {
  'calendar.get': { year: 2026, month: 2 },
  'calendar.setDay': { date: '2027-03-16', kind: 'holiday', name: 'Nghỉ theo thông báo', legalSource: 'Thông báo số 01/TB', provisional: false },
  'calendar.clearDay': { date: '2026-11-24', reason: 'Nhập nhầm' },
  'calendar.confirmYear': { year: 2027 },
  'calendar.impact': { date: '2027-03-16', kind: 'holiday' },
  'calendar.settings': {},
  'calendar.updateSettings': { cutoff: '15:00', sameDayTime: '16:00', dueTime: 'receipt', opensAt: '07:30', closesAt: '17:00' },
  'calendar.appointment': { receivedAt: '2026-02-12T10:30:00+07:00', workingDays: 5 },
  'calendar.previewImport': { text: SCHEDULE },
  'calendar.import': { text: SCHEDULE },
  'calendar.history': { year: 2026 },
};
