// @runs: test
// Intake forms as a clerk fills them, for the integration tests.
import type { IntakeFormInput } from '../../src-main/dossiers/intake-form';
import { sampleIntakeForm } from './samples/dossiers';

export function cardReissueForm(overrides: Partial<IntakeFormInput> = {}): IntakeFormInput {
  return { ...structuredClone(sampleIntakeForm), ...overrides };
}

export function pensionForm(received: 'all' | 'missing-book' = 'all'): IntakeFormInput {
  return {
    ...structuredClone(sampleIntakeForm),
    procedureId: 'huong-luong-huu',
    applicant: {
      kind: 'person',
      fullName: 'Trần Văn Đức',
      personalId: '045066004321',
      birthDate: '1966',
      sex: 'nam',
      address: 'Thôn Tân Định, xã Cam Lộ, tỉnh Quảng Trị',
      phone: '0233 3852 123',
    },
    components: [
      { key: 'so-bhxh', status: received === 'all' ? 'received' : 'missing', note: received === 'all' ? undefined : 'Sổ BHXH đã chốt quá trình đóng' },
      { key: '14-hsb', status: 'received' },
      { key: 'quyet-dinh-nghi-viec', status: 'received' },
      { key: 'bien-ban-gdyk', status: 'not_needed' },
    ],
  };
}
