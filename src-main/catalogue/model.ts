// @runs: shared
// The procedure catalogue's shapes, shared by the main process (catalogue,
// intake) and the renderer. A procedure's content is versioned: a dossier keeps
// the version it was received under, so a version is never edited in place.
import { z } from 'zod';
import { TIME_LIMIT_UNITS, type TimeLimitUnit } from '../calendar/appointment';
import { clerkString, isoDate } from '../shared/schemas';
import { catalogueText } from '../shared/vi/catalogue';

const m = catalogueText.issues;

export const PROCEDURE_FIELDS = ['thu_so_the', 'che_do_bhxh', 'bhyt', 'bhtn'] as const;
export const COPY_TYPES = ['ban_chinh', 'ban_sao', 'ban_sao_chung_thuc', 'ban_chup'] as const;
export type ProcedureField = (typeof PROCEDURE_FIELDS)[number];
export type CopyType = (typeof COPY_TYPES)[number];

export const CATALOGUE_FORMAT = 'mot-cua-desk/catalogue';
export const CATALOGUE_FORMAT_VERSION = 1;
/** The API refuses calls over 2 MB (JSON-escaped), so a catalogue file stays well under it. */
export const MAX_CATALOGUE_CHARS = 1_000_000;
export const MAX_PROCEDURES = 2_000;

export interface ProcedureComponent {
  key: string;
  name: string;
  formCode: string | null;
  copyType: CopyType;
  count: number;
  required: boolean;
  /**
   * Components sharing a group key form a "one of" group: any one member received satisfies it
   * (the pension's termination paper or written request, Law 41/2024 Art. 77; the paper book or a
   * look-up of the electronic one, Art. 25.2). The group is required when any member is.
   */
  group?: string;
}

export interface ProcedureVersion {
  versionId: number;
  procedureId: string;
  version: number;
  code: string | null;
  name: string;
  field: ProcedureField;
  /** Days allowed (in timeLimitUnit) when the result is not given at once; 0 = resolved on the spot. */
  timeLimitDays: number;
  /** What timeLimitDays counts; `same_day` ("trong ngày") always has 0 days. */
  timeLimitUnit: TimeLimitUnit;
  /** "4 tại chỗ": the counter may receive, appraise, resolve and return on the same visit. */
  onTheSpot: boolean;
  legalBasis: string;
  legalBasisDate: string | null;
  result: string;
  fee: string | null;
  components: ProcedureComponent[];
}

/** What a supervisor edits and a catalogue file carries for one procedure. */
export type ProcedureContent = Omit<ProcedureVersion, 'versionId' | 'procedureId' | 'version'>;

/** What a list of procedures shows of each one's current version. */
export type ProcedureHead = Pick<ProcedureVersion, 'procedureId' | 'versionId' | 'version' | 'code' | 'name' | 'field' | 'timeLimitDays' | 'timeLimitUnit' | 'onTheSpot'>;

export interface ProcedureSummary extends ProcedureHead {
  usageCount: number;
  /** Inactive procedures stay listed for the supervisor but are no longer offered at intake. */
  active: boolean;
}

const slug = z
  .string({ error: m.slug })
  .max(80, { error: m.slug })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: m.slug });

/** The catalogue's own wording for a non-string, then the shared check of what a paper can print. */
const procedureText = (max: number) =>
  z
    .string({ error: m.text })
    .pipe(clerkString(max))
    .transform((s) => s.trim());

const requiredText = (max: number) => procedureText(max).pipe(z.string().min(1, { error: m.required }).max(max, { error: m.tooLong(max) }));

/** Empty or missing means "not known yet" (e.g. the national procedure code). */
const optionalText = (max: number) =>
  procedureText(max)
    .pipe(z.string().max(max, { error: m.tooLong(max) }))
    .nullable()
    .transform((value) => value || null);

export const componentSchema = z.strictObject({
  key: slug,
  name: requiredText(300),
  formCode: optionalText(30),
  copyType: z.enum(COPY_TYPES, { error: m.copyType }),
  count: z.number({ error: m.count }).int({ error: m.count }).min(1, { error: m.count }).max(99, { error: m.count }),
  required: z.boolean({ error: m.boolean }),
  group: slug.optional(),
});

const components = z
  .array(componentSchema, { error: m.components })
  .min(1, { error: m.components })
  .max(50, { error: m.components })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    const members = new Map<string, number[]>();
    list.forEach((component, index) => {
      if (seen.has(component.key)) ctx.addIssue({ code: 'custom', path: [index, 'key'], message: m.duplicateKey });
      seen.add(component.key);
      if (component.group) members.set(component.group, [...(members.get(component.group) ?? []), index]);
    });
    for (const [group, indexes] of members) {
      if (indexes.length < 2) ctx.addIssue({ code: 'custom', path: [indexes[0] as number, 'group'], message: m.loneGroup(group) });
    }
  });

const timeLimitUnit = z.enum(TIME_LIMIT_UNITS, { error: m.timeLimitUnit });

/** "Trong ngày" has no number of days: it must be written 0. */
function sameDayHasNoDays(c: { timeLimitDays: number; timeLimitUnit: TimeLimitUnit }, ctx: z.RefinementCtx): void {
  if (c.timeLimitUnit === 'same_day' && c.timeLimitDays !== 0) ctx.addIssue({ code: 'custom', path: ['timeLimitDays'], message: m.sameDayDays });
}

export const procedureContentShape = {
  code: optionalText(50),
  name: requiredText(300),
  field: z.enum(PROCEDURE_FIELDS, { error: m.field }),
  timeLimitDays: z.number({ error: m.timeLimit }).int({ error: m.timeLimit }).min(0, { error: m.timeLimit }).max(365, { error: m.timeLimit }),
  timeLimitUnit,
  onTheSpot: z.boolean({ error: m.boolean }),
  legalBasis: requiredText(500),
  legalBasisDate: isoDate.nullable(),
  result: requiredText(200),
  fee: optionalText(200),
  components,
};

export const procedureContentSchema = z.strictObject(procedureContentShape).superRefine(sameDayHasNoDays);

/** A file written before time-limit units (format version 1 without `timeLimitUnit`) means working days. */
export const catalogueEntrySchema = z.strictObject({ id: slug, ...procedureContentShape, timeLimitUnit: timeLimitUnit.default('working_days') }).superRefine(sameDayHasNoDays);
export type CatalogueEntry = z.output<typeof catalogueEntrySchema>;

/** The catalogue file: documented in docs/catalogue-notes.md. */
export const catalogueFileSchema = z.strictObject({
  format: z.literal(CATALOGUE_FORMAT, { error: m.format }),
  version: z.literal(CATALOGUE_FORMAT_VERSION, { error: m.version }),
  description: z.string({ error: m.text }).max(2000, { error: m.tooLong(2000) }).optional(),
  exportedAt: z.string({ error: m.text }).max(40, { error: m.tooLong(40) }).optional(),
  /** The day the file's rules took legal effect (the shipped Law 41/2024 edition: 2025-07-01); recorded as each new version's valid_from. */
  effectiveFrom: isoDate.optional(),
  procedures: z
    .array(catalogueEntrySchema, { error: m.procedures })
    .max(MAX_PROCEDURES, { error: m.procedures })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((entry, index) => {
        if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: m.duplicateId });
        seen.add(entry.id);
      });
    }),
});
export type CatalogueFile = z.output<typeof catalogueFileSchema>;

// Output schemas: what the API sends back (already clean data, no transforms).
export const componentOutput = z.object({
  key: z.string(),
  name: z.string(),
  formCode: z.string().nullable(),
  copyType: z.enum(COPY_TYPES),
  count: z.number().int(),
  required: z.boolean(),
  group: z.string().optional(),
});

export const procedureVersionOutput = z.object({
  versionId: z.number().int(),
  procedureId: z.string(),
  version: z.number().int(),
  code: z.string().nullable(),
  name: z.string(),
  field: z.enum(PROCEDURE_FIELDS),
  timeLimitDays: z.number().int(),
  timeLimitUnit: z.enum(TIME_LIMIT_UNITS),
  onTheSpot: z.boolean(),
  legalBasis: z.string(),
  legalBasisDate: z.string().nullable(),
  result: z.string(),
  fee: z.string().nullable(),
  components: z.array(componentOutput),
});

export const procedureSummaryOutput = z.object({
  procedureId: z.string(),
  versionId: z.number().int(),
  version: z.number().int(),
  code: z.string().nullable(),
  name: z.string(),
  field: z.enum(PROCEDURE_FIELDS),
  timeLimitDays: z.number().int(),
  timeLimitUnit: z.enum(TIME_LIMIT_UNITS),
  onTheSpot: z.boolean(),
  usageCount: z.number().int(),
  active: z.boolean(),
});

export const versionHistoryOutput = z.object({
  versionId: z.number().int(),
  version: z.number().int(),
  validFrom: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  changeNote: z.string().nullable(),
});
export type VersionHistoryEntry = z.output<typeof versionHistoryOutput>;

export const procedureDetailOutput = z.object({
  current: procedureVersionOutput,
  active: z.boolean(),
  usageCount: z.number().int(),
  versions: z.array(versionHistoryOutput),
});
export type ProcedureDetail = z.output<typeof procedureDetailOutput>;

export const importIssueOutput = z.object({
  line: z.number().int().nullable(),
  procedureId: z.string().nullable(),
  field: z.string(),
  message: z.string(),
  text: z.string(),
});
export type ImportIssue = z.output<typeof importIssueOutput>;

export const importReportOutput = z.discriminatedUnion('imported', [
  z.object({ imported: z.literal(false), issues: z.array(importIssueOutput) }),
  z.object({ imported: z.literal(true), added: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
]);
export type ImportReport = z.output<typeof importReportOutput>;
