// @runs: main
// Backups as folders on disk, with no database connection involved: listing,
// verifying and restoring must work when the live database is damaged
// (recovery mode, the CLI), so nothing here goes through the services.
//
// <backups>/<id>/mot-cua.sqlite   the database copy (rollback-journal mode, one self-contained file)
// <backups>/<id>/scans/…          the scans, same relative paths as <dataDir>/scans
// <backups>/<id>/manifest.json    written last: a folder without it is an unfinished backup
import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { closeSync, copyFileSync, createReadStream, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { z } from 'zod';
import { DATABASE_FILE } from '../db/open';
import { storedFolder } from '../settings/folders';
import { backupWords } from '../shared/vi/backup';
import { BACKUP_ID } from './contract';
import { checkDatabaseFile, type Integrity } from './integrity';

export const MANIFEST_FILE = 'manifest.json';
export const SCANS_FOLDER = 'scans';
/** Where the backup folder is remembered outside the database, for when the database can't be read. */
const LOCATION_FILE = 'backup-location.json';

export const manifestSchema = z.object({
  format: z.literal(1),
  at: z.string(),
  reason: z.enum(['manual', 'daily', 'cli']),
  schemaVersion: z.number(),
  database: z.object({ file: z.string(), bytes: z.number(), sha256: z.string(), integrity: z.string() }),
  files: z.object({ count: z.number(), bytes: z.number(), copied: z.number(), linked: z.number() }),
  durationMs: z.number(),
  /** Dossiers in the copy; absent in manifests written before it was recorded (then counted from the copy). */
  dossiers: z.number().optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;

export interface BackupEntry {
  id: string;
  path: string;
  manifest: Manifest;
  state: 'ok' | 'damaged';
}

export function defaultBackupFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** The folder in use: the one remembered beside the database, else the default. */
export function rememberedBackupFolder(dataDir: string): string {
  try {
    const { folder } = z.object({ folder: storedFolder }).parse(JSON.parse(readFileSync(join(dataDir, LOCATION_FILE), 'utf8')));
    if (folder) return folder;
  } catch {
    // No remembered folder: the default.
  }
  return defaultBackupFolder(dataDir);
}

export function rememberBackupFolder(dataDir: string, folder: string): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, LOCATION_FILE), JSON.stringify({ folder }));
}

/**
 * Takes a data folder; gives why recovery mode must start instead of a fresh
 * install when the database file is missing or empty (0 bytes) while finished
 * backups exist in the backup folder; null when the file is there (the start-up
 * check judges it) or when there is nothing to recover (a truly fresh install).
 */
export function lostDatabaseReason(dataDir: string): string | null {
  const size = liveDatabaseSize(join(dataDir, DATABASE_FILE));
  if (size !== null && size > 0) return null;
  const count = listBackups(rememberedBackupFolder(dataDir)).length;
  if (count === 0) return null;
  return size === null ? backupWords.damage.liveMissing(count) : backupWords.damage.liveEmpty(count);
}

/** The file's size; null when there is no such file. Any other failure is left to the start-up check. */
function liveDatabaseSize(file: string): number | null {
  try {
    return statSync(file).size;
  } catch (error) {
    return (error as { code?: string }).code === 'ENOENT' ? null : 1;
  }
}

/** Takes a database file; gives its number of dossiers, read-only, or null if it cannot be read. */
export function countDossiers(file: string): number | null {
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    return (db.prepare('SELECT count(*) AS n FROM dossiers').get() as { n: number }).n;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** Finished backups, newest first. */
export function listBackups(folder: string): BackupEntry[] {
  if (!existsSync(folder)) return [];
  const entries: BackupEntry[] = [];
  for (const id of readdirSync(folder)) {
    if (!BACKUP_ID.test(id)) continue;
    const path = join(folder, id);
    const manifest = readManifest(path);
    if (!manifest) continue;
    entries.push({ id, path, manifest, state: quickState(path, manifest) });
  }
  return entries.sort((a, b) => (a.manifest.at === b.manifest.at ? b.id.localeCompare(a.id) : b.manifest.at.localeCompare(a.manifest.at)));
}

function readManifest(path: string): Manifest | null {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(join(path, MANIFEST_FILE), 'utf8')));
  } catch {
    return null;
  }
}

function quickState(path: string, manifest: Manifest): 'ok' | 'damaged' {
  if (manifest.database.integrity !== 'ok') return 'damaged';
  try {
    return statSync(join(path, DATABASE_FILE)).size === manifest.database.bytes ? 'ok' : 'damaged';
  } catch {
    return 'damaged';
  }
}

/** The full check before a restore: manifest, size, SHA-256, then SQLite's integrity_check. */
export async function verifyBackup(path: string): Promise<Integrity> {
  if (!existsSync(join(path, MANIFEST_FILE))) return { ok: false, reason: backupWords.damage.missingManifest };
  const manifest = readManifest(path);
  if (!manifest) return { ok: false, reason: backupWords.damage.badManifest };
  const file = join(path, DATABASE_FILE);
  if (!existsSync(file)) return { ok: false, reason: backupWords.damage.missingFile };
  if (statSync(file).size !== manifest.database.bytes) return { ok: false, reason: backupWords.damage.sizeMismatch };
  if ((await sha256File(file)) !== manifest.database.sha256) return { ok: false, reason: backupWords.damage.hashMismatch };
  return checkDatabaseFile(file, { readonly: true });
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

/** Every file under a folder, as paths relative to it. */
export function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/**
 * Swaps the live database for a verified backup. The caller has closed every
 * connection to it. The current file is kept beside it as
 * mot-cua.sqlite.before-restore-<stamp> (with its -wal if any). The copy comes in
 * under a temporary name, flushed to disk, and is renamed over the live file: a
 * kill or power cut at any point leaves a whole database under the live name,
 * the old one or the restored one, never none (which would look like a lost
 * database) and never a mix. Scans are content-addressed: the backup's files are
 * added where missing, none is deleted.
 */
export function restoreFiles(dataDir: string, backupPath: string, stamp: string): { asideFile: string | null } {
  const live = join(dataDir, DATABASE_FILE);
  const aside = `${live}.before-restore-${stamp}`;
  const incoming = `${live}.restoring`;
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(join(backupPath, DATABASE_FILE), incoming);
  flushToDisk(incoming);
  const hadLive = existsSync(live);
  if (hadLive) keepAside(live, aside);
  // The old -wal must never sit beside the restored file: SQLite would replay it into it.
  if (existsSync(`${live}-wal`)) renameSync(`${live}-wal`, `${aside}-wal`);
  rmSync(`${live}-shm`, { force: true });
  renameSync(incoming, live);
  copyMissingFiles(join(backupPath, SCANS_FOLDER), join(dataDir, SCANS_FOLDER));
  return { asideFile: hadLive ? aside : null };
}

/** A second name for the live file (a copy where the disk has no hard links), so the live name is never empty. */
function keepAside(live: string, aside: string): void {
  rmSync(aside, { force: true });
  try {
    linkSync(live, aside);
  } catch {
    copyFileSync(live, aside);
  }
}

function flushToDisk(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** From the manifest, else counted in the copy; a copy that cannot be read counts as none. */
function dossiersIn(backup: BackupEntry): number {
  return backup.manifest.dossiers ?? countDossiers(join(backup.path, DATABASE_FILE)) ?? 0;
}

function copyMissingFiles(from: string, to: string): void {
  for (const file of filesUnder(from)) {
    const target = join(to, file);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(from, file), target);
  }
}

/**
 * Deletes all but the newest `keep` backups (and unfinished ones older than a
 * day); gives the ids deleted. Never deletes the newest whole backup holding
 * more dossiers than the live database (`liveDossiers`): when the live file was
 * lost and started again empty, that backup is the one with the counter's work.
 */
export function pruneBackups(folder: string, keep: number, liveDossiers: number): string[] {
  const backups = listBackups(folder);
  const fuller = backups.find((backup) => backup.state === 'ok' && dossiersIn(backup) > liveDossiers);
  const removed: string[] = [];
  for (const old of backups.slice(keep)) {
    if (old === fuller) continue;
    rmSync(old.path, { recursive: true, force: true });
    removed.push(old.id);
  }
  if (existsSync(folder)) {
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.partial')) continue;
      const path = join(folder, name);
      if (Date.now() - statSync(path).mtimeMs > 86_400_000) rmSync(path, { recursive: true, force: true });
    }
  }
  return removed;
}
