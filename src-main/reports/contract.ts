// @runs: shared
import { z } from 'zod';
import { method } from '../api/kit';
import { id, isoDate as date } from '../shared/schemas';
import { reportWords } from '../shared/vi/reports';

const month = z.string().max(7).regex(/^\d{4}-\d{2}$/, { error: reportWords.errors.monthFormat });

export const reportPeriod = z.discriminatedUnion('kind', [
  /** Without a date or month: the counter's today / this month. */
  z.strictObject({ kind: z.literal('day'), date: date.optional() }),
  z.strictObject({ kind: z.literal('month'), month: month.optional() }),
  z.strictObject({ kind: z.literal('range'), from: date, to: date }),
]);
export type ReportPeriod = z.infer<typeof reportPeriod>;

export const reportRequest = z.strictObject({
  period: reportPeriod,
  /** One clerk's own figures; without it, the whole counter. */
  clerkId: id.optional(),
  /** "Quầy này" (the default) or "Cả văn phòng": the hub's figures when connected, else this counter's replicated copy. */
  scope: z.enum(['counter', 'office']).optional(),
});
export type ReportRequest = z.infer<typeof reportRequest>;

const count = z.number().int().nonnegative();
const rate = z.number().min(0).max(1).nullable();

const outcomeCounts = z.object({ accepted: count, guidance: count, refused: count, onTheSpot: count, returned: count, stopped: count });

const timing = z.object({ returned: count, early: count, onTime: count, late: count, earlyRate: rate, onTimeRate: rate, lateRate: rate });

const figures = z.object({
  counts: outcomeCounts,
  /** Intake decisions: accepted + guidance + refused + on the spot. */
  decisions: count,
  guidanceRate: rate,
  refusalRate: rate,
  /** On the spot among the dossiers given a code (accepted + on the spot). */
  onTheSpotShare: rate,
  timing,
  intakeTime: z.object({ measured: count, averageSeconds: z.number().nullable() }),
});

const satisfaction = z.object({
  available: z.boolean(),
  factors: z.array(z.object({ factor: z.string(), label: z.string(), average: z.number().nullable(), count, shareAtLeast4: rate })),
});

export const reportSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  counter: z.number(),
  clerk: z.object({ clerkId: z.number(), name: z.string() }).nullable(),
  generatedAt: z.string(),
  totals: figures,
  byOutcome: z.array(z.object({ outcome: z.enum(['accepted', 'guidance', 'refused', 'onTheSpot', 'returned', 'stopped']), label: z.string(), count })),
  byProcedure: z.array(z.object({ procedureId: z.string(), name: z.string(), counts: outcomeCounts, timing })),
  byChannel: z.array(z.object({ channel: z.enum(['counter', 'post', 'online']), label: z.string(), counts: outcomeCounts })),
  byClerk: z.array(z.object({ clerkId: z.number(), name: z.string(), figures })),
  /** Cả văn phòng: each counter's figures (empty for one counter). */
  byCounter: z.array(z.object({ counter: z.number(), name: z.string(), counts: outcomeCounts, timing })),
  /** Cả văn phòng: where the figures come from; asOf = the last exchange with the hub when they are the local copy. */
  office: z.object({ source: z.enum(['hub', 'local']), asOf: z.string().nullable() }).nullable(),
  satisfaction,
  notes: z.array(z.string()),
});
export type Report = z.infer<typeof reportSchema>;
export type Figures = z.infer<typeof figures>;
export type OutcomeCounts = z.infer<typeof outcomeCounts>;
export type Timing = z.infer<typeof timing>;

const scope = z.object({ ownFiguresOnly: z.boolean() });

export const reportsContract = {
  /** A clerk limited to their own figures (reports.settings) gets only their own, whatever was asked. */
  'reports.build': method(reportRequest, reportSchema),
  'reports.settings': method(z.strictObject({}), scope),
  'reports.updateSettings': method(z.strictObject({ ownFiguresOnly: z.boolean() }), scope, 'supervisor'),
  /** The file's bytes for the renderer to download; a copy is kept under <dataDir>/reports/. */
  'reports.export': method(
    z.strictObject({ ...reportRequest.shape, format: z.enum(['xlsx', 'pdf']) }),
    z.object({ fileName: z.string(), mimeType: z.string(), bytes: z.number(), base64: z.string().nullable(), savedTo: z.string(), message: z.string() }),
  ),
};
