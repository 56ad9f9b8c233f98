// @runs: main
// Kysely row types of the tables migration 0025 adds for clerks, office settings and scans from the hub.
import type { Generated } from 'kysely';

export interface OfficeSettingChangesTable {
  id: Generated<number>;
  key: string;
  /** JSON, as in the settings table. */
  value: string;
  clerk_id: number;
  counter: number;
  at: string;
  /** Another counter's change: its place in the hub's order; null for this counter's own. */
  hub_seq: number | null;
}

export interface HubUsernamesTable {
  username: string;
  clerk_key: string;
}

export interface HubClerkClashesTable {
  parked_key: string;
  username: string;
  kept_key: string;
  parked_as: string;
  detected_at: string;
}

export interface HubOfficeTables {
  office_setting_changes: OfficeSettingChangesTable;
  hub_usernames: HubUsernamesTable;
  hub_clerk_clashes: HubClerkClashesTable;
}
