// @runs: main
// Office-wide identity. A row is known across the office by the counter that
// created it and an id there: "<origin>:<id>". Rows received from another
// counter get a local id here and a line in hub_ids. This counter's own rows are
// known by their local id, unless hub_ids says otherwise: after a restored
// backup, a row made here may have taken a local id whose office key the hub
// already gave to a row the backup lacked; that row then gets a fresh key (and
// the hub's row, received back, a line of its own), so no key ever names two rows.
import { qb, type Sql } from '../db/sql';

export type IdKind = 'dossier' | 'clerk' | 'event' | 'document' | 'attachment';

const TABLE_OF = { dossier: 'dossiers', clerk: 'clerks', event: 'dossier_events', document: 'documents', attachment: 'attachments' } as const;

/** "<origin>:<id>" */
export function officeKey(origin: number, id: number): string {
  return `${origin}:${id}`;
}

export function parseKey(key: string): { origin: number; originId: number } {
  const [origin, originId] = key.split(':').map(Number);
  return { origin: origin ?? 0, originId: originId ?? 0 };
}

function mappedLocal(sql: Sql, kind: IdKind, origin: number, originId: number): number | undefined {
  // Run for every row a first join copies: a statement prepared once, not a query built each time.
  return sql.get<{ local_id: number }>('SELECT local_id FROM hub_ids WHERE kind = ? AND origin = ? AND origin_id = ?', kind, origin, originId)?.local_id;
}

function mappedKey(sql: Sql, kind: IdKind, localId: number) {
  return sql.one(qb.selectFrom('hub_ids').select(['origin', 'origin_id']).where('kind', '=', kind).where('local_id', '=', localId));
}

function localExists(sql: Sql, kind: IdKind, localId: number): boolean {
  return sql.get(`SELECT 1 FROM ${TABLE_OF[kind]} WHERE id = ?`, localId) !== undefined;
}

/**
 * Takes a local row of this counter; gives it the next office key of this
 * counter never used for the kind (above every local id and every key of this
 * counter remembered here or listed in `alsoTaken`), and remembers it.
 */
export function giveFreshKey(sql: Sql, kind: IdKind, localId: number, self: number, alsoTaken = 0): string {
  const remembered = sql.one(qb.selectFrom('hub_ids').select((eb) => eb.fn.max('origin_id').as('n')).where('kind', '=', kind).where('origin', '=', self))?.n ?? 0;
  const local = (sql.sqlite.prepare(`SELECT max(id) AS n FROM ${TABLE_OF[kind]}`).get() as { n: number | null }).n ?? 0;
  const fresh = Math.max(remembered, local, alsoTaken) + 1;
  sql.run(qb.insertInto('hub_ids').values({ kind, local_id: localId, origin: self, origin_id: fresh }));
  return officeKey(self, fresh);
}

/** The office-wide key of a local row: its origin's if it was received, else this counter's (a fresh one if its own id's key is taken). */
export function keyOfLocal(sql: Sql, kind: IdKind, localId: number, self: number): string {
  const mapped = mappedKey(sql, kind, localId);
  if (mapped) return officeKey(mapped.origin, mapped.origin_id);
  if (mappedLocal(sql, kind, self, localId) === undefined) return officeKey(self, localId);
  return giveFreshKey(sql, kind, localId, self);
}

/** The local id of an office-wide key, if this counter holds the row. */
export function localOfKey(sql: Sql, kind: IdKind, key: string, self: number): number | undefined {
  const { origin, originId } = parseKey(key);
  const mapped = mappedLocal(sql, kind, origin, originId);
  if (mapped !== undefined || origin !== self) return mapped;
  // This counter's own id: the row of that id, unless it is known under another key (or is missing: a restored backup lacks it).
  if (mappedKey(sql, kind, originId)) return undefined;
  return localExists(sql, kind, originId) ? originId : undefined;
}

/** Whether a row of this counter can be written back under its own id (the backup lacked it and nothing took the id since). */
export function ownIdFree(sql: Sql, kind: IdKind, key: string, self: number): number | undefined {
  const { origin, originId } = parseKey(key);
  return origin === self && !localExists(sql, kind, originId) ? originId : undefined;
}

/** Records that a received row got this local id (none needed when one of this counter's own rows got its own id back). */
export function rememberKey(sql: Sql, kind: IdKind, localId: number, key: string, self: number): void {
  const { origin, originId } = parseKey(key);
  if (origin === self && originId === localId) return;
  sql.insert('hub_ids', { kind, local_id: localId, origin, origin_id: originId });
}
