// @runs: main
// Backing up the running app: SQLite's online backup of the live connection
// (clerks keep working; writes made meanwhile through the same connection are
// carried into the copy), the scans, a manifest, then pruning to the last N.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { DomainError } from '../api/kit';
import { DATABASE_FILE } from '../db/open';
import { latestVersion } from '../db/migrate';
import type { FeatureDeps } from '../services/deps';
import { writingTo } from '../services/disk-full';
import { folderSetting } from '../settings/folders';
import { toVnIso, vnDate, vnInstant, vnParts } from '../shared/time';
import { errorMessages } from '../shared/vi/errors';
import { backupWords } from '../shared/vi/backup';
import type { backupSettings, backupSummary } from './contract';
import { checkDatabaseFile } from './integrity';
import { backupDailyTimeSetting, backupFolderSetting, backupKeepSetting } from './settings';
import { countDossiers, defaultBackupFolder, filesUnder, listBackups, MANIFEST_FILE, pruneBackups, rememberBackupFolder, SCANS_FOLDER, sha256File, type BackupEntry, type Manifest } from './store';
import type { z } from 'zod';

export type BackupSummary = z.infer<typeof backupSummary>;
export type BackupSettings = z.infer<typeof backupSettings>;
export type BackupReason = Manifest['reason'];
type Who = { clerkId: number | null; counter: number | null };

const PAGES_PER_STEP = 1024;

export class Backups {
  private running: Promise<BackupSummary> | null = null;

  constructor(private readonly deps: FeatureDeps) {}

  settings(): BackupSettings {
    const { settings, dataDir } = this.deps;
    const folder = settings.get(backupFolderSetting);
    return { folder, resolvedFolder: folder || defaultBackupFolder(dataDir), keep: settings.get(backupKeepSetting), dailyTime: settings.get(backupDailyTimeSetting) };
  }

  /** Takes the settings as typed; refuses a folder that breaks the folder rule (folderSetting) or cannot be written. */
  updateSettings(input: { folder: string; keep: number; dailyTime: string }, who: Who): BackupSettings {
    const folder = folderSetting(input.folder, 'backup', 'folder');
    if (folder && !writableFolder(folder)) throw new DomainError('BACKUP_FOLDER_INVALID', undefined, 'folder');
    const { settings, sql, audit, dataDir } = this.deps;
    sql.tx(() => {
      settings.set(backupFolderSetting, folder);
      settings.set(backupKeepSetting, input.keep);
      settings.set(backupDailyTimeSetting, input.dailyTime);
      audit.record('backup.settings', who, { ...input, folder });
    });
    const current = this.settings();
    rememberBackupFolder(dataDir, current.resolvedFolder);
    return current;
  }

  list(): BackupSummary[] {
    return listBackups(this.settings().resolvedFolder).map(summarise);
  }

  /** One backup at a time: a second request while one runs gets the same result. */
  run(reason: BackupReason, who: Who): Promise<BackupSummary> {
    this.running ??= this.backup(reason, who).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Resolves when no backup is running (a restore waits for it before closing the database). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  /** Due when today's backup time has passed and no backup was taken since. */
  dailyDue(): boolean {
    const now = this.deps.clock.now();
    const [hour, minute] = this.settings().dailyTime.split(':').map(Number) as [number, number];
    const scheduled = vnInstant(vnDate(now), hour, minute);
    if (now < scheduled) return false;
    const newest = listBackups(this.settings().resolvedFolder)[0];
    return !newest || new Date(newest.manifest.at) < scheduled;
  }

  private async backup(reason: BackupReason, who: Who): Promise<BackupSummary> {
    const { sql, dataDir, audit } = this.deps;
    const { resolvedFolder: folder, keep } = this.settings();
    rememberBackupFolder(dataDir, folder);
    const entry = await writingTo('backup', folder, () => this.write(folder, reason));
    pruneBackups(folder, keep, this.liveDossiers());
    const { database, files } = entry.manifest;
    sql.tx(() => audit.record('backup.run', who, { id: entry.id, reason, databaseBytes: database.bytes, files: files.count }));
    return summarise(entry);
  }

  /** Writes one backup into `folder`: whole (a .partial folder renamed at the end) or, on any failure, nothing. */
  private async write(folder: string, reason: BackupReason): Promise<BackupEntry> {
    const { clock } = this.deps;
    const started = performance.now();
    const previous = listBackups(folder)[0];
    const id = freeId(folder, stampOf(clock.now()));
    const partial = join(folder, `${id}.partial`);
    mkdirSync(partial, { recursive: true });
    try {
      const at = clock.now();
      const database = await this.copyDatabase(join(partial, DATABASE_FILE));
      const dossiers = countDossiers(join(partial, DATABASE_FILE)) ?? 0;
      const files = await this.copyScans(join(partial, SCANS_FOLDER), previous);
      const manifest: Manifest = { format: 1, at: toVnIso(at), reason, schemaVersion: latestVersion(), database, files, durationMs: Math.round(performance.now() - started), dossiers };
      writeFileSync(join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
      renameSync(partial, join(folder, id));
      return { id, path: join(folder, id), manifest, state: 'ok' };
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      throw error;
    }
  }

  private liveDossiers(): number {
    return (this.deps.sql.sqlite.prepare('SELECT count(*) AS n FROM dossiers').get() as { n: number }).n;
  }

  private async copyDatabase(target: string): Promise<Manifest['database']> {
    const { sql, progress } = this.deps;
    await sql.sqlite.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        progress.report({ task: 'backup', done: totalPages - remainingPages, total: totalPages, label: backupWords.progressDatabase });
        return PAGES_PER_STEP;
      },
    });
    // One self-contained file: a copy in rollback-journal mode opens read-only anywhere, with no -wal/-shm beside it.
    const copy = new BetterSqlite3(target);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    progress.report({ task: 'backup', done: 0, total: 1, label: backupWords.progressCheck });
    const integrity = checkDatabaseFile(target);
    if (!integrity.ok) throw new DomainError('BACKUP_SOURCE_DAMAGED', `${errorMessages.BACKUP_SOURCE_DAMAGED} ${integrity.reason}`);
    return { file: DATABASE_FILE, bytes: statSync(target).size, sha256: await sha256File(target), integrity: 'ok' };
  }

  /** Scans are content-addressed: a file the previous backup already holds is hard-linked from it, not copied again. */
  private async copyScans(target: string, previous: BackupEntry | undefined): Promise<Manifest['files']> {
    const source = join(this.deps.dataDir, SCANS_FOLDER);
    // incoming/ holds uploads still being checked (attachments), not stored scans.
    const files = filesUnder(source).filter((file) => !file.startsWith(`incoming${sep}`));
    const totals = { count: files.length, bytes: 0, copied: 0, linked: 0 };
    for (const [index, file] of files.entries()) {
      const from = join(source, file);
      const to = join(target, file);
      const size = statSync(from).size;
      totals.bytes += size;
      mkdirSync(dirname(to), { recursive: true });
      const earlier = previous ? join(previous.path, SCANS_FOLDER, file) : null;
      if (earlier && sameSize(earlier, size) && tryLink(earlier, to)) totals.linked++;
      else {
        await copyFile(from, to);
        totals.copied++;
      }
      this.deps.progress.report({ task: 'backup', done: index + 1, total: files.length, label: backupWords.progressFiles });
    }
    return totals;
  }
}

export function summarise(entry: BackupEntry): BackupSummary {
  const { manifest } = entry;
  return {
    id: entry.id,
    at: manifest.at,
    reason: manifest.reason,
    schemaVersion: manifest.schemaVersion,
    databaseBytes: manifest.database.bytes,
    fileCount: manifest.files.count,
    filesBytes: manifest.files.bytes,
    state: entry.state,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Folder names sort by time and are valid on Windows (no colons). */
export function stampOf(instant: Date): string {
  const p = vnParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}_${pad(p.hour)}-${pad(p.minute)}-${pad(p.second)}`;
}

function freeId(folder: string, stamp: string): string {
  let id = stamp;
  for (let n = 2; existsSync(join(folder, id)) || existsSync(join(folder, `${id}.partial`)); n++) id = `${stamp}-${n}`;
  return id;
}

function sameSize(file: string, size: number): boolean {
  try {
    return statSync(file).size === size;
  } catch {
    return false;
  }
}

/** Hard links need the same volume (and a file system that has them); otherwise the caller copies. */
function tryLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

function writableFolder(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    const probe = join(folder, `.probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
    return true;
  } catch {
    return false;
  }
}
