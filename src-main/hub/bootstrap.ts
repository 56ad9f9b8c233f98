// @runs: main
// A new counter's first join: instead of replaying the whole log (each event
// carrying a full dossier image), it copies the hub's projection, every dossier
// as the last accepted action left it, with its history, the conflicts and the
// records, all read in one REPEATABLE READ snapshot; the log seq that snapshot
// reflects becomes the cursor, and the counter follows the log from there. It
// ends holding what a replaying counter holds: the same dossiers and histories,
// the same conflict flags (the projection judges actions as incoming.ts does).
// The counter keeps everything locally, so its search and queues find every
// dossier of the office even with the hub down.
//
// While the copy runs the cursor is JOINING (-1): a counter stopped mid-way
// starts the copy again on a fresh snapshot, and every write here is an upsert,
// so nothing is held twice. The copied tables' secondary indexes are set aside
// while their rows go in and built again after (migration 0028): one sort each
// instead of a million B-tree updates.
import { sql as pgSql, type Kysely } from 'kysely';
import { setImmediate as yieldToClerks } from 'node:timers/promises';
import { BULK_INDEX } from '../db/migrations/0026_bulk_copy';
import { DURABLE_SYNC } from '../db/open';
import { restoreIndex, setAsideIndexes, setIndexesAside } from '../db/set-aside-indexes';
import { qb, type Sql } from '../db/sql';
import type { HubConnection } from './connect';
import type { HubDatabase } from './hub-schema';
import { localOfKey, parseKey } from './identity';
import { applyRecordText, flagConflict, insertEvent, writeDossier } from './incoming';
import type { DossierImage, EventBody } from './outgoing';
import type { HubProjection } from './projection';

/** hub_state.cursor while a first join copies the projection (the log is read after 0, so -1 reads the same rows). */
export const JOINING = -1;

/** Dossiers (or records) per page of a first join: one SQLite transaction and one hub query each; bigger pages commit less often. */
export const JOIN_PAGE = 2_000;

export interface JoinProgress {
  /**
   * 'dossiers': dossiers copied of the hub's; 'indexes': the copied tables'
   * indexes built again; 'records': papers' records, ratings, closures copied;
   * 'changes': log rows applied by a long catch-up (sync.ts), not a copy.
   */
  stage: 'dossiers' | 'indexes' | 'records' | 'changes';
  done: number;
  total: number;
}

/** The tables the copy fills row by row, whose non-unique indexes stand aside meanwhile. */
const COPIED_TABLES = ['dossiers', 'dossier_applicants', 'dossier_events', 'applicants'];

export interface BootstrapOptions {
  /** Dossiers written per SQLite transaction. */
  batch: number;
  self: number;
  now: () => string;
  onProgress: (progress: JoinProgress | null) => void;
  /** False once the engine is stopped: the copy ends at the next batch and starts again later. */
  running: () => boolean;
}

type Hub = Kysely<HubDatabase & HubProjection>;

/** A counter that has never read the log and holds no dossier, or one whose copy was interrupted. */
export function needsBootstrap(sql: Sql): boolean {
  const cursor = sql.one(qb.selectFrom('hub_state').select('cursor'))?.cursor ?? 0;
  if (cursor === JOINING) return true;
  return cursor === 0 && sql.one(qb.selectFrom('dossiers').select('id').limit(1)) === undefined;
}

type EventRow = { seq: string; dossier_key: string; event_key: string; origin: number; counter: number; clerk_key: string; clerk_name: string; action: string; at: string; from_state: string | null; to_state: string | null; reason: string | null; payload: string };

function toEvent(e: EventRow): EventBody['event'] {
  return { key: e.event_key, at: e.at, clerk: { key: e.clerk_key, fullName: e.clerk_name }, counter: e.counter, action: e.action, from_state: e.from_state, to_state: e.to_state, reason: e.reason, payload: e.payload };
}

function held(sql: Sql, dossierId: number | undefined): boolean {
  return dossierId !== undefined && sql.one(qb.selectFrom('dossiers').select('id').where('id', '=', dossierId)) !== undefined;
}

/**
 * One page of the copy in one transaction, committed without waiting for the
 * disk (synchronous = NORMAL): a page lost to a power cut is copied again, as
 * the cursor stays JOINING until the copy ends. A clerk's commit in between
 * runs at FULL as always, and its sync carries the pages written before it.
 */
function copyTx(sql: Sql, write: () => void): void {
  sql.sqlite.pragma('synchronous = NORMAL');
  try {
    sql.tx(write);
  } finally {
    sql.sqlite.pragma(`synchronous = ${DURABLE_SYNC}`);
  }
}

/** Whether the dossier already holds its applicant snapshot (a restarted copy's earlier page). */
function hasSnapshot(sql: Sql, dossierId: number): boolean {
  return sql.get('SELECT 1 FROM dossier_applicants WHERE dossier_id = ?', dossierId) !== undefined;
}

/**
 * Writes one page of dossiers with their histories, in one SQLite transaction.
 * The snapshots it inserts are indexed for search and their spellings counted
 * once for the page (migration 0026), before the page commits.
 */
function writePage(sql: Sql, dossiers: Page['dossiers'], self: number, now: string): void {
  copyTx(sql, () => {
    sql.run(qb.updateTable('hub_state').set({ applying: 1, bulk: 1, cursor: JOINING }));
    const inserted: number[] = [];
    for (const d of dossiers) {
      const image = d.accepted as DossierImage;
      const here = localOfKey(sql, 'dossier', d.dossier_key, self);
      // This counter's own dossiers stay as its clerks left them, as when the log is replayed.
      const own = parseKey(d.dossier_key).origin === self;
      if (own && !held(sql, here)) continue;
      const fresh = !own && (here === undefined || !hasSnapshot(sql, here));
      const dossierId = own ? (here as number) : writeDossier(sql, here, image, self, now);
      if (fresh) inserted.push(dossierId);
      for (const e of d.history) if (e.origin !== self) insertEvent(sql, dossierId, toEvent(e), self, now);
      // Once per copied dossier: a statement prepared once (the upsert keeps a restarted copy from holding a dossier twice).
      sql.exec(
        'INSERT INTO hub_dossiers (dossier_id, events, accepted) VALUES (?, ?, ?) ON CONFLICT (dossier_id) DO UPDATE SET events = excluded.events, accepted = excluded.accepted',
        dossierId,
        d.events,
        JSON.stringify(image),
      );
    }
    const ids = JSON.stringify(inserted);
    for (const statement of BULK_INDEX) sql.exec(statement, ids);
    sql.run(qb.updateTable('hub_state').set({ applying: 0, bulk: 0 }));
  });
}

interface Page {
  dossiers: { dossier_key: string; events: number; accepted: unknown; history: EventRow[] }[];
}

/** One page of dossiers after a key, each with its history, in one query. */
async function readPage(tx: Hub, after: string, size: number): Promise<Page> {
  const dossiers = await tx
    .selectFrom('motcua.dossiers as d')
    .select(['d.dossier_key', 'd.events', 'd.accepted'])
    .select(
      pgSql<EventRow[]>`coalesce((SELECT json_agg(e ORDER BY e.seq) FROM (SELECT seq, dossier_key, event_key, origin, counter, clerk_key, clerk_name, action, at, from_state, to_state, reason, payload
        FROM motcua.events WHERE dossier_key = d.dossier_key) e), '[]'::json)`.as('history'),
    )
    .where('d.dossier_key', '>', after)
    .orderBy('d.dossier_key')
    .limit(size)
    .execute();
  return { dossiers };
}

async function copyDossiers(tx: Hub, sql: Sql, options: BootstrapOptions, total: number): Promise<boolean> {
  let done = 0;
  let next = readPage(tx, '', options.batch);
  for (;;) {
    const page = await next;
    const last = page.dossiers.at(-1)?.dossier_key;
    if (last === undefined) return true;
    if (!options.running()) return false;
    // The hub reads the next page while this one is written here.
    next = readPage(tx, last, options.batch);
    // Stopped before it is awaited, its failure must not surface as unhandled.
    next.catch(() => {});
    writePage(sql, page.dossiers, options.self, options.now());
    done += page.dossiers.length;
    options.onProgress({ stage: 'dossiers', done, total });
    await yieldToClerks();
  }
}

/** Builds again, one at a time between clerks' requests, the indexes set aside. */
async function rebuildIndexes(sql: Sql, options: BootstrapOptions): Promise<void> {
  const indexes = setAsideIndexes(sql.sqlite);
  for (const [done, index] of indexes.entries()) {
    options.onProgress({ stage: 'indexes', done, total: indexes.length });
    restoreIndex(sql.sqlite, index);
    await yieldToClerks();
  }
}

/** copyDossiers with the copied tables' secondary indexes set aside; they are built again whether the copy ended, stopped or failed. */
async function copyDossiersIndexesAside(tx: Hub, sql: Sql, options: BootstrapOptions, total: number): Promise<boolean> {
  setIndexesAside(sql.sqlite, COPIED_TABLES);
  try {
    return await copyDossiers(tx, sql, options, total);
  } finally {
    await rebuildIndexes(sql, options);
  }
}

type RecordRow = { seq: string; change_id: string; origin: number; kind: string; dossier_key: string | null; text: string };

/** One page of the snapshot's records after a seq, their bodies as the hub's JSON text (parsed only where needed). */
function readRecords(tx: Hub, after: string, upTo: string, size: number): Promise<RecordRow[]> {
  return tx
    .selectFrom('motcua.changes')
    .select(['seq', 'change_id', 'origin', 'kind', 'dossier_key', pgSql<string>`body::text`.as('text')])
    .where('kind', '<>', 'event')
    .where('seq', '>', after)
    .where('seq', '<=', upTo)
    .orderBy('seq')
    .limit(size)
    .execute();
}

/** The records (papers, ratings, closures…) of the snapshot, a page at a time, applied as the log's replay applies them, and the conflicts. */
async function copyRecordsAndConflicts(tx: Hub, sql: Sql, options: BootstrapOptions, upTo: string): Promise<void> {
  const total = Number((await pgSql<{ n: string }>`SELECT count(*) AS n FROM motcua.changes WHERE kind <> 'event' AND seq <= ${upTo}`.execute(tx)).rows[0]?.n ?? 0);
  let done = 0;
  options.onProgress({ stage: 'records', done, total });
  let next = readRecords(tx, '0', upTo, options.batch);
  for (;;) {
    const rows = await next;
    const last = rows.at(-1)?.seq;
    if (last === undefined) break;
    next = readRecords(tx, last, upTo, options.batch);
    next.catch(() => {});
    copyTx(sql, () => {
      sql.run(qb.updateTable('hub_state').set({ applying: 1 }));
      for (const { text, seq, ...r } of rows) applyRecordText(sql, { ...r, seq: Number(seq) }, text, options.self, options.now());
      sql.run(qb.updateTable('hub_state').set({ applying: 0 }));
    });
    done += rows.length;
    options.onProgress({ stage: 'records', done, total });
    await yieldToClerks();
  }
  // Each conflict with its refused event's key (same log row), so the copy knows which event did not take effect.
  const conflicts = await tx
    .selectFrom('motcua.conflicts as c')
    .leftJoin('motcua.events as e', 'e.seq', 'c.seq')
    .select(['c.change_id', 'c.seq', 'c.origin', 'c.action', 'c.dossier_key', 'e.event_key'])
    .orderBy('c.seq')
    .execute();
  sql.tx(() => {
    for (const c of conflicts) {
      const dossierId = localOfKey(sql, 'dossier', c.dossier_key, options.self);
      const eventId = c.event_key ? (localOfKey(sql, 'event', c.event_key, options.self) ?? null) : null;
      if (dossierId !== undefined) flagConflict(sql, dossierId, { change_id: c.change_id, seq: Number(c.seq), origin: c.origin }, { action: c.action, eventId }, options.now());
    }
  });
}

/**
 * Copies the hub's projection into this counter in one consistent snapshot and
 * sets the cursor to the log seq it reflects. Gives false when stopped midway
 * (the copy is taken again from the start next time).
 */
export async function bootstrapFromHub(hub: HubConnection, sql: Sql, options: BootstrapOptions): Promise<boolean> {
  const db = hub.db.withTables<HubProjection>();
  try {
    return await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (tx) => {
        await pgSql`SET TRANSACTION READ ONLY`.execute(tx);
        // Pushes commit in seq order (PUSH_LOCK): every seq up to the highest visible one is in this snapshot.
        const upTo = String((await pgSql<{ seq: string | null }>`SELECT max(seq) AS seq FROM motcua.changes`.execute(tx)).rows[0]?.seq ?? '0');
        const total = Number((await pgSql<{ n: string }>`SELECT count(*) AS n FROM motcua.dossiers`.execute(tx)).rows[0]?.n ?? 0);
        options.onProgress({ stage: 'dossiers', done: 0, total });
        if (!(await copyDossiersIndexesAside(tx, sql, options, total))) return false;
        await copyRecordsAndConflicts(tx, sql, options, upTo);
        sql.run(qb.updateTable('hub_state').set({ cursor: Number(upTo) }));
        return true;
      });
  } finally {
    options.onProgress(null);
  }
}
