// @runs: main
// The aggregates behind a report, computed in SQLite over ranges of the
// reports_events index (migration 0012): counts of decisions and lifecycle steps, the timing
// of returned results against their ORIGINAL appointment, and intake durations.
import { sql } from 'kysely';
import { qb, type Sql } from '../db/sql';
import type { DateRange } from './period';
import { nextDay } from './period';

export const REPORTED_ACTIONS = ['accept', 'issueGuidance', 'refuse', 'resolveOnTheSpot', 'returnResult', 'stop'] as const;
export type ReportedAction = (typeof REPORTED_ACTIONS)[number];

export interface Scope {
  range: DateRange;
  counter: number;
  clerkId?: number;
}

export interface CountRow {
  action: ReportedAction;
  clerkId: number;
  versionId: number;
  channel: 'counter' | 'post' | 'online';
  n: number;
}

export interface TimingRow {
  clerkId: number;
  versionId: number;
  timing: 'early' | 'onTime' | 'late';
  n: number;
}

export interface IntakeTimeRow {
  clerkId: number;
  measured: number;
  totalSeconds: number;
}

/**
 * Over `dossier_events as e`: the event took effect. An action the hub's order
 * refused (a flagged conflict, hub/incoming.ts) stays in the history but counts
 * nowhere; if a supervisor keeps it, the settlement's replay is the one counted.
 */
export const tookEffect = sql<boolean>`NOT EXISTS (SELECT 1 FROM hub_conflicts c WHERE c.event_id = e.id)`;

function eventsIn(scope: Scope) {
  return qb
    .selectFrom('dossier_events as e')
    .innerJoin('dossiers as d', 'd.id', 'e.dossier_id')
    .where('e.at', '>=', scope.range.from)
    .where('e.at', '<', nextDay(scope.range.to))
    .where('e.counter', '=', scope.counter)
    .where(tookEffect)
    .$if(scope.clerkId !== undefined, (q) => q.where('e.clerk_id', '=', scope.clerkId as number));
}

/** Every reported action in the period, by clerk, procedure version and channel. */
export function countRows(db: Sql, scope: Scope): CountRow[] {
  return db.all(
    eventsIn(scope)
      .where('e.action', 'in', [...REPORTED_ACTIONS])
      .select((eb) => [
        sql<ReportedAction>`e.action`.as('action'),
        'e.clerk_id as clerkId',
        'd.procedure_version_id as versionId',
        'd.channel as channel',
        eb.fn.countAll<number>().as('n'),
      ])
      .groupBy(['e.action', 'e.clerk_id', 'd.procedure_version_id', 'd.channel']),
  );
}

/**
 * Results returned in the period against the first appointment: the apology's
 * record of the original date wins over the dossier's column, so a dossier that
 * was given a new date still counts late when it went past the first one.
 */
export function timingRows(db: Sql, scope: Scope): TimingRow[] {
  const originalDue = sql<string | null>`coalesce((
    SELECT substr(json_extract(a.payload, '$.originalDueAt'), 1, 10) FROM dossier_events a
    WHERE a.dossier_id = e.dossier_id AND a.action = 'apologise' ORDER BY a.id LIMIT 1), d.due_date)`;
  const timing = sql<'early' | 'onTime' | 'late'>`CASE
    WHEN substr(e.at, 1, 10) < ${originalDue} THEN 'early'
    WHEN substr(e.at, 1, 10) = ${originalDue} THEN 'onTime'
    ELSE 'late' END`;
  return db.all(
    eventsIn(scope)
      .where('e.action', '=', 'returnResult')
      .where('d.due_date', 'is not', null)
      .select((eb) => ['e.clerk_id as clerkId', 'd.procedure_version_id as versionId', timing.as('timing'), eb.fn.countAll<number>().as('n')])
      .groupBy(['e.clerk_id', 'd.procedure_version_id', 'timing']),
  );
}

export function intakeTimeRows(db: Sql, scope: Scope): IntakeTimeRow[] {
  return db.all(
    qb
      .selectFrom('report_intake_times')
      .where('decided_at', '>=', scope.range.from)
      .where('decided_at', '<', nextDay(scope.range.to))
      .where('counter', '=', scope.counter)
      .$if(scope.clerkId !== undefined, (q) => q.where('clerk_id', '=', scope.clerkId as number))
      .select((eb) => ['clerk_id as clerkId', eb.fn.countAll<number>().as('measured'), eb.fn.sum<number>('seconds').as('totalSeconds')])
      .groupBy('clerk_id'),
  );
}

/** Each procedure version's procedure and that procedure's current name. */
export function procedureNames(db: Sql): Map<number, { procedureId: string; name: string }> {
  const rows = db.all(
    qb
      .selectFrom('procedure_versions as v')
      .innerJoin('procedures as p', 'p.id', 'v.procedure_id')
      .innerJoin('procedure_versions as cur', (join) => join.onRef('cur.procedure_id', '=', 'p.id').onRef('cur.version', '=', 'p.current_version'))
      .select(['v.id as versionId', 'p.id as procedureId', 'cur.name as name']),
  );
  return new Map(rows.map((r) => [r.versionId, { procedureId: r.procedureId, name: r.name }]));
}

export function clerkNames(db: Sql): Map<number, string> {
  return new Map(db.all(qb.selectFrom('clerks').select(['id', 'full_name'])).map((r) => [r.id, r.full_name]));
}
