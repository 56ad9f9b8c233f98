// @runs: main
// Housekeeping that would otherwise land inside a clerk's transaction: merging
// the search index's segments and checkpointing the WAL. Migration 0013 turns
// FTS5's automatic merging off and open.ts raises the automatic checkpoint
// threshold, so an intake commit only appends; this runs between requests.
import type { Services } from '../services';
import type { Sqlite } from './open';

/** Pages of merge work per search table per tick: a few milliseconds. */
const MERGE_PAGES = 200;

export function maintain(sqlite: Sqlite): void {
  for (const table of ['search_names', 'search_ids']) {
    sqlite.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', ?)`).run(MERGE_PAGES);
  }
  sqlite.pragma('wal_checkpoint(PASSIVE)');
}

export interface MaintenanceScheduler {
  tick(): void;
  stop(): void;
}

/** Started by the shells (like the backup and outbox schedulers), never inside a request. */
export function startMaintenance(current: () => Services | null, intervalMs = 15_000): MaintenanceScheduler {
  const tick = () => {
    const services = current();
    if (!services) return;
    try {
      maintain(services.sqlite);
    } catch (error) {
      console.error('[maintenance]', error);
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
