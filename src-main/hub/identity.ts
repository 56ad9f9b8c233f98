// @runs: main
// Office-wide identity. A row is known across the office by the counter that
// created it and its id there: "<origin>:<id>". Rows received from another
// counter get a local id here and a line in hub_ids; a row without one is this
// counter's own.
import { qb, type Sql } from '../db/sql';

export type IdKind = 'dossier' | 'clerk' | 'event' | 'document' | 'attachment';

/** "<origin>:<id>" */
export function officeKey(origin: number, id: number): string {
  return `${origin}:${id}`;
}

export function parseKey(key: string): { origin: number; originId: number } {
  const [origin, originId] = key.split(':').map(Number);
  return { origin: origin ?? 0, originId: originId ?? 0 };
}

/** The office-wide key of a local row: its origin's if it was received, else this counter's. */
export function keyOfLocal(sql: Sql, kind: IdKind, localId: number, self: number): string {
  const mapped = sql.one(qb.selectFrom('hub_ids').select(['origin', 'origin_id']).where('kind', '=', kind).where('local_id', '=', localId));
  return mapped ? officeKey(mapped.origin, mapped.origin_id) : officeKey(self, localId);
}

/** The local id of an office-wide key, if this counter holds the row. */
export function localOfKey(sql: Sql, kind: IdKind, key: string, self: number): number | undefined {
  const { origin, originId } = parseKey(key);
  if (origin === self) return originId;
  return sql.one(qb.selectFrom('hub_ids').select('local_id').where('kind', '=', kind).where('origin', '=', origin).where('origin_id', '=', originId))?.local_id;
}

/** Records that a received row got this local id. */
export function rememberKey(sql: Sql, kind: IdKind, localId: number, key: string): void {
  const { origin, originId } = parseKey(key);
  sql.run(qb.insertInto('hub_ids').values({ kind, local_id: localId, origin, origin_id: originId }));
}
