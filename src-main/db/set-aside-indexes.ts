// @runs: main
// Secondary indexes set aside while a bulk copy fills their tables, and built
// again afterwards (migration 0028). Only indexes that no constraint needs
// are set aside: the UNIQUE ones (dossier codes, register numbers, a person's
// directory entry by ID) stay, so the copy and any clerk working meanwhile
// are held to them as always. Queries run the same without the others, only
// slower, for the few minutes of the copy.
import type { Sqlite } from './open';

/** An index to build again: its name and its CREATE text as sqlite_master keeps it. */
export interface SetAsideIndex {
  name: string;
  sql: string;
}

/**
 * Drops the secondary, non-unique indexes of the given tables, recording each
 * one's CREATE text in set_aside_indexes, all in one transaction. Takes table
 * names (trusted code's constants, never input); gives how many were set
 * aside. Indexes already set aside by an interrupted copy stay recorded.
 */
export function setIndexesAside(sqlite: Sqlite, tables: readonly string[]): number {
  const placeholders = tables.map(() => '?').join(', ');
  const indexes = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (${placeholders}) ORDER BY name`,
    )
    .all(...tables) as SetAsideIndex[];
  const record = sqlite.prepare('INSERT INTO set_aside_indexes (name, sql) VALUES (?, ?) ON CONFLICT (name) DO NOTHING');
  sqlite.transaction(() => {
    for (const index of indexes) {
      record.run(index.name, index.sql);
      sqlite.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
    }
  })();
  return indexes.length;
}

/** The indexes waiting to be built again, in name order. */
export function setAsideIndexes(sqlite: Sqlite): SetAsideIndex[] {
  return sqlite.prepare('SELECT name, sql FROM set_aside_indexes ORDER BY name').all() as SetAsideIndex[];
}

/**
 * Builds one set-aside index again from its recorded text and forgets the
 * record, in one transaction: a counter stopped midway keeps the rest recorded.
 */
export function restoreIndex(sqlite: Sqlite, index: SetAsideIndex): void {
  sqlite.transaction(() => {
    sqlite.exec(index.sql);
    sqlite.prepare('DELETE FROM set_aside_indexes WHERE name = ?').run(index.name);
  })();
}

/**
 * Builds again every index still set aside (a copy stopped by a crash or a
 * power cut), before the migrations run so that they find the schema whole.
 * Does nothing on a database older than migration 0028.
 */
export function restoreSetAsideIndexes(sqlite: Sqlite): void {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'set_aside_indexes'").get();
  if (table === undefined) return;
  for (const index of setAsideIndexes(sqlite)) restoreIndex(sqlite, index);
}
