// @runs: renderer
// Locks the counter after the configured idle time. Activity is reported to the
// main process (which enforces the lock too) at most every 30 seconds.
import { useEffect } from 'react';
import { call, notifyStatusChanged } from '../api';
import type { AppStatus } from '../App';

const HEARTBEAT_MS = 30_000;

export function useIdleLock(status: AppStatus | null, refresh: () => Promise<void>): void {
  const active = Boolean(status?.clerk && !status.locked);
  const idleMs = (status?.idleMinutes ?? 10) * 60_000;

  useEffect(() => {
    if (!active) return;
    let lastActivity = Date.now();
    let lastBeat = 0;
    const onActivity = () => {
      lastActivity = Date.now();
      if (lastActivity - lastBeat > HEARTBEAT_MS) {
        lastBeat = lastActivity;
        void call('session.heartbeat', {});
      }
    };
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity >= idleMs) void call('session.lock', {}).then(notifyStatusChanged);
      else void refresh();
    }, Math.min(idleMs, HEARTBEAT_MS));
    const events = ['keydown', 'mousedown', 'mousemove', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, onActivity, { passive: true });
    return () => {
      window.clearInterval(timer);
      for (const name of events) window.removeEventListener(name, onActivity);
    };
  }, [active, idleMs, refresh]);
}
