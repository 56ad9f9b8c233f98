// @runs: main
// Whether this counter holds a change of a row that the hub has not confirmed
// yet. That change will come later in the hub's order than anything being read
// now, so it wins: a received image of the same row is recorded but not written
// over it (last in the hub's order wins, on every counter).
import { qb, type Sql } from '../db/sql';
import type { ChangeKind } from './tables';

/** Takes an outbox kind and the local row ids it may name; true when one of them waits to be sent. */
export function waitsToBeSent(sql: Sql, kind: ChangeKind, rowIds: number[]): boolean {
  if (rowIds.length === 0) return false;
  const pushed = sql.one(qb.selectFrom('hub_state').select('pushed'))?.pushed ?? 0;
  return sql.one(qb.selectFrom('hub_outbox').select('seq').where('kind', '=', kind).where('seq', '>', pushed).where('row_id', 'in', rowIds)) !== undefined;
}
