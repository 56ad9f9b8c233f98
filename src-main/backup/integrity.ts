// @runs: main
// Is a SQLite file fit to work on? Used at start-up on the live database (the
// app must not run on a damaged file), on every backup copy, and before a restore.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { backupWords } from '../shared/vi/backup';

export type Integrity = { ok: true } | { ok: false; reason: string };

/**
 * quick_check verifies every page and b-tree but skips matching indexes to their
 * tables, which makes it several times faster on a big file (docs/PERFORMANCE.md);
 * start-up uses it, backups and restores use the full integrity_check.
 */
export type CheckLevel = 'quick_check' | 'integrity_check';

export function checkDatabaseFile(file: string, level: CheckLevel, options: { readonly?: boolean } = {}): Integrity {
  if (!existsSync(file)) return { ok: false, reason: backupWords.damage.missingFile };
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { fileMustExist: true, readonly: options.readonly ?? false });
    const rows = db.pragma(`${level}(20)`) as Record<string, string>[];
    const messages = rows.map((row) => Object.values(row)[0] ?? '');
    if (messages.length === 1 && messages[0] === 'ok') return { ok: true };
    return { ok: false, reason: backupWords.damage.integrity(messages.slice(0, 3).join('; ')) };
  } catch (error) {
    return { ok: false, reason: describeOpenError(error) };
  } finally {
    db?.close();
  }
}

function describeOpenError(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return backupWords.damage.notDatabase;
  if (code.startsWith('SQLITE_CORRUPT')) return backupWords.damage.malformed;
  return backupWords.damage.cannotOpen(error instanceof Error ? error.message : String(error));
}
