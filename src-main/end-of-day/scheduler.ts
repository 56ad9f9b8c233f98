// @runs: main
// Drives the outbox: every half minute, one pass over the packages whose next
// attempt is due. Started by the shells (Electron main, the browser shell's
// serve entry), never by createServices, so tests and the CLI call
// processOutbox(now) themselves.
import type { Services } from '../services';

export interface OutboxScheduler {
  tick(): Promise<void>;
  stop(): void;
}

export function startOutboxScheduler(current: () => Services | null, intervalMs = 30_000): OutboxScheduler {
  const tick = async () => {
    const services = current();
    if (!services) return;
    try {
      await services.endOfDay.processOutbox();
    } catch (error) {
      // Each package's failure is kept on its row; this is the database itself failing. The next tick tries again.
      console.error('[end-of-day] outbox pass failed', error);
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
