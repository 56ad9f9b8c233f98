// @runs: main
// The supervisor's view of every counter's day: closed or not, by whom and
// when, and where its export package stands. This counter's own from its
// tables; the others' from what the hub brought (hub_records kinds 'closure'
// and 'package'), the latest of each counter in that counter's own order.
import { qb, type Sql } from '../db/sql';
import { localOfKey, parseKey } from './identity';

export interface CounterDay {
  counter: number;
  /** This counter (read from its own tables) or another (as last received). */
  self: boolean;
  closure: { status: 'closed' | 'reopened'; closedAt: string; closedBy: string | null; reopenedAt: string | null; reopenedBy: string | null; reopenReason: string | null } | null;
  /** The latest package of the day: made and queued, being sent, sent or failed (null: no package queued for sending). */
  package: { name: string; revision: number; destination: string; state: string; attempts: number; sentAt: string | null } | null;
}

interface ClosureBody {
  counter: number;
  day: string;
  status: 'closed' | 'reopened';
  closed_at: string;
  closed_by: number | string | null;
  reopened_at: string | null;
  reopened_by: number | string | null;
  reopen_reason: string | null;
}

interface PackageBody {
  package_name: string;
  counter: number;
  day: string;
  revision: number;
  destination: string;
  state: string;
  attempts: number;
  sent_at: string | null;
}

/** A clerk's name from a local id (own rows) or an office-wide key (received rows). */
function clerkName(sql: Sql, clerk: number | string | null, self: number): string | null {
  if (clerk === null) return null;
  const id = typeof clerk === 'number' ? clerk : localOfKey(sql, 'clerk', clerk, self);
  if (id === undefined) return null;
  return sql.one(qb.selectFrom('clerks').select('full_name').where('id', '=', id))?.full_name ?? null;
}

function toClosure(sql: Sql, c: ClosureBody, self: number): CounterDay['closure'] {
  return {
    status: c.status,
    closedAt: c.closed_at,
    closedBy: clerkName(sql, c.closed_by, self),
    reopenedAt: c.reopened_at,
    reopenedBy: clerkName(sql, c.reopened_by, self),
    reopenReason: c.reopen_reason,
  };
}

function toPackage(p: PackageBody): CounterDay['package'] {
  return { name: p.package_name, revision: p.revision, destination: p.destination, state: p.state, attempts: p.attempts, sentAt: p.sent_at };
}

/** The last record of each other counter for a kind and day: change ids are "<origin>:<outbox seq>", so the seq orders one counter's records. */
function latestReceived<T>(sql: Sql, kind: 'closure' | 'package', day: string): Map<number, T> {
  const rows = sql.all(
    qb
      .selectFrom('hub_records')
      .select(['change_id', 'origin', 'body'])
      .where('kind', '=', kind)
      .where((eb) => eb(eb.fn('json_extract', ['body', eb.val('$.day')]), '=', day)),
  );
  const latest = new Map<number, { seq: number; body: T }>();
  for (const r of rows) {
    const seq = parseKey(r.change_id).originId;
    if ((latest.get(r.origin)?.seq ?? -1) < seq) latest.set(r.origin, { seq, body: JSON.parse(r.body) as T });
  }
  return new Map([...latest].map(([origin, { body }]) => [origin, body]));
}

function ownPackage(sql: Sql, self: number, day: string): PackageBody | undefined {
  return sql.one(
    qb
      .selectFrom('export_outbox')
      .select(['package_name', 'counter', 'day', 'revision', 'destination', 'state', 'attempts', 'sent_at'])
      .where('counter', '=', self)
      .where('day', '=', day)
      .orderBy('revision', 'desc')
      .orderBy('id', 'desc'),
  );
}

/**
 * Every counter of the office known here for one day (this one, those whose
 * dossiers or records were received), in counter order, each with its closure
 * and its latest package.
 */
export function officeDay(sql: Sql, self: number, day: string): CounterDay[] {
  const closures = latestReceived<ClosureBody>(sql, 'closure', day);
  const packages = latestReceived<PackageBody>(sql, 'package', day);
  const known = sql.all(qb.selectFrom('dossiers').select('counter').distinct()).map((r) => r.counter);
  const others = sql.all(qb.selectFrom('hub_records').select('origin').distinct()).map((r) => r.origin);
  const counters = [...new Set([self, ...known, ...others])].sort((a, b) => a - b);
  return counters.map((counter) => {
    if (counter === self) {
      const own = sql.one(qb.selectFrom('day_closures').selectAll().where('counter', '=', self).where('day', '=', day));
      const pkg = ownPackage(sql, self, day);
      return { counter, self: true, closure: own ? toClosure(sql, own, self) : null, package: pkg ? toPackage(pkg) : null };
    }
    const closure = closures.get(counter);
    const pkg = packages.get(counter);
    return { counter, self: false, closure: closure ? toClosure(sql, closure, self) : null, package: pkg ? toPackage(pkg) : null };
  });
}
