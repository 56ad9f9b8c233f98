// @runs: main
// Everything the main process owns, built once from a data folder. Electron,
// the browser shell, the CLI, tests and benches all start here.
import { join } from 'node:path';
import { AuditLog } from '../audit/log';
import { Backups } from '../backup/backups';
import type { ServiceHost } from '../backup/host';
import { WorkingCalendar } from '../calendar/calendar';
import { Catalogue } from '../catalogue/catalogue';
import { Accounts } from '../clerks/accounts';
import { PasswordCheck } from '../clerks/password-check';
import { RECOMMENDED_COST, type ScryptCost } from '../clerks/password';
import { Session } from '../clerks/session';
import { SignInThrottle } from '../clerks/throttle';
import { DATABASE_FILE, openDatabase, type Sqlite } from '../db/open';
import { Sql } from '../db/sql';
import { Documents } from '../documents/documents';
import { EndOfDay } from '../end-of-day/end-of-day';
import { keyFileSealer, sealerFor, type SecretSealer } from '../hub/credentials';
import { HubSync } from '../hub/sync';
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
  /** The shells' holder (backup/host.ts): its progress channel outlives a restore, and it does the restore. */
  host?: ServiceHost;
  /** scrypt cost of new password hashes; tests that create many clerks pass a lower one. */
  passwordCost?: ScryptCost;
  /** Seals the hub's credentials: the Electron shell passes the OS keychain's where it is available; else the data folder's key file. */
  sealer?: SecretSealer;
}

export interface Services extends FeatureDeps {
  sqlite: Sqlite;
  accounts: Accounts;
  session: Session;
  throttle: SignInThrottle;
  catalogue: Catalogue;
  calendar: WorkingCalendar;
  documents: Documents;
  endOfDay: EndOfDay;
  backups: Backups;
  /** The office hub's sync engine: idle until a supervisor joins the counter to a hub; driven by the shells' scheduler (hub/scheduler.ts). */
  hub: HubSync;
  /** Seals new hub credentials and opens stored ones with whichever sealer made them. */
  sealer: SecretSealer;
  /** Null in tests, benches and the CLI: nothing there can swap the services after a restore. */
  host: ServiceHost | null;
  close(): void;
}

export function createServices(options: ServiceOptions): Services {
  const clock = options.clock ?? systemClock;
  const sqlite = openDatabase(join(options.dataDir, DATABASE_FILE));
  const sql = new Sql(sqlite);
  const settings = new SettingsStore(sql);
  const deps: FeatureDeps = { dataDir: options.dataDir, sql, settings, clock, audit: new AuditLog(sql, clock), progress: options.host?.progress ?? new Progress() };
  const passwordCost = options.passwordCost ?? RECOMMENDED_COST;
  const accounts = new Accounts(sql, clock, passwordCost);
  const throttle = new SignInThrottle(sql, clock);
  const passwords = new PasswordCheck({ sql, clock, audit: deps.audit, accounts, throttle }, passwordCost);
  const documents = new Documents(deps, options.resourcesDir ? { resourcesDir: options.resourcesDir } : {});
  const keyFile = keyFileSealer(options.dataDir);
  const sealer = options.sealer ? sealerFor(options.sealer, keyFile) : keyFile;
  const hub = new HubSync({ ...deps, sealer });
  return {
    ...deps,
    sqlite,
    accounts,
    session: new Session(accounts, clock, () => settings.get(idleMinutesSetting), passwords),
    throttle,
    catalogue: new Catalogue(deps),
    calendar: new WorkingCalendar(deps),
    documents,
    endOfDay: new EndOfDay(deps, documents),
    backups: new Backups(deps),
    hub,
    sealer,
    host: options.host ?? null,
    close: () => {
      void hub.stop();
      sqlite.close();
    },
  };
}
