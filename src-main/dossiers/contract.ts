// @runs: shared
import { TIME_LIMIT_UNITS } from '../calendar/appointment';
import { z } from 'zod';
import { DOSSIER_STATES } from './states';
import { method } from '../api/kit';
import { clerkString, free, id, text } from '../shared/schemas';
import { intakeMessages as m } from '../shared/vi/intake';
import { applicantSchema, intakeForm } from './intake-form';

const decisionOptions = {
  draftId: id.optional(),
  guidanceDossierId: id.optional(),
  updateDirectory: z.boolean().optional(),
};

const paper = {
  documentId: z.number().nullable(),
  /** What happened to the printout, in Vietnamese (printed, or saved to a folder). */
  printMessage: z.string(),
};

const applicantDetails = z.object({
  kind: z.enum(['person', 'organisation']),
  fullName: z.string(),
  personalId: z.string().nullable(),
  documentType: z.string().nullable(),
  documentNumber: z.string().nullable(),
  nationality: z.string().nullable(),
  birthDate: z.string().nullable(),
  sex: z.enum(['nam', 'nu']).nullable(),
  bhxhNumber: z.string().nullable(),
  healthCardNumber: z.string().nullable(),
  unitCode: z.string().nullable(),
  taxCode: z.string().nullable(),
  contactPerson: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
});
/** A submitter as the dossier stored it (JSON): the personal ID or another document. */
export const submitterDetails = z.object({
  fullName: z.string(),
  personalId: z.string().optional(),
  documentType: z.string().optional(),
  documentNumber: z.string().optional(),
  nationality: z.string().optional(),
  phone: z.string().optional(),
});
export type SubmitterDetails = z.infer<typeof submitterDetails>;
const applicantRecord = applicantDetails.extend({ id: z.number() });

const dossierState = z.enum(DOSSIER_STATES);

const dossierDetail = z.object({
  dossierId: z.number(),
  code: z.string().nullable(),
  state: dossierState,
  procedureId: z.string(),
  procedureName: z.string(),
  applicant: applicantDetails,
  submitter: submitterDetails.nullable(),
  channel: z.enum(['counter', 'post', 'online']),
  channelReference: z.string().nullable(),
  resultDelivery: z.enum(['counter', 'post']),
  deliveryAddress: z.string().nullable(),
  setCount: z.number(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  timeLimitDays: z.number().nullable(),
  timeLimitUnit: z.enum(TIME_LIMIT_UNITS).nullable(),
  responsibleClerk: z.string(),
  resultNumber: z.string().nullable(),
  components: z.array(
    z.object({ key: z.string(), name: z.string(), formCode: z.string().nullable(), copyType: z.string(), count: z.number(), required: z.boolean(), status: z.string(), note: z.string().nullable(), coveredBy: z.string().nullable() }),
  ),
  history: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      fromState: z.string().nullable(),
      toState: z.string().nullable(),
      reason: z.string().nullable(),
      clerkName: z.string(),
      counter: z.number(),
      /** Refused by the office hub's order (a flagged conflict): kept in the history, it did not take effect and counts nowhere. */
      refused: z.boolean(),
      /** What a correction changed (action 'correct'), else null. */
      correction: z.object({ field: z.string(), oldValue: z.string().nullable(), newValue: z.string().nullable() }).nullable(),
    }),
  ),
  documents: z.array(z.object({ documentId: z.number(), kind: z.string(), issuedAt: z.string() })),
});

export const dossiersContract = {
  'applicants.lookup': method(z.strictObject({ query: clerkString(100) }), z.object({ applicants: z.array(applicantRecord) })),
  'intake.accept': method(
    z.strictObject({ form: intakeForm, ...decisionOptions }),
    z.object({ dossierId: z.number(), code: z.string(), dueAt: z.string(), timeLimitDays: z.number(), timeLimitUnit: z.enum(TIME_LIMIT_UNITS), ...paper }),
  ),
  'intake.issueGuidance': method(
    z.strictObject({ form: intakeForm, reason: text(1000, { multiline: true }), ...decisionOptions }),
    z.object({ dossierId: z.number(), ...paper }),
  ),
  'intake.refuse': method(
    z.strictObject({ form: intakeForm, reasons: z.array(text(1000, { multiline: true })).min(1, { error: m.reasonRequired }).max(20), ...decisionOptions }),
    z.object({ dossierId: z.number(), ...paper }),
  ),
  'intake.resolveOnTheSpot': method(
    z.strictObject({ form: intakeForm, resultNumber: text(60), receiverName: text(100), ...decisionOptions }),
    z.object({ dossierId: z.number(), code: z.string(), ...paper }),
  ),
  'intake.pendingGuidance': method(
    z.strictObject({ query: clerkString(100) }),
    z.object({ dossiers: z.array(z.object({ dossierId: z.number(), applicantName: z.string(), personalId: z.string().nullable(), procedureName: z.string(), submittedAt: z.string() })) }),
  ),
  'intake.saveDraft': method(z.strictObject({ draftId: id.optional(), content: z.string().max(64 * 1024) }), z.object({ draftId: z.number() })),
  'intake.drafts': method(
    z.strictObject({}),
    z.object({ drafts: z.array(z.object({ draftId: z.number(), updatedAt: z.string(), applicantName: z.string(), procedureName: z.string() })) }),
  ),
  'intake.loadDraft': method(z.strictObject({ draftId: id }), z.object({ content: z.string() })),
  'intake.discardDraft': method(z.strictObject({ draftId: id }), z.object({ ok: z.literal(true) })),
  'dossiers.get': method(z.strictObject({ dossierId: id }), dossierDetail),
  /** The directory's entry for the typed ID when its name, birth date or sex differ: shown to the clerk before deciding. */
  'applicants.conflict': method(
    z.strictObject({ applicant: applicantSchema }),
    z.object({ conflict: z.object({ known: applicantRecord, differences: z.array(z.enum(['fullName', 'birthDate', 'sex'])) }).nullable() }),
  ),
  /** A logged correction of one field of a dossier whose day is open (a closed day: endOfDay.correct). */
  'dossiers.correct': method(
    z.strictObject({ dossierId: id, field: text(100), value: free(500), reason: text(500) }),
    z.object({ oldValue: z.string().nullable(), newValue: z.string().nullable() }),
  ),
};
