// @runs: main
// The daily automatic backup. Started by the shells (Electron main, the browser
// shell's serve entry), not by createServices, so tests and the CLI decide when
// time passes. Every minute it asks the current services whether today's backup
// time has passed without a backup since; if so it backs up (which prunes to N).
import type { Services } from '../services';

export interface BackupScheduler {
  /** One check; the timer calls it every minute, tests call it directly. */
  tick(): Promise<void>;
  stop(): void;
}

export function startBackupScheduler(current: () => Services | null, intervalMs = 60_000): BackupScheduler {
  let running = false;
  const tick = async () => {
    const services = current();
    if (running || !services || !services.backups.dailyDue()) return;
    running = true;
    try {
      await services.backups.run('daily', { clerkId: null, counter: null });
    } catch (error) {
      // The next tick tries again; a damaged source is refused inside run() and never prunes good backups.
      console.error('[backup] daily backup failed', error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
