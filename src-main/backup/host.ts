// @runs: main
// What the shells (Electron, the browser shell) hold instead of bare services:
// the services behind a small holder, so a restore can close the database,
// swap the file and open new services while the shell keeps its one dispatch
// function and one progress channel. At start-up it checks the database file;
// a damaged file is never opened for work: the host starts in recovery mode,
// where only app.status and backup.recover answer.
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
import { checkDatabaseFile, type CheckLevel } from './integrity';
import { createRecoveryDispatcher } from './recovery';
import { listBackups, rememberedBackupFolder, restoreFiles, verifyBackup } from './store';
import type { z } from 'zod';

export type RecoveryInfo = z.infer<typeof recoveryInfo>;

/** The part of the host the services see: one progress channel, and the way to restore in place. */
export interface ServiceHost {
  progress: Progress;
  restore(backupPath: string, by: string | null): Promise<void>;
}

export type HostOptions = Omit<ServiceOptions, 'host'> & { startupCheck?: CheckLevel };

export class AppHost implements ServiceHost {
  readonly progress = new Progress();
  private services: Services | null = null;
  private dispatcher: Dispatch = createRecoveryDispatcher(this);
  private damage: string | null = null;
  private busy = false;

  private constructor(private readonly options: HostOptions) {}

  /** Checks the database file, then starts normally or in recovery mode. */
  static open(options: HostOptions): AppHost {
    const host = new AppHost(options);
    const file = join(options.dataDir, DATABASE_FILE);
    const check = existsSync(file) ? checkDatabaseFile(file, options.startupCheck ?? 'quick_check') : { ok: true as const };
    if (check.ok) host.openServices();
    else host.damage = check.reason;
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

  readonly dispatch: Dispatch = (method, input) => {
    if (this.busy) return Promise.resolve({ ok: false, error: { code: 'BACKUP_BUSY', message: errorMessages.BACKUP_BUSY } });
    return this.dispatcher(method, input);
  };

  recoveryInfo(): RecoveryInfo {
    const folder = rememberedBackupFolder(this.options.dataDir);
    return { reason: this.damage ?? '', folder, backups: listBackups(folder).map(summarise) };
  }

  /** Recovery mode: the chosen backup, else the newest one that looks whole. */
  async recover(id?: string): Promise<void> {
    if (!this.recovering) throw new DomainError('NOT_IN_RECOVERY');
    const backups = listBackups(rememberedBackupFolder(this.options.dataDir));
    const chosen = id ? backups.find((b) => b.id === id) : backups.find((b) => b.state === 'ok');
    if (!chosen) throw new DomainError('BACKUP_NOT_FOUND');
    await this.restore(chosen.path, null);
  }

  /**
   * Verifies the backup, then closes the services, swaps the files and opens new
   * services; every call meanwhile is answered BACKUP_BUSY. Sessions do not
   * survive: everyone signs in again on the restored data.
   */
  async restore(backupPath: string, by: string | null): Promise<void> {
    if (this.busy) throw new DomainError('BACKUP_BUSY');
    this.busy = true;
    try {
      this.progress.report({ task: 'restore', done: 0, total: 2, label: backupWords.progressRestore });
      const verdict = await verifyBackup(backupPath);
      if (!verdict.ok) throw new DomainError('BACKUP_DAMAGED', `${errorMessages.BACKUP_DAMAGED} ${verdict.reason}`);
      await this.services?.backups.idle();
      this.services?.close();
      this.services = null;
      const clock = this.options.clock ?? systemClock;
      const { asideFile } = restoreFiles(this.options.dataDir, backupPath, stampOf(clock.now()));
      this.openServices();
      const services = this.services as Services | null;
      services?.sql.tx(() => services.audit.record('backup.restore', { clerkId: null, counter: null }, { from: backupPath, asideFile, by }));
      this.progress.report({ task: 'restore', done: 2, total: 2, label: backupWords.progressRestore });
    } finally {
      this.busy = false;
    }
  }

  close(): void {
    this.services?.close();
    this.services = null;
  }

  private openServices(): void {
    try {
      this.services = createServices({ ...this.options, host: this });
      this.dispatcher = createDispatcher(this.services);
      this.damage = null;
    } catch (error) {
      this.services = null;
      this.dispatcher = createRecoveryDispatcher(this);
      this.damage = backupWords.damage.cannotOpen(error instanceof Error ? error.message : String(error));
    }
  }
}
