// @runs: shared
// What the clerk fills in at the counter, as one schema: the renderer's form,
// the IPC boundary and the intake service all use it. Field paths in errors
// (e.g. "form.applicant.personalId") are the form's field names.
import { z } from 'zod';
import { digitsOf, isBhxhNumber, isEmail, normaliseHealthCard, normalisePhone, parseBirthDate } from '../people/identifiers';
import { clerkString, optionalText, personalIdNumber, text } from '../shared/schemas';
import { fieldMessages } from '../shared/vi/fields';
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

/** The number of dossier sets handed in (Mẫu 01 item 2). */
export const setCount = z.number({ error: m.setCount }).int({ error: m.setCount }).min(1, { error: m.setCountMin }).max(99, { error: m.setCount });

export const personApplicant = z.strictObject({
  kind: z.literal('person'),
  fullName: text(100),
  personalId: personalIdNumber(m.personalId),
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
});

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
      .strictObject({ fullName: text(100), personalId: personalIdNumber(m.submitterId), phone })
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
