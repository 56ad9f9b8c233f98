// @runs: main
// What the shells (Electron, the browser shell) hold instead of bare services:
// the services behind a small holder, so a restore can close the database,
// swap the file and open new services while the shell keeps its one dispatch
// function and one progress channel. At start-up it checks the database file;
// a damaged file is never opened for work, and a missing or empty one is not
// taken for a fresh install while backups exist: the host starts in recovery
// mode, where only app.status and backup.recover answer.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from '../api/dispatch';
import { DomainError } from '../api/kit';
import { DATABASE_FILE } from '../db/open';
import { createServices, type ServiceOptions, type Services } from '../services';
import { systemClock } from '../services/clock';
import { Progress } from '../services/progress';
import { backupWords } from '../shared/vi/backup';
import { errorMessages } from '../shared/vi/errors';
import { stampOf, summarise } from './backups';
import type { recoveryInfo } from './contract';
import { checkDatabaseFileAside } from './integrity';
import { checkingStatus, createRecoveryDispatcher } from './recovery';
import { listBackups, lostDatabaseReason, rememberedBackupFolder, restoreFiles, verifyBackup } from './store';
import type { z } from 'zod';

export type RecoveryInfo = z.infer<typeof recoveryInfo>;

/** The part of the host the services see: one progress channel, and the way to restore in place. */
export interface ServiceHost {
  progress: Progress;
  restore(backupPath: string, by: string | null): Promise<void>;
}

export type HostOptions = Omit<ServiceOptions, 'host'>;

export class AppHost implements ServiceHost {
  readonly progress = new Progress();
  private services: Services | null = null;
  private dispatcher: Dispatch = createRecoveryDispatcher(this);
  private damage: string | null = null;
  private busy = false;
  private checking = false;
  /** Settles once the start-up check is done and the services (or recovery mode) are in place. */
  ready: Promise<void> = Promise.resolve();

  private constructor(private readonly options: HostOptions) {}

  /**
   * Runs SQLite's integrity_check on the database file in a worker thread (seconds
   * on a database of years), then starts normally or in recovery mode. Meanwhile
   * the window shows: app.status answers "checking", every other call waits.
   * A missing or 0-byte file with backups in the backup folder starts recovery
   * mode at once; with no backups it is a fresh install (setup).
   */
  static open(options: HostOptions): AppHost {
    const host = new AppHost(options);
    const file = join(options.dataDir, DATABASE_FILE);
    // A lost file beside backups is not a fresh install: setup would start empty and the daily backup would prune the good copies.
    host.damage = lostDatabaseReason(options.dataDir);
    if (host.damage) return host;
    if (!existsSync(file)) {
      host.openServices();
      return host;
    }
    host.checking = true;
    host.ready = checkDatabaseFileAside(file)
      .then((check) => {
        if (check.ok) host.openServices();
        else host.damage = check.reason;
      })
      .finally(() => (host.checking = false));
    return host;
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  /** The running services; null in recovery mode. */
  get current(): Services | null {
    return this.services;
  }

  get recovering(): boolean {
    return this.services === null;
  }

  readonly dispatch: Dispatch = async (method, input) => {
    if (this.checking) {
      if (method === 'app.status') return { ok: true, value: checkingStatus() };
      await this.ready;
    }
    if (this.busy) return { ok: false, error: { code: 'BACKUP_BUSY', message: errorMessages.BACKUP_BUSY } };
    return this.dispatcher(method, input);
  };

  recoveryInfo(): RecoveryInfo {
    const folder = rememberedBackupFolder(this.options.dataDir);
    return { reason: this.damage ?? '', folder, backups: listBackups(folder).map(summarise) };
  }

  /** Recovery mode: the chosen backup, else the newest one that passes the full check. */
  async recover(id?: string): Promise<void> {
    if (!this.recovering) throw new DomainError('NOT_IN_RECOVERY');
    const backups = listBackups(rememberedBackupFolder(this.options.dataDir));
    if (id) {
      const chosen = backups.find((b) => b.id === id);
      if (!chosen) throw new DomainError('BACKUP_NOT_FOUND');
      return this.restore(chosen.path, null);
    }
    for (const candidate of backups) {
      if ((await verifyBackup(candidate.path)).ok) return this.exclusively(() => this.swap(candidate.path, null));
    }
    throw new DomainError('BACKUP_NOT_FOUND');
  }

  /**
   * Verifies the backup, then closes the services, swaps the files and opens new
   * services; every call meanwhile is answered BACKUP_BUSY. Sessions do not
   * survive: everyone signs in again on the restored data.
   */
  restore(backupPath: string, by: string | null): Promise<void> {
    return this.exclusively(async () => {
      const verdict = await verifyBackup(backupPath);
      if (!verdict.ok) throw new DomainError('BACKUP_DAMAGED', `${errorMessages.BACKUP_DAMAGED} ${verdict.reason}`);
      await this.swap(backupPath, by);
    });
  }

  private async exclusively(work: () => Promise<void>): Promise<void> {
    if (this.busy) throw new DomainError('BACKUP_BUSY');
    this.busy = true;
    try {
      this.progress.report({ task: 'restore', done: 0, total: 1, label: backupWords.progressRestore });
      await work();
      this.progress.report({ task: 'restore', done: 1, total: 1, label: backupWords.progressRestore });
    } finally {
      this.busy = false;
    }
  }

  private async swap(backupPath: string, by: string | null): Promise<void> {
    await this.services?.backups.idle();
    this.services?.close();
    this.services = null;
    const clock = this.options.clock ?? systemClock;
    let asideFile: string | null = null;
    try {
      ({ asideFile } = restoreFiles(this.options.dataDir, backupPath, stampOf(clock.now())));
    } finally {
      // Whatever file is live now (the restored one, or the old one if the copy failed) is opened again.
      this.reopen();
    }
    const services = this.services as Services | null;
    services?.sql.tx(() => services.audit.record('backup.restore', { clerkId: null, counter: null }, { from: backupPath, asideFile, by }));
  }

  close(): void {
    this.services?.close();
    this.services = null;
  }

  private reopen(): void {
    try {
      this.openServices();
    } catch (error) {
      this.dispatcher = createRecoveryDispatcher(this);
      this.damage = backupWords.damage.cannotOpen(error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  /**
   * Only damage sends the app to recovery mode. Any other failure to open (a
   * newer schema, a broken install) is thrown: restoring a backup would not cure
   * it and would set the clerks' work back.
   */
  private openServices(): void {
    try {
      this.services = createServices({ ...this.options, host: this });
      this.dispatcher = createDispatcher(this.services);
      this.damage = null;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_CORRUPT') && code !== 'SQLITE_NOTADB') throw error;
      this.services = null;
      this.dispatcher = createRecoveryDispatcher(this);
      this.damage = backupWords.damage.malformed;
    }
  }
}
