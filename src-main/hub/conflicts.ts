// @runs: main
// Conflicts as this counter knows them: actions the hub's order found taken on
// a dossier another counter had changed meanwhile. Both histories are in the
// dossier's events; a supervisor settles the dossier with a further action.
import { qb, type Sql } from '../db/sql';

export interface HubConflict {
  dossierId: number;
  dossierCode: string | null;
  changeId: string;
  /** The counter that took the action. */
  origin: number;
  action: string;
  detectedAt: string;
}

/** Every flagged conflict, newest first. */
export function listConflicts(sql: Sql): HubConflict[] {
  return sql
    .all(
      qb
        .selectFrom('hub_conflicts')
        .innerJoin('dossiers', 'dossiers.id', 'hub_conflicts.dossier_id')
        .select(['hub_conflicts.dossier_id', 'dossiers.code', 'change_id', 'origin', 'action', 'detected_at'])
        .orderBy('hub_conflicts.id', 'desc'),
    )
    .map((r) => ({ dossierId: r.dossier_id, dossierCode: r.code, changeId: r.change_id, origin: r.origin, action: r.action, detectedAt: r.detected_at }));
}
