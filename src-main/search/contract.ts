// @runs: shared
import { z } from 'zod';
import { DOSSIER_STATES } from '../dossiers/states';
import { method } from '../api/kit';
import { officeScope } from '../hub/scope';
import { clerkString } from '../shared/schemas';

const dossierState = z.enum(DOSSIER_STATES);

export const searchHit = z.object({
  dossierId: z.number(),
  code: z.string().nullable(),
  applicantName: z.string(),
  personalId: z.string().nullable(),
  procedureName: z.string(),
  state: dossierState,
  submittedAt: z.string(),
  receivedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  returnedAt: z.string().nullable(),
  /** The counter that received the dossier. */
  counter: z.number(),
});

export const searchContract = {
  /** Search from anywhere (Ctrl+F): code, today's code suffix, personal ID, BHXH number, health card, phone or name; best first; this counter's dossiers or the whole office's (scope). */
  'search.dossiers': method(
    z.strictObject({
      query: clerkString(100),
      scope: officeScope.optional(),
      limit: z.number().int().min(1).max(50).optional(),
    }),
    z.object({ results: z.array(searchHit) }),
  ),
};
