// @runs: shared
import { z } from 'zod';
import { method } from '../api/kit';
import { id, isoDate, optionalText } from '../shared/schemas';
import { satisfactionMessages as m } from '../shared/vi/satisfaction';

const level = z.number({ error: m.level }).int({ error: m.level }).min(1, { error: m.level }).max(5, { error: m.level });

const rating = z.object({
  dossierId: z.number(),
  dossierCode: z.string(),
  procedureQuality: z.number(),
  staffAttitude: z.number(),
  resultQuality: z.number(),
  comment: z.string().nullable(),
  ratedAt: z.string(),
});

const figures = z.object({
  count: z.number(),
  factors: z.array(z.object({ factor: z.enum(['procedureQuality', 'staffAttitude', 'resultQuality']), name: z.string(), average: z.number().nullable(), satisfiedShare: z.number().nullable() })),
  satisfiedShare: z.number().nullable(),
});

export const satisfactionContract = {
  /** The citizen's rating at the return: three factors, 1 (Rất không hài lòng) … 5 (Rất hài lòng); once per dossier. */
  'satisfaction.rate': method(
    z.strictObject({ dossierId: id, procedureQuality: level, staffAttitude: level, resultQuality: level, comment: optionalText(1000, { multiline: true }) }),
    z.object({ rating }),
  ),
  'satisfaction.get': method(z.strictObject({ dossierId: id }), z.object({ rating: rating.nullable() })),
  /**
   * Days inclusive, by the day of the rating; overall and per clerk who handed the result over.
   * With clerkId, one clerk's; a clerk limited to their own figures (Cài đặt → Báo cáo) gets only their own.
   */
  'satisfaction.stats': method(
    z.strictObject({ from: isoDate, to: isoDate, clerkId: id.optional() }),
    figures.extend({
      from: z.string(),
      to: z.string(),
      byClerk: z.array(figures.extend({ clerkId: z.number(), name: z.string() })),
    }),
  ),
};
