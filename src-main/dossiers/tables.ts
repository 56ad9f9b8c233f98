// @runs: main
// Kysely row types of the dossier tables (migration 0004).
import type { Generated } from 'kysely';
import type { TimeLimitUnit } from '../calendar/appointment';
import type { DossierState } from './states';

export interface ApplicantsTable {
  id: Generated<number>;
  kind: 'person' | 'organisation';
  full_name: string;
  folded_name: string;
  personal_id: string | null;
  /** An identity document other than the personal ID (migration 0017): its type from the office's list, number, nationality. */
  document_type: string | null;
  document_number: string | null;
  nationality: string | null;
  birth_date: string | null;
  sex: 'nam' | 'nu' | null;
  bhxh_number: string | null;
  health_card_number: string | null;
  unit_code: string | null;
  tax_code: string | null;
  contact_person: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  created_at: string;
  updated_at: string;
}

/** The applicant exactly as received, one row per dossier (migration 0014): what every list and paper shows. */
export type DossierApplicantsTable = Omit<ApplicantsTable, 'id' | 'created_at' | 'updated_at'> & { dossier_id: number };

export interface DossiersTable {
  id: Generated<number>;
  code: string | null;
  procedure_version_id: number;
  applicant_id: number;
  submitter: string | null;
  channel: 'counter' | 'post' | 'online';
  channel_reference: string | null;
  result_delivery: 'counter' | 'post';
  delivery_address: string | null;
  state: DossierState;
  counter: number;
  responsible_clerk_id: number;
  submitted_at: string;
  received_at: string | null;
  time_limit_days: number | null;
  /** NULL: received before migration 16, i.e. working days. */
  time_limit_unit: TimeLimitUnit | null;
  due_date: string | null;
  due_at: string | null;
  calendar_version: number | null;
  set_count: Generated<number>;
  register_volume: string | null;
  register_number: number | null;
  guidance_count: Generated<number>;
  result_number: string | null;
  returned_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DossierComponentsTable {
  id: Generated<number>;
  dossier_id: number;
  position: number;
  component_key: string;
  name: string;
  form_code: string | null;
  copy_type: string;
  count: number;
  required: 0 | 1;
  status: 'received' | 'missing' | 'faulty' | 'not_needed';
  note: string | null;
}

export interface DossierEventsTable {
  id: Generated<number>;
  dossier_id: number;
  at: string;
  clerk_id: number;
  counter: number;
  action: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  payload: Generated<string>;
}

export interface CodeCountersTable {
  office_code: string;
  day: string;
  counter: number;
  last_sequence: number;
}

export interface DraftsTable {
  id: Generated<number>;
  clerk_id: number;
  dossier_id: number | null;
  content: string;
  created_at: string;
  updated_at: string;
}

export interface DossierTables {
  applicants: ApplicantsTable;
  dossiers: DossiersTable;
  dossier_applicants: DossierApplicantsTable;
  dossier_components: DossierComponentsTable;
  dossier_events: DossierEventsTable;
  code_counters: CodeCountersTable;
  drafts: DraftsTable;
}
