// @runs: main
// Is a SQLite file fit to work on? Used at start-up on the live database (the
// app must not run on a damaged file), on every backup copy, and before a restore.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { runInWorker } from '../services/workers';
import { backupWords } from '../shared/vi/backup';

export type Integrity = { ok: true } | { ok: false; reason: string };

/** The same check in a worker thread (integrity-worker); here, if no thread can run it. */
export async function checkDatabaseFileAside(file: string): Promise<Integrity> {
  try {
    const aside = runInWorker<Integrity>(__dirname, 'integrity-worker', { file });
    if (aside) return await aside;
  } catch (error) {
    console.error('[integrity] worker failed, checking on the main thread', error);
  }
  return checkDatabaseFile(file);
}

/** SQLite's full integrity_check (every page, b-tree and index against its table), first 20 problems. */
export function checkDatabaseFile(file: string, options: { readonly?: boolean } = {}): Integrity {
  if (!existsSync(file)) return { ok: false, reason: backupWords.damage.missingFile };
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { fileMustExist: true, readonly: options.readonly ?? false });
    const rows = db.pragma('integrity_check(20)') as Record<string, string>[];
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
