// @runs: main
// Drives the hub's sync engine beside the clerks: a short tick sends what was
// just committed and, every few ticks, polls the hub (LISTEN wakes the engine
// sooner). Started by the shells, never by createServices, like the end-of-day
// outbox; tests drive syncOnce() themselves or start it with a shorter tick.
import type { Services } from '../services';

export interface HubScheduler {
  stop(): void;
}

export function startHubScheduler(current: () => Services | null, intervalMs = 100): HubScheduler {
  let busy = false;
  const tick = async () => {
    const services = current();
    if (!services || busy) return;
    busy = true;
    try {
      await services.hub.tick();
    } catch (error) {
      // The engine records the hub's failures itself; this is the local database failing. The next tick tries again.
      console.error('[hub] sync tick failed', error);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
