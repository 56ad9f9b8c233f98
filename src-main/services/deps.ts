// @runs: main
// What every feature service is built from.
import type { AuditLog } from '../audit/log';
import type { Sql } from '../db/sql';
import type { SettingsStore } from '../settings/store';
import type { Clock } from './clock';
import type { Progress } from './progress';

export interface FeatureDeps {
  dataDir: string;
  sql: Sql;
  settings: SettingsStore;
  clock: Clock;
  audit: AuditLog;
  progress: Progress;
}
