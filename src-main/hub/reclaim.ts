// @runs: main
// A restored backup sets a joined counter back: its outbox numbering and its
// local ids start again from where the backup stood, while the hub already holds
// the changes made after it. Before each send the engine compares the hub's
// changes of this counter that it has not seen confirmed with its own outbox;
// where they differ, the counter's later work is moved past the hub's numbers
// and its rows whose ids the hub's rows already took get fresh office keys.
// The hub's changes themselves come back through the ordinary read of the log
// (their hub seqs are after the restored cursor), so nothing is lost and no id
// names two things.
import type { Selectable } from 'kysely';
import { qb, type Sql } from '../db/sql';
import { giveFreshKey, type IdKind, parseKey } from './identity';
import { outboxChange, type EventBody } from './outgoing';
import type { HubOutboxTable } from './tables';

/** One of this counter's changes as the hub holds it. */
export interface OwnChangeOnHub {
  local_seq: number;
  kind: string;
  body: unknown;
  nonce: string | null;
}

/** Columns of a record that never change once written (a day closure is later reopened; a resend carries the row as it is then). */
const RECORD_IDENTITY: Record<string, string[]> = {
  document: ['kind', 'number', 'issued_at'],
  rating: ['dossier_code', 'rated_at'],
  closure: ['counter', 'day'],
};

/** What makes a change the same change however late it was (re)built from the outbox, for changes sent before they carried a nonce. */
function changeIdentity(kind: string, body: unknown): string {
  if (kind === 'event') {
    const { event, dossier } = body as EventBody;
    return JSON.stringify([event.key, event.at, event.action, dossier.key]);
  }
  const columns = RECORD_IDENTITY[kind];
  const row = body as Record<string, unknown>;
  return JSON.stringify([kind, columns ? columns.map((c) => row[c]) : row]);
}

/** Whether two changes under one change id are the same change (a resend), by the outbox entry's nonce, else by what never changes in them. */
export function sameChange(a: Pick<OwnChangeOnHub, 'kind' | 'body' | 'nonce'>, b: Pick<OwnChangeOnHub, 'kind' | 'body' | 'nonce'>): boolean {
  if (a.nonce && b.nonce) return a.nonce === b.nonce;
  return changeIdentity(a.kind, a.body) === changeIdentity(b.kind, b.body);
}

type OutboxEntry = Selectable<HubOutboxTable>;

/** Office keys of this counter that the hub's changes use, by kind. */
function keysTaken(lost: OwnChangeOnHub[], self: number): Map<IdKind, Set<number>> {
  const taken = new Map<IdKind, Set<number>>([
    ['event', new Set()],
    ['dossier', new Set()],
  ]);
  for (const change of lost.filter((c) => c.kind === 'event')) {
    const { event, dossier } = change.body as EventBody;
    for (const [kind, key] of [['event', event.key], ['dossier', dossier.key]] as const) {
      const { origin, originId } = parseKey(key);
      if (origin === self) taken.get(kind)?.add(originId);
    }
  }
  return taken;
}

/** Rows this counter made since the restore: the events of its unsent entries, and the dossiers they opened. */
function rowsMadeSince(sql: Sql, entries: OutboxEntry[]): [IdKind, number][] {
  const rows: [IdKind, number][] = [];
  for (const entry of entries.filter((e) => e.kind === 'event')) {
    rows.push(['event', entry.row_id]);
    const event = sql.one(qb.selectFrom('dossier_events').select('dossier_id').where('id', '=', entry.row_id));
    if (entry.position === 0 && event) rows.push(['dossier', event.dossier_id]);
  }
  return rows;
}

/**
 * Moves the unsent entries past the hub's last number of this counter, in
 * their order; every entry left at or below it is on the hub as it is here, so
 * the hub has confirmed up to that number.
 */
function renumber(sql: Sql, unsent: OutboxEntry[], hubLast: number): void {
  for (const { seq } of unsent) sql.run(qb.deleteFrom('hub_outbox').where('seq', '=', seq));
  // No number past the hub's last ever reached it: the numbering goes on from there.
  sql.sqlite.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'hub_outbox'").run(hubLast);
  for (const { kind, row_id, position } of unsent) sql.run(qb.insertInto('hub_outbox').values({ kind, row_id, position }));
  sql.run(qb.updateTable('hub_state').set({ pushed: hubLast }));
}

/**
 * Takes this counter's changes the hub holds after the outbox seq it last
 * confirmed here (`hubOwn`, in order); gives how many of them this counter
 * lacks. When it lacks some, the unsent entries are renumbered after the hub's
 * and rows made since get fresh keys where the hub's rows hold theirs, in one
 * transaction (run again after a crash, it finds the work done).
 */
export function reconcileOwn(sql: Sql, hubOwn: OwnChangeOnHub[], self: number): number {
  if (hubOwn.length === 0) return 0;
  return sql.tx(() => {
    const pushed = sql.one(qb.selectFrom('hub_state').select('pushed'))?.pushed ?? 0;
    const entries = sql.all(qb.selectFrom('hub_outbox').selectAll().where('seq', '>', pushed).orderBy('seq'));
    const bySeq = new Map(entries.map((e) => [e.seq, e]));
    const lost = hubOwn.filter((h) => {
      const entry = bySeq.get(h.local_seq);
      const change = entry && outboxChange(sql, entry, self);
      return !change || !sameChange(change, h);
    });
    if (lost.length === 0) return 0;
    const lostSeqs = new Set(lost.map((h) => h.local_seq));
    const held = new Set(hubOwn.filter((h) => !lostSeqs.has(h.local_seq)).map((h) => h.local_seq));
    const unsent = entries.filter((e) => !held.has(e.seq));
    const taken = keysTaken(lost, self);
    for (const [kind, id] of rowsMadeSince(sql, unsent)) {
      const keys = taken.get(kind);
      const mapped = sql.one(qb.selectFrom('hub_ids').select('origin').where('kind', '=', kind).where('local_id', '=', id));
      if (keys?.has(id) && !mapped) giveFreshKey(sql, kind, id, self, Math.max(...keys));
    }
    renumber(sql, unsent, Math.max(...hubOwn.map((h) => h.local_seq)));
    return lost.length;
  });
}
