// @runs: main
// Opens the counter's SQLite file the one way every entry point shares
// (Electron, the browser shell, the CLI, tests, benches).
import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate';
import { restoreSetAsideIndexes } from './set-aside-indexes';

export type Sqlite = BetterSqlite3.Database;

export const DATABASE_FILE = 'mot-cua.sqlite';

/** FULL: a confirmed intake survives a power cut, not only a crash (only a first join's copy relaxes it, hub/bootstrap.ts). */
export const DURABLE_SYNC = 'FULL';

export function openDatabase(file: string): Sqlite {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${DURABLE_SYNC}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Checkpoints run between requests (db/maintenance.ts); this is only the safety net.
  sqlite.pragma('wal_autocheckpoint = 20000');
  // 128 MiB of page cache (the default is 2 MiB): a counter holding the whole office's dossiers keeps its indexes'
  // upper pages in memory, which a first join's million inserts and the queue's lists over them both use.
  sqlite.pragma('cache_size = -131072');
  // A first join stopped by a crash left indexes set aside: they are built again before anything reads or migrates.
  restoreSetAsideIndexes(sqlite);
  migrate(sqlite);
  return sqlite;
}
