// @runs: main
// Packages waiting to leave: a table that survives restarts, one row per
// package and destination. Each attempt is marked 'sending' before it starts;
// an attempt cut short by a restart is simply made again, and the receiver
// knows the package by its idempotency key, so it is never received twice.
import type { Updateable } from 'kysely';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { qb } from '../db/sql';
import type { FeatureDeps } from '../services/deps';
import { isDiskFull } from '../services/disk-full';
import { toVnIso } from '../shared/time';
import { endOfDayMessages as m } from '../shared/vi/end-of-day';
import { folderMessages } from '../shared/vi/folders';
import { packageExists, readPackage, writePackage, type PackageFile } from './package';
import type { SendingSettings } from './settings';
import type { ExportOutboxTable, OutboxState } from './tables';

export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 60 * 60_000;
export const HTTP_TIMEOUT_MS = 60_000;

export interface OutboxItem {
  id: number;
  packageName: string;
  day: string;
  revision: number;
  destination: 'folder' | 'http';
  target: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  queuedAt: string;
  sentAt: string | null;
}

export interface OutboxPass {
  attempted: number;
  sent: number;
  failed: number;
}

export interface Queued {
  name: string;
  idempotencyKey: string;
  counter: number;
  day: string;
  revision: number;
}

/** The delay before attempt n+1 after n failed attempts: 30 s, 1 min, 2 min … at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_MS);
}

export class Outbox {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: FeatureDeps,
    /** The package's files, read from exports/ (or rebuilt from its stored revision). */
    private readonly filesOf: (name: string, row: { counter: number; day: string; revision: number }) => Promise<PackageFile[]>,
  ) {}

  /** Queues the package for the configured destination; a package already queued there is left as it is. */
  enqueue(pkg: Queued, sending: SendingSettings): OutboxItem | null {
    if (sending.destination === 'none') return null;
    const destination = sending.destination;
    const target = destination === 'folder' ? sending.folder : sending.url;
    const now = toVnIso(this.deps.clock.now());
    this.deps.sql.tx(() => {
      const inserted = this.deps.sql.run(
        qb
          .insertInto('export_outbox')
          .values({
            idempotency_key: pkg.idempotencyKey,
            package_name: pkg.name,
            counter: pkg.counter,
            day: pkg.day,
            revision: pkg.revision,
            destination,
            target,
            state: 'queued',
            next_attempt_at: now,
            queued_at: now,
          })
          .onConflict((oc) => oc.doNothing()),
      );
      if (inserted.changes > 0) this.toOffice(inserted.lastInsertRowid);
    });
    const row = this.deps.sql.one(
      qb.selectFrom('export_outbox').select('id').where('idempotency_key', '=', pkg.idempotencyKey).where('destination', '=', sending.destination).where('target', '=', target),
    );
    return row ? (this.items().find((i) => i.id === row.id) ?? null) : null;
  }

  items(): OutboxItem[] {
    return this.deps.sql.all(qb.selectFrom('export_outbox').selectAll().orderBy('id', 'desc').limit(200)).map((r) => ({
      id: r.id,
      packageName: r.package_name,
      day: r.day,
      revision: r.revision,
      destination: r.destination,
      target: r.target,
      state: r.state,
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at,
      lastError: r.last_error,
      queuedAt: r.queued_at,
      sentAt: r.sent_at,
    }));
  }

  /**
   * One pass over the packages due at `now` (all unsent ones with `all`, or
   * just one with `id`). Passes never overlap: a second call waits its turn.
   */
  process(now: Date, options: { all?: boolean; id?: number } = {}): Promise<OutboxPass> {
    const next = this.chain.then(() => this.pass(now, options));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async pass(now: Date, options: { all?: boolean; id?: number }): Promise<OutboxPass> {
    let query = qb.selectFrom('export_outbox').selectAll().where('state', 'in', ['queued', 'failed', 'sending']).orderBy('id');
    if (options.id !== undefined) query = query.where('id', '=', options.id);
    else if (!options.all) query = query.where('next_attempt_at', '<=', toVnIso(now));
    const due = this.deps.sql.all(query);
    const result: OutboxPass = { attempted: 0, sent: 0, failed: 0 };
    for (const row of due) {
      result.attempted++;
      const attempts = row.attempts + 1;
      this.setState(row.id, { state: 'sending', attempts });
      try {
        const files = await this.filesOf(row.package_name, row);
        if (row.destination === 'folder') sendToFolder(row.target, row.package_name, files);
        else await sendToHttp(row.target, row.idempotency_key, row.package_name, files);
        this.setState(row.id, { state: 'sent', sent_at: toVnIso(this.deps.clock.now()), last_error: null });
        this.deps.audit.record('endOfDay.sent', { clerkId: null, counter: row.counter }, { package: row.package_name, destination: row.destination, attempts });
        result.sent++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const retryAt = toVnIso(new Date(now.getTime() + backoffMs(attempts)));
        this.setState(row.id, { state: 'failed', next_attempt_at: retryAt, last_error: message.slice(0, 500) });
        result.failed++;
      }
    }
    return result;
  }

  /** One step of a package's sending, with its note to the office hub in the same transaction. */
  private setState(id: number, changes: Updateable<ExportOutboxTable>): void {
    this.deps.sql.tx(() => {
      this.deps.sql.run(qb.updateTable('export_outbox').set(changes).where('id', '=', id));
      this.toOffice(id);
    });
  }

  /**
   * Every state a package goes through is one more entry of the hub's outbox
   * (kind 'package'), so that the supervisor at any counter sees where each
   * counter's package stands. Like the triggers of migration 0020, the entry is
   * made whether or not a hub is joined: a first join sends the history.
   */
  private toOffice(id: number): void {
    this.deps.sql.run(qb.insertInto('hub_outbox').values({ kind: 'package', row_id: id, position: null }));
  }

  /** How many packages have failed and wait for another attempt. */
  failing(): number {
    return this.deps.sql.all(qb.selectFrom('export_outbox').select('id').where('state', 'in', ['failed', 'sending'])).length;
  }
}

/** A package already in the folder with the same manifest was delivered by an earlier attempt. */
function sendToFolder(folder: string, name: string, files: PackageFile[]): void {
  const target = join(folder, name);
  // The configured folder itself is never created: a missing one is an unplugged stick or an unreachable share.
  if (!existsSync(folder)) throw new Error(m.folderMissing(folder));
  try {
    if (packageExists(target)) {
      const there = readPackage(target);
      if (files.every((f) => there.find((t) => t.name === f.name)?.bytes.equals(f.bytes))) return;
    }
    writePackage(folder, { name, files });
  } catch (error) {
    throw new Error(isDiskFull(error) ? folderMessages.diskFull('sending', folder) : m.folderMissing(folder), { cause: error });
  }
}

/** POST of one JSON envelope (files base64-encoded) with the idempotency key as a header; see docs/export-format.md. */
async function sendToHttp(url: string, key: string, name: string, files: PackageFile[]): Promise<void> {
  const body = JSON.stringify({ package: name, idempotencyKey: key, files: Object.fromEntries(files.map((f) => [f.name, f.bytes.toString('base64')])) });
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, 'x-motcua-format': 'motcua-day-export/1' },
      body,
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
  } catch (error) {
    const detail = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new Error(m.httpUnreachable(detail), { cause: error });
  }
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new Error(m.httpRefused(response.status));
}
