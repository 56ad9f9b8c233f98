// @runs: renderer
// The intake form as the clerk edits it (strings, as typed), and its
// conversion to the contract's input. Also what a draft stores.
import type { IntakeFormInput } from '../../src-main/dossiers/intake-form';
import type { ChipCardData } from '../../src-main/people/identifiers';

export type ComponentStatus = 'received' | 'missing' | 'faulty' | 'not_needed';

export interface ApplicantState {
  kind: 'person' | 'organisation';
  fullName: string;
  personalId: string;
  /** '' for the 12-digit personal ID, else a type of the office's list (people.documentTypes). */
  documentType: string;
  documentNumber: string;
  nationality: string;
  birthDate: string;
  sex: '' | 'nam' | 'nu';
  bhxhNumber: string;
  healthCardNumber: string;
  phone: string;
  email: string;
  address: string;
  unitCode: string;
  taxCode: string;
  contactPerson: string;
}

export interface SubmitterState {
  fullName: string;
  personalId: string;
  documentType: string;
  documentNumber: string;
  nationality: string;
  phone: string;
}

export const emptySubmitter: SubmitterState = { fullName: '', personalId: '', documentType: '', documentNumber: '', nationality: '', phone: '' };

export interface IntakeState {
  procedureId: string;
  procedureName: string;
  applicant: ApplicantState;
  hasSubmitter: boolean;
  submitter: SubmitterState;
  channel: 'counter' | 'post' | 'online';
  channelReference: string;
  resultDelivery: 'counter' | 'post';
  deliveryAddress: string;
  setCount: string;
  components: Record<string, { status: ComponentStatus; note: string }>;
  guidanceDossierId: number | null;
}

export const emptyApplicant: ApplicantState = {
  kind: 'person',
  fullName: '',
  personalId: '',
  documentType: '',
  documentNumber: '',
  nationality: '',
  birthDate: '',
  sex: '',
  bhxhNumber: '',
  healthCardNumber: '',
  phone: '',
  email: '',
  address: '',
  unitCode: '',
  taxCode: '',
  contactPerson: '',
};

export function emptyIntake(): IntakeState {
  return {
    procedureId: '',
    procedureName: '',
    applicant: { ...emptyApplicant },
    hasSubmitter: false,
    submitter: { ...emptySubmitter },
    channel: 'counter',
    channelReference: '',
    resultDelivery: 'counter',
    deliveryAddress: '',
    setCount: '1',
    components: {},
    guidanceDossierId: null,
  };
}

export function toFormInput(state: IntakeState): IntakeFormInput {
  const a = state.applicant;
  const applicant: IntakeFormInput['applicant'] =
    a.kind === 'person'
      ? { kind: 'person', fullName: a.fullName, ...identityInput(a), birthDate: a.birthDate, sex: a.sex as 'nam', bhxhNumber: a.bhxhNumber, healthCardNumber: a.healthCardNumber, phone: a.phone, email: a.email, address: a.address }
      : { kind: 'organisation', fullName: a.fullName, unitCode: a.unitCode, taxCode: a.taxCode, contactPerson: a.contactPerson, phone: a.phone, email: a.email, address: a.address };
  return {
    procedureId: state.procedureId,
    applicant,
    ...(state.hasSubmitter ? { submitter: { fullName: state.submitter.fullName, ...identityInput(state.submitter), phone: state.submitter.phone } } : {}),
    channel: state.channel,
    channelReference: state.channelReference,
    resultDelivery: state.resultDelivery,
    deliveryAddress: state.deliveryAddress,
    setCount: Number(state.setCount) || 1,
    components: Object.entries(state.components).map(([key, c]) => ({ key, status: c.status, note: c.note })),
  };
}

/** The identity as the contract takes it: the personal ID, or the chosen document with its number and nationality. */
function identityInput(identity: { personalId: string; documentType: string; documentNumber: string; nationality: string }) {
  if (!identity.documentType) return { personalId: identity.personalId };
  return { personalId: '', documentType: identity.documentType, documentNumber: identity.documentNumber, nationality: identity.nationality };
}

/** The draft saved as the clerk types: the state plus what the drafts list shows. */
export function draftContent(state: IntakeState): string {
  return JSON.stringify({ state, applicantName: state.applicant.fullName, procedureName: state.procedureName });
}

export function stateFromDraft(content: string): IntakeState | null {
  try {
    const parsed = JSON.parse(content) as { state?: IntakeState };
    return parsed.state ? { ...emptyIntake(), ...parsed.state, applicant: { ...emptyApplicant, ...parsed.state.applicant }, submitter: { ...emptySubmitter, ...parsed.state.submitter } } : null;
  } catch {
    return null;
  }
}

export function applicantFromCard(card: ChipCardData, current: ApplicantState): ApplicantState {
  const [y, m, d] = card.birthDate.split('-');
  return { ...current, kind: 'person', personalId: card.personalId, documentType: '', documentNumber: '', nationality: '', fullName: card.fullName, birthDate: `${d}/${m}/${y}`, sex: card.sex, address: card.address };
}

/** Sex and birth century are encoded in the personal ID: a sensible default the clerk can change. */
export function sexFromPersonalId(id: string): '' | 'nam' | 'nu' {
  const digits = id.replace(/\D/g, '');
  if (digits.length < 4) return '';
  return Number(digits[3]) % 2 === 0 ? 'nam' : 'nu';
}
