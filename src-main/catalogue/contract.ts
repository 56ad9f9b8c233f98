// @runs: shared
import { z } from 'zod';
import { method } from '../api/kit';
import { clerkString, text } from '../shared/schemas';
import { fieldMessages } from '../shared/vi/fields';
import {
  importReportOutput,
  MAX_CATALOGUE_CHARS,
  procedureContentShape,
  procedureDetailOutput,
  procedureSummaryOutput,
  procedureVersionOutput,
} from './model';

const procedureId = clerkString(80);

export const catalogueContract = {
  /** Live search as the clerk types; an empty query lists the most used procedures. */
  'catalogue.search': method(
    z.strictObject({ query: clerkString(200), limit: z.number().int().min(1).max(100).optional() }),
    z.object({ results: z.array(procedureSummaryOutput) }),
  ),
  'catalogue.list': method(z.strictObject({}), z.object({ procedures: z.array(procedureSummaryOutput) })),
  'catalogue.get': method(z.strictObject({ procedureId }), z.object({ procedure: procedureDetailOutput })),
  /** The whole file's text; refused files come back as a list of errors (imported: false). */
  'catalogue.import': method(
    z.strictObject({ text: z.string({ error: fieldMessages.wrongType }).max(MAX_CATALOGUE_CHARS, { error: fieldMessages.tooLong(MAX_CATALOGUE_CHARS) }) }),
    importReportOutput,
    'supervisor',
  ),
  'catalogue.export': method(z.strictObject({}), z.object({ fileName: z.string(), text: z.string() }), 'supervisor'),
  'catalogue.update': method(
    z.strictObject({
      procedureId,
      changes: z.strictObject({ ...procedureContentShape, active: z.boolean({ error: fieldMessages.wrongType }) }).partial(),
      changeNote: text(500),
    }),
    z.object({ version: procedureVersionOutput }),
    'supervisor',
  ),
};
