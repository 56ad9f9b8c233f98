// @runs: main
import { join } from 'node:path';
import { DomainError, type HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { backupContract } from './contract';

export function backupHandlers(services: Services): HandlersOf<typeof backupContract> {
  const { backups, accounts } = services;
  return {
    'backup.list': () => ({ backups: backups.list(), settings: backups.settings() }),
    'backup.run': (_input, ctx) => backups.run('manual', ctx),
    'backup.restore': async ({ id, password }, ctx) => {
      await services.session.confirm(password, ctx.counter ?? 0);
      const chosen = backups.list().find((b) => b.id === id);
      if (!chosen) throw new DomainError('BACKUP_NOT_FOUND');
      if (!services.host) throw new DomainError('RESTORE_UNAVAILABLE');
      const by = ctx.clerkId === null ? null : accounts.get(ctx.clerkId).username;
      await services.host.restore(join(backups.settings().resolvedFolder, id), by);
      return { ok: true };
    },
    'backup.updateSettings': ({ folder, keep, dailyTime }, ctx) => backups.updateSettings({ folder: folder ?? '', keep, dailyTime }, ctx),
    // A running app is not in recovery mode; the recovery dispatcher (recovery.ts) answers this one there.
    'backup.recover': () => {
      throw new DomainError('NOT_IN_RECOVERY');
    },
  };
}
