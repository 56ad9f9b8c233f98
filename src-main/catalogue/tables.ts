// @runs: main
// Kysely row types of the catalogue tables (migration 0002).
import type { Generated } from 'kysely';
import type { TimeLimitUnit } from '../calendar/appointment';
import type { ProcedureField } from './model';

export interface ProceduresTable {
  id: string;
  current_version: number;
  active: Generated<0 | 1>;
  position: number;
  usage_count: Generated<number>;
  created_at: string;
}

export interface ProcedureVersionsTable {
  id: Generated<number>;
  procedure_id: string;
  version: number;
  code: string | null;
  name: string;
  field: ProcedureField;
  time_limit_days: number;
  /** Migration 0016. */
  time_limit_unit: TimeLimitUnit;
  on_the_spot: 0 | 1;
  legal_basis: string;
  legal_basis_date: string | null;
  result: string;
  fee: string | null;
  /** JSON array of ProcedureComponent. */
  components: string;
  valid_from: string;
  created_at: string;
  created_by: number | null;
  change_note: string | null;
}

export interface CatalogueTables {
  procedures: ProceduresTable;
  procedure_versions: ProcedureVersionsTable;
}
