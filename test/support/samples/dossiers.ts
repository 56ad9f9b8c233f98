// @runs: test
import type { dossiersContract } from '../../../src-main/dossiers/contract';
import type { IntakeFormInput } from '../../../src-main/dossiers/intake-form';
import type { Samples } from './index';

export const sampleIntakeForm: IntakeFormInput = {
  procedureId: 'cap-lai-the-bhyt',
  applicant: {
    kind: 'person',
    fullName: 'Nguyễn Thị Minh Khai',
    personalId: '045186001234',
    birthDate: '12/05/1986',
    sex: 'nu',
    bhxhNumber: '4512345678',
    healthCardNumber: 'HC4 45 4512345678',
    phone: '0912 345 678',
    email: 'khai.nguyen@example.vn',
    address: 'Số 12 đường Lê Lợi, phường Đông Hà, tỉnh Quảng Trị',
  },
  channel: 'counter',
  resultDelivery: 'counter',
  setCount: 1,
  components: [{ key: 'tk1-ts', status: 'received' }],
};

export const dossiersSamples: Samples<typeof dossiersContract> = {
  'applicants.lookup': { query: '045186' },
  'intake.accept': { form: sampleIntakeForm },
  'intake.issueGuidance': { form: sampleIntakeForm, reason: 'Thiếu tờ khai TK1-TS' },
  'intake.refuse': { form: sampleIntakeForm, reasons: ['Thủ tục không thuộc thẩm quyền'] },
  'intake.resolveOnTheSpot': { form: sampleIntakeForm, resultNumber: 'HC4454512345678', receiverName: 'Nguyễn Thị Minh Khai' },
  'intake.pendingGuidance': { query: 'Khai' },
  'intake.saveDraft': { content: '{}' },
  'intake.drafts': {},
  'intake.loadDraft': { draftId: 1 },
  'intake.discardDraft': { draftId: 1 },
  'dossiers.get': { dossierId: 1 },
  'applicants.conflict': { applicant: sampleIntakeForm.applicant },
  'dossiers.correct': { dossierId: 1, field: 'applicant.phone', value: '0913 000 111', reason: 'Công dân báo số mới' },
};
