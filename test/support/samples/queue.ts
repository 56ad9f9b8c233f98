// @runs: test
import type { queueContract } from '../../../src-main/queue/contract';
import type { Samples } from './index';

export const queueSamples: Samples<typeof queueContract> = {
  'queue.list': { view: 'inProcessing', limit: 20 },
  'queue.counts': { from: '2026-03-01', to: '2026-03-31' },
  'queue.stats': { from: '2026-03-01', to: '2026-03-31' },
  'queue.dossier': { dossierId: 1 },
  'queue.handOver': { dossierId: 1, department: 'Phòng Quản lý thu - Sổ, thẻ', receiverName: 'Lê Văn Tâm' },
  'queue.requestSupplement': { dossierId: 1, reason: 'Thiếu bản sao quyết định nghỉ việc' },
  'queue.receiveSupplement': { dossierId: 1, documents: 'Bản sao quyết định nghỉ việc' },
  'queue.receiveResult': { dossierId: 1, resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }], deliveredBy: 'Lê Văn Tâm' },
  'queue.returnResult': { dossierId: 1, delivery: { method: 'post', trackingNumber: 'EB123456789VN', postOffice: 'Bưu cục Đông Hà', address: 'Số 12 đường Lê Lợi, phường Đông Hà' } },
  'queue.stop': { dossierId: 1, kind: 'applicantRequest', reason: 'Người nộp đề nghị dừng giải quyết' },
  'queue.apologise': { dossierId: 1, reason: 'Chờ xác minh quá trình đóng', newDueDate: '2026-03-20' },
  'queue.controlSheet': { dossierId: 1 },
  'queue.settings': {},
  'queue.updateSettings': {
    departments: ['Phòng Quản lý thu - Sổ, thẻ'],
    dueSoonDays: 2,
    postOffice: 'Bưu cục Đông Hà',
    signer: { title: 'GIÁM ĐỐC', onBehalf: 'KT. GIÁM ĐỐC', name: 'Hoàng Văn Minh' },
  },
};
