// @runs: main
// The one typed view of the database for kysely. Each table's interface
// follows its migration; test/unit/db.test.ts keeps the two honest.
import type { Generated } from 'kysely';
import type { ReportsTables } from '../reports/tables';
import type { BackupTables } from '../backup/tables';
import type { EndOfDayTables } from '../end-of-day/tables';
import type { CalendarTables } from '../calendar/tables';
import type { CatalogueTables } from '../catalogue/tables';
import type { DocumentTables } from '../documents/tables';
import type { DossierTables } from '../dossiers/tables';
import type { SatisfactionTables } from '../satisfaction/tables';
import type { AttachmentTables } from '../attachments/tables';
import type { SearchTables } from '../search/tables';
import type { QueueTables } from '../queue/tables';
import type { ClerkTables } from '../clerks/tables';
import type { HubTables } from '../hub/tables';
import type { HubOfficeTables } from '../hub/office-tables';

export interface SettingsTable {
  key: string;
  value: string;
}

export interface ClerksTable {
  id: Generated<number>;
  full_name: string;
  username: string;
  password_hash: string;
  role: 'supervisor' | 'clerk';
  active: 0 | 1;
  created_at: string;
  /** When a supervisor last ended this clerk's lockout (migration 0025); travels through the hub. */
  unlocked_at: Generated<string | null>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  clerk_id: number | null;
  counter: number | null;
  action: string;
  detail: string;
}

export interface FoundationTables {
  settings: SettingsTable;
  clerks: ClerksTable;
  audit_log: AuditLogTable;
}

/** Every table, each feature's from its own tables.ts. */
export interface Database
  extends FoundationTables, CatalogueTables, CalendarTables, DossierTables, DocumentTables, QueueTables, SearchTables, AttachmentTables, SatisfactionTables,
    EndOfDayTables, BackupTables, ReportsTables, ClerkTables, HubTables, HubOfficeTables {}
