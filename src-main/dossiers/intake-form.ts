// @runs: shared
// What the clerk fills in at the counter, as one schema: the renderer's form,
// the IPC boundary and the intake service all use it. Field paths in errors
// (e.g. "form.applicant.personalId") are the form's field names.
import { z } from 'zod';
import { digitsOf, isBhxhNumber, isEmail, normaliseHealthCard, normalisePhone, parseBirthDate } from '../people/identifiers';
import { optionalText, personalIdNumber, text } from '../shared/schemas';
import { intakeMessages as m } from '../shared/vi/intake';

const bounded = (max: number) => z.string().max(max * 4);

/** An optional identifier: blanks become undefined, separators are dropped, then the rule applies. */
const optionalId = (max: number, normalise: (v: string) => string | null, message: string) =>
  bounded(max)
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

export const personApplicant = z.strictObject({
  kind: z.literal('person'),
  fullName: text(100),
  personalId: personalIdNumber(m.personalId),
  birthDate: bounded(10).transform((v, ctx) => {
    // The future is checked by the service against the counter's clock.
    const parsed = parseBirthDate(v, '9999-12-31');
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: m.birthDate });
      return z.NEVER;
    }
    return parsed;
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
  key: z.string().max(80),
  status: z.enum(['received', 'missing', 'faulty', 'not_needed']),
  note: optionalText(300),
});

export const intakeForm = z
  .strictObject({
    procedureId: z.string().max(80).min(1, { error: m.procedure }),
    applicant: applicantSchema,
    submitter: z
      .strictObject({ fullName: text(100), personalId: personalIdNumber(m.submitterId), phone })
      .optional(),
    channel: z.enum(['counter', 'post', 'online']),
    channelReference: optionalText(60),
    resultDelivery: z.enum(['counter', 'post']),
    deliveryAddress: optionalText(300),
    setCount: z.number().int().min(1).max(99).default(1),
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
