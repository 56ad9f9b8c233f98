// @runs: main
// Kysely row types of the hub's local tables (migrations 0020, 0021, 0022, 0026).
import type { Generated } from 'kysely';
import type { IdKind } from './identity';

export interface HubStateTable {
  id: number;
  /** 1 while received changes are written, so the outbox triggers do not send them back. */
  applying: 0 | 1;
  /** 1 while a first join writes a page: search rows and name spellings are filled for the page at once (migration 0026). */
  bulk: 0 | 1;
  /** The last hub seq applied here. */
  cursor: number;
  /** The last outbox seq the hub confirmed. */
  pushed: number;
  last_exchange_at: string | null;
  last_error: string | null;
}

export const CHANGE_KINDS = ['event', 'document', 'rating', 'closure', 'clerk', 'setting', 'attachment', 'package'] as const;
/** What one change carries (migration 0021 lists the same on the counter, hub-schema.ts on the hub). */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface HubOutboxTable {
  seq: Generated<number>;
  kind: ChangeKind;
  row_id: number;
  position: number | null;
  /** Random, set on insert (migration 0022): tells this entry's change from another of the same number. */
  nonce: string | null;
}

export interface HubIdsTable {
  kind: IdKind;
  local_id: number;
  origin: number;
  origin_id: number;
}

export interface HubDossiersTable {
  dossier_id: number;
  events: number;
  /** JSON DossierState of the last change the hub's order accepted. */
  accepted: string;
}

export interface HubConflictsTable {
  id: Generated<number>;
  dossier_id: number;
  change_id: string;
  hub_seq: number;
  origin: number;
  action: string;
  detected_at: string;
  /** The refused event here (migration 0027); null on rows flagged by builds before it. */
  event_id: number | null;
}

export interface HubRecordsTable {
  change_id: string;
  origin: number;
  kind: string;
  dossier_key: string | null;
  body: string;
}

export interface HubTables {
  hub_state: HubStateTable;
  hub_outbox: HubOutboxTable;
  hub_ids: HubIdsTable;
  hub_dossiers: HubDossiersTable;
  hub_conflicts: HubConflictsTable;
  hub_records: HubRecordsTable;
}
