// @runs: main
// backup | restore | verify for the IT officer's scheduled tasks and for the
// day the app cannot start. restore and verify never open the services: they
// must work on a damaged database.
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { stampOf } from '../backup/backups';
import { checkDatabaseFile } from '../backup/integrity';
import { listBackups, rememberedBackupFolder, restoreFiles, verifyBackup } from '../backup/store';
import { DATABASE_FILE } from '../db/open';
import { createServices } from '../services';
import { backupWords, formatBytes } from '../shared/vi/backup';
import type { CliCommand } from './index';

const t = backupWords.cli;

export const backupCommands: Record<string, CliCommand> = {
  backup: {
    usage: t.backupUsage,
    run: async (services) => {
      const done = await services.backups.run('cli', { clerkId: null, counter: null });
      console.log(t.backedUp(join(services.backups.settings().resolvedFolder, done.id), formatBytes(done.databaseBytes + done.filesBytes)));
      return 0;
    },
  },
  restore: {
    usage: t.restoreUsage,
    runOnDataDir: async (dataDir, args) => {
      const source = chooseBackup(dataDir, args);
      if (source === 'usage') {
        console.error(t.restoreNeedsSource);
        return 2;
      }
      if (!source) {
        console.error(t.noBackup);
        return 1;
      }
      const verdict = await verifyBackup(source);
      if (!verdict.ok) {
        console.error(t.refused(verdict.reason));
        return 1;
      }
      const { asideFile } = restoreFiles(dataDir, source, stampOf(new Date()));
      // Opening applies any newer migrations now, not at the clerk's next start.
      const services = createServices({ dataDir });
      try {
        services.sql.tx(() => services.audit.record('backup.restore', { clerkId: null, counter: null }, { from: source, asideFile, by: 'cli' }));
      } finally {
        services.close();
      }
      console.log(t.restored(source, asideFile));
      return 0;
    },
  },
  verify: {
    usage: t.verifyUsage,
    runOnDataDir: async (dataDir) => {
      const file = join(dataDir, DATABASE_FILE);
      const live = existsSync(file) ? checkDatabaseFile(file) : null;
      if (!live) console.error(t.liveMissing(file));
      else if (live.ok) console.log(t.liveOk(file));
      else console.error(t.liveDamaged(file, live.reason));
      const folder = rememberedBackupFolder(dataDir);
      const backups = listBackups(folder);
      console.log(t.backupCount(backups.length, folder));
      for (const backup of backups) {
        const verdict = await verifyBackup(backup.path);
        console.log(verdict.ok ? t.backupOk(backup.id) : t.backupDamaged(backup.id, verdict.reason));
      }
      return live?.ok ? 0 : 1;
    },
  },
};

/** --from=FOLDER (a backup folder, or the name of one in the backup folder) or --latest (the newest that looks whole). */
function chooseBackup(dataDir: string, args: string[]): string | null | 'usage' {
  const from = args.find((a) => a.startsWith('--from='))?.slice('--from='.length);
  const folder = rememberedBackupFolder(dataDir);
  if (from) return isAbsolute(from) || existsSync(from) ? resolve(from) : join(folder, from);
  if (args.includes('--latest')) return listBackups(folder).find((b) => b.state === 'ok')?.path ?? null;
  return 'usage';
}
