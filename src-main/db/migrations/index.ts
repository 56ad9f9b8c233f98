// @runs: main
// The list of migrations, append-only: never edit or reorder a released one,
// add a new file with the next number. Numbers need not be contiguous (migrate.ts
// applies every version above the file's, in list order). test/unit/db.test.ts
// checks the result against the schema snapshot.
import { m0001 } from './0001_foundation';
import { m0002 } from './0002_catalogue';
import { m0003 } from './0003_calendar';
import { m0004 } from './0004_dossiers';
import { m0005 } from './0005_documents';
import { m0006 } from './0006_queue';
import { m0007 } from './0007_search';
import { m0008 } from './0008_attachments';
import { m0009 } from './0009_satisfaction';
import { m0010 } from './0010_end_of_day';
import { m0011 } from './0011_backup';
import { m0012 } from './0012_reports';
import { m0013 } from './0013_search_merge_on_idle';
import { m0014 } from './0014_dossier_snapshots';
import { m0015 } from './0015_sign_in_throttle';
import { m0016 } from './0016_time_limit_units';
import { m0017 } from './0017_identity_documents';
import { m0018 } from './0018_search_ranking';
import { m0019 } from './0019_clerks_day';
import { m0020 } from './0020_hub_sync';
import { m0021 } from './0021_hub_kinds';
import { m0022 } from './0022_hub_outbox_nonce';
import { m0023 } from './0023_queue_insert_derived';
import { m0024 } from './0024_office_scope';
import { m0025 } from './0025_hub_clerks_settings_scans';
import { m0026 } from './0026_bulk_copy';
import { m0027 } from './0027_conflict_event';
import { m0028 } from './0028_set_aside_indexes';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012, m0013, m0014, m0015, m0016, m0017, m0018, m0019, m0020, m0021, m0022, m0023, m0024, m0025, m0026, m0027, m0028];
