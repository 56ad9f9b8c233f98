// @runs: test
// Intake forms as a clerk fills them, for the integration tests.
import type { IntakeFormInput } from '../../src-main/dossiers/intake-form';
import { sampleIntakeForm } from './samples/dossiers';
import type { TestApp } from './services';

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

/**
 * The limits these queue and report scenarios were written against (the catalogue before Law 41/2024):
 * a card re-issue in 2 working days, a pension in 20 working days. A supervisor's edit, as in the app.
 */
export async function useOldLimits(app: TestApp): Promise<void> {
  await app.ok('catalogue.update', { procedureId: 'cap-lai-the-bhyt', changes: { timeLimitDays: 2, timeLimitUnit: 'working_days' }, changeNote: 'Số liệu thử' });
  await app.ok('catalogue.update', { procedureId: 'huong-luong-huu', changes: { timeLimitDays: 20, timeLimitUnit: 'working_days' }, changeNote: 'Số liệu thử' });
}
