// @runs: main
// Everything the main process owns, built once from a data folder. Electron,
// the browser shell, the CLI, tests and benches all start here.
import { join } from 'node:path';
import { AuditLog } from '../audit/log';
import { Accounts } from '../clerks/accounts';
import { Session } from '../clerks/session';
import { DATABASE_FILE, openDatabase, type Sqlite } from '../db/open';
import { Sql } from '../db/sql';
import { idleMinutesSetting } from '../settings/keys';
import { SettingsStore } from '../settings/store';
import { systemClock, type Clock } from './clock';
import { Progress } from './progress';

export interface ServiceOptions {
  dataDir: string;
  clock?: Clock;
}

export interface Services {
  dataDir: string;
  clock: Clock;
  sqlite: Sqlite;
  sql: Sql;
  settings: SettingsStore;
  accounts: Accounts;
  session: Session;
  audit: AuditLog;
  progress: Progress;
  close(): void;
}

export function createServices(options: ServiceOptions): Services {
  const clock = options.clock ?? systemClock;
  const sqlite = openDatabase(join(options.dataDir, DATABASE_FILE));
  const sql = new Sql(sqlite);
  const settings = new SettingsStore(sql);
  const accounts = new Accounts(sql, clock);
  const session = new Session(accounts, clock, () => settings.get(idleMinutesSetting));
  return {
    dataDir: options.dataDir,
    clock,
    sqlite,
    sql,
    settings,
    accounts,
    session,
    audit: new AuditLog(sql, clock),
    progress: new Progress(),
    close: () => sqlite.close(),
  };
}
