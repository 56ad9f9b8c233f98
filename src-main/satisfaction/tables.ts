// @runs: main
// Kysely row types of this feature's tables (migration 0009).
import type { Generated } from 'kysely';

export interface SatisfactionRatingsTable {
  id: Generated<number>;
  dossier_id: number;
  dossier_code: string;
  procedure_quality: number;
  staff_attitude: number;
  result_quality: number;
  comment: string | null;
  rated_at: string;
  rated_day: string;
  clerk_id: number;
  counter: number;
}

export interface SatisfactionTables {
  satisfaction_ratings: SatisfactionRatingsTable;
}
