// @runs: main
// Kysely row types of the columns migration 0006 adds to the dossiers table.
// They are merged into the dossier row type from here, so the intake's own
// file stays as it is.
import type { Generated } from 'kysely';

export interface QueueColumns {
  department: string | null;
  handed_over_at: string | null;
  result_received_at: string | null;
  /** JSON ResultItem[]: what came back from the department. */
  result_items: string | null;
  /** JSON ReturnDetails: who collected the result, or the postal details. */
  return_details: string | null;
  extended_due_date: string | null;
  extended_due_at: string | null;
  extension_count: Generated<number>;
  /** Kept by trigger (migration 0006): never written by code. */
  current_due_date: Generated<string | null>;
  open_due_date: Generated<string | null>;
  return_timing: Generated<'early' | 'onTime' | 'late' | null>;
}

declare module '../dossiers/tables' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DossiersTable extends QueueColumns {}
}

/** Returns per day and timing, kept by trigger (migration 0006). */
export interface QueueReturnDaysTable {
  day: string;
  timing: 'early' | 'onTime' | 'late';
  n: number;
}

export interface QueueTables {
  queue_return_days: QueueReturnDaysTable;
}
