// @runs: shared
// "Quầy này / Cả văn phòng": which dossiers a list shows once the counter holds
// the other counters' dossiers too. One schema for every method that lists
// dossiers (queue.list, queue.counts, search.dossiers), validated at the boundary.
import { z } from 'zod';

export const OFFICE_SCOPES = ['counter', 'office'] as const;

/** 'counter': the dossiers received at this counter; 'office': every dossier this counter holds. Omitted: 'office'. */
export const officeScope = z.enum(OFFICE_SCOPES);

export type OfficeScope = z.infer<typeof officeScope>;
