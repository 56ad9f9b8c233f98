// @runs: main
// Kysely row types of the end-of-day tables (migration 0010).
import type { Generated } from 'kysely';

export interface DayClosuresTable {
  counter: number;
  day: string;
  status: 'closed' | 'reopened';
  closed_at: string;
  closed_by: number | null;
  open_items: string;
  reopened_at: string | null;
  reopened_by: number | null;
  reopen_reason: string | null;
}

export interface DayExportsTable {
  counter: number;
  day: string;
  revision: number;
  made_at: string;
  content: string;
}

export interface DayCorrectionsTable {
  id: Generated<number>;
  counter: number;
  day: string;
  revision: number;
  dossier_id: number;
  field: string;
  old_value: string | null;
  new_value: string | null;
  reason: string;
  clerk_id: number;
  at: string;
}

export interface ClosedDayUnlockTable {
  dossier_id: number;
}

export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed';

export interface ExportOutboxTable {
  id: Generated<number>;
  idempotency_key: string;
  package_name: string;
  counter: number;
  day: string;
  revision: number;
  destination: 'folder' | 'http';
  target: string;
  state: OutboxState;
  attempts: Generated<number>;
  next_attempt_at: string;
  last_error: string | null;
  queued_at: string;
  sent_at: string | null;
}

export interface EndOfDayTables {
  day_closures: DayClosuresTable;
  day_exports: DayExportsTable;
  day_corrections: DayCorrectionsTable;
  closed_day_unlock: ClosedDayUnlockTable;
  export_outbox: ExportOutboxTable;
}
