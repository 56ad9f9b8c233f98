// @runs: shared
// What the clerk fills in at the counter, as one schema: the renderer's form,
// the IPC boundary and the intake service all use it. Field paths in errors
// (e.g. "form.applicant.personalId") are the form's field names.
import { z } from 'zod';
import { digitsOf, isBhxhNumber, isEmail, isPassportNumber, isPersonalIdFormat, normaliseDocumentNumber, normaliseHealthCard, normalisePhone, parseBirthDate } from '../people/identifiers';
import { clerkString, optionalText, text } from '../shared/schemas';
import { fieldMessages } from '../shared/vi/fields';
import { identityMessages, identityWords } from '../shared/vi/identity';
import { intakeMessages as m } from '../shared/vi/intake';

/** An optional identifier: blanks become undefined, separators are dropped, then the rule applies. */
const optionalId = (max: number, normalise: (v: string) => string | null, message: string) =>
  clerkString(max)
    .optional()
    .transform((v, ctx) => {
      if (!v || !v.trim()) return undefined;
      const normalised = normalise(v.trim());
      if (normalised === null) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return normalised;
    });

const phone = optionalId(20, normalisePhone, m.phone);

/**
 * How a person or a submitter is identified: the 12-digit personal ID, or a document of a type from the
 * office's list (a passport, with its nationality). `personalIdMessage` is the message for a mistyped ID.
 */
export const identityFields = (personalIdMessage: string) => ({
  personalId: optionalId(80, (v) => (isPersonalIdFormat(digitsOf(v)) ? digitsOf(v) : null), personalIdMessage),
  documentType: optionalText(60),
  documentNumber: optionalId(60, normaliseDocumentNumber, identityMessages.documentNumber),
  nationality: optionalText(60),
});

interface Identity {
  personalId?: string | undefined;
  documentType?: string | undefined;
  documentNumber?: string | undefined;
  nationality?: string | undefined;
}

/**
 * Takes the identity as parsed; refuses, on the field concerned, no personal ID and no other document,
 * a document type without its number, a passport number outside isPassportNumber, a passport without
 * nationality. Law 41/2024/QH15 Art. 2.2 (foreign workers are participants, identified by passport).
 */
export function checkIdentity(identity: Identity, ctx: z.RefinementCtx): void {
  const issue = (path: keyof Identity, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (!identity.documentType) {
    if (!identity.personalId) issue('personalId', identityMessages.personalIdOrDocument);
    return;
  }
  if (!identity.documentNumber) return issue('documentNumber', identityMessages.documentNumber);
  if (identity.documentType !== identityWords.passport) return;
  if (!isPassportNumber(identity.documentNumber)) issue('documentNumber', identityMessages.passportNumber);
  if (!identity.nationality) issue('nationality', identityMessages.nationality);
}

/** The number of dossier sets handed in (Mẫu 01 item 2). */
export const setCount = z.number({ error: m.setCount }).int({ error: m.setCount }).min(1, { error: m.setCountMin }).max(99, { error: m.setCount });

export const personApplicant = z.strictObject({
  kind: z.literal('person'),
  fullName: text(100),
  ...identityFields(m.personalId),
  birthDate: clerkString(10).transform((v, ctx) => {
    // The future is checked by the service against the counter's clock.
    const parsed = parseBirthDate(v, '9999-12-31');
    if (parsed.ok) return parsed.date;
    ctx.addIssue({ code: 'custom', message: parsed.problem === 'notInCalendar' ? fieldMessages.dateNotInCalendar(parsed.typed) : parsed.problem === 'range' ? m.birthDateRange : m.birthDate });
    return z.NEVER;
  }),
  sex: z.enum(['nam', 'nu'], { error: m.sex }),
  bhxhNumber: optionalId(10, (v) => (isBhxhNumber(digitsOf(v)) ? digitsOf(v) : null), m.bhxhNumber),
  healthCardNumber: optionalId(25, normaliseHealthCard, m.healthCard),
  phone,
  email: optionalId(120, (v) => (isEmail(v) ? v : null), m.email),
  address: optionalText(300),
}).superRefine(checkIdentity);

export const organisationApplicant = z.strictObject({
  kind: z.literal('organisation'),
  fullName: text(200),
  unitCode: optionalId(20, (v) => (/^[A-Z0-9]{3,15}$/i.test(v) ? v.toUpperCase() : null), m.unitCode),
  taxCode: optionalId(20, (v) => (/^\d{10}(-\d{3})?$/.test(v.replace(/\s/g, '')) ? v.replace(/\s/g, '') : null), m.taxCode),
  contactPerson: optionalText(100),
  phone,
  email: optionalId(120, (v) => (isEmail(v) ? v : null), m.email),
  address: optionalText(300),
});

export const applicantSchema = z.discriminatedUnion('kind', [personApplicant, organisationApplicant]);

export const componentCheck = z.strictObject({
  key: clerkString(80),
  status: z.enum(['received', 'missing', 'faulty', 'not_needed']),
  note: optionalText(300),
});

export const intakeForm = z
  .strictObject({
    procedureId: clerkString(80).pipe(z.string().min(1, { error: m.procedure })),
    applicant: applicantSchema,
    submitter: z
      .strictObject({ fullName: text(100), ...identityFields(m.submitterId), phone })
      .superRefine(checkIdentity)
      .optional(),
    channel: z.enum(['counter', 'post', 'online']),
    channelReference: optionalText(60),
    resultDelivery: z.enum(['counter', 'post']),
    deliveryAddress: optionalText(300),
    setCount: setCount.default(1),
    components: z.array(componentCheck).max(100),
  })
  .superRefine((form, ctx) => {
    if (form.channel === 'post' && !form.channelReference) ctx.addIssue({ code: 'custom', path: ['channelReference'], message: m.postTracking });
    if (form.channel === 'online' && !form.channelReference) ctx.addIssue({ code: 'custom', path: ['channelReference'], message: m.portalNumber });
    if (form.resultDelivery === 'post' && !form.deliveryAddress) ctx.addIssue({ code: 'custom', path: ['deliveryAddress'], message: m.deliveryAddress });
  });

export type IntakeForm = z.output<typeof intakeForm>;
export type IntakeFormInput = z.input<typeof intakeForm>;
export type ApplicantInput = z.output<typeof applicantSchema>;
export type SubmitterInput = NonNullable<IntakeForm['submitter']>;
