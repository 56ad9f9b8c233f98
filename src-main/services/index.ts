// @runs: main
// Everything the main process owns, built once from a data folder. Electron,
// the browser shell, the CLI, tests and benches all start here.
import { join } from 'node:path';
import { AuditLog } from '../audit/log';
import { WorkingCalendar } from '../calendar/calendar';
import { Catalogue } from '../catalogue/catalogue';
import { Accounts } from '../clerks/accounts';
import { Session } from '../clerks/session';
import { DATABASE_FILE, openDatabase, type Sqlite } from '../db/open';
import { Sql } from '../db/sql';
import { Documents } from '../documents/documents';
import { idleMinutesSetting } from '../settings/keys';
import { SettingsStore } from '../settings/store';
import { systemClock, type Clock } from './clock';
import type { FeatureDeps } from './deps';
import { Progress } from './progress';

export interface ServiceOptions {
  dataDir: string;
  clock?: Clock;
  /** The app's resources/ folder (fonts); the Electron shell passes it, tests use the working directory. */
  resourcesDir?: string;
}

export interface Services extends FeatureDeps {
  sqlite: Sqlite;
  accounts: Accounts;
  session: Session;
  catalogue: Catalogue;
  calendar: WorkingCalendar;
  documents: Documents;
  close(): void;
}

export function createServices(options: ServiceOptions): Services {
  const clock = options.clock ?? systemClock;
  const sqlite = openDatabase(join(options.dataDir, DATABASE_FILE));
  const sql = new Sql(sqlite);
  const settings = new SettingsStore(sql);
  const deps: FeatureDeps = { dataDir: options.dataDir, sql, settings, clock, audit: new AuditLog(sql, clock), progress: new Progress() };
  const accounts = new Accounts(sql, clock);
  return {
    ...deps,
    sqlite,
    accounts,
    session: new Session(accounts, clock, () => settings.get(idleMinutesSetting)),
    catalogue: new Catalogue(deps),
    calendar: new WorkingCalendar(deps),
    documents: new Documents(deps, options.resourcesDir ? { resourcesDir: options.resourcesDir } : {}),
    close: () => sqlite.close(),
  };
}
