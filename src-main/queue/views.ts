// @runs: main
// The queue views. Each view is a range of one index (migration 0006) read in
// index order, so a page is found by seeking past the last row shown (keyset
// cursor) and a count reads the index alone: a view of a million dossiers
// opens as fast as one of ten.
import type { TimeLimitUnit } from '../calendar/appointment';
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import { DomainError } from '../api/kit';
import type { WorkingCalendar } from '../calendar/calendar';
import { qb, type Sql } from '../db/sql';
import type { Database } from '../db/schema';
import { queueMessages as m } from '../shared/vi/queue';
import { QUEUE_VIEW_KEYS } from './contract';
import type { Timing } from './timing';

export const QUEUE_VIEWS = QUEUE_VIEW_KEYS;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export interface ViewScope {
  /** Today at the counter (YYYY-MM-DD). */
  today: string;
  /** The last day counted as "due soon". */
  dueSoonUntil: string;
  /** The returned view's date range (inclusive). */
  from: string;
  to: string;
  /** Only the dossiers received at this counter number, or null for every dossier this counter holds (the whole office when joined). */
  counter: number | null;
}

type Sort = 'received_at' | 'current_due_date' | 'open_due_date' | 'returned_at';
type Where = (eb: ExpressionBuilder<Database, 'dossiers'>) => ReturnType<ExpressionBuilder<Database, 'dossiers'>['and']>;

const startOf = (date: string) => `${date}T00:00:00+07:00`;

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The view's range, narrowed to one counter's dossiers when the clerk chose "Quầy này". */
function viewDefinition(view: QueueView, s: ViewScope): { sort: Sort; where: Where } {
  const { sort, where } = viewRange(view, s);
  const counter = s.counter;
  if (counter === null) return { sort, where };
  return { sort, where: (eb) => eb.and([where(eb), eb('dossiers.counter', '=', counter)]) };
}

/** Each view: the index range it reads (the WHERE) and the index order it is shown in. */
function viewRange(view: QueueView, s: ViewScope): { sort: Sort; where: Where } {
  const state = (value: 'received' | 'in_processing' | 'awaiting_supplement' | 'result_ready'): Where => (eb) => eb.and([eb('state', '=', value)]);
  switch (view) {
    case 'receivedToday':
      return { sort: 'received_at', where: (eb) => eb.and([eb('received_at', '>=', startOf(s.today)), eb('received_at', '<', startOf(nextDay(s.today)))]) };
    case 'toHandOver':
      return { sort: 'current_due_date', where: state('received') };
    case 'inProcessing':
      return { sort: 'current_due_date', where: state('in_processing') };
    case 'awaitingSupplement':
      return { sort: 'current_due_date', where: state('awaiting_supplement') };
    case 'resultReady':
      return { sort: 'current_due_date', where: state('result_ready') };
    case 'dueSoon':
      return { sort: 'open_due_date', where: (eb) => eb.and([eb('open_due_date', '>=', s.today), eb('open_due_date', '<=', s.dueSoonUntil)]) };
    case 'overdue':
      return { sort: 'open_due_date', where: (eb) => eb.and([eb('open_due_date', 'is not', null), eb('open_due_date', '<', s.today)]) };
    case 'returned':
      return { sort: 'returned_at', where: (eb) => eb.and([eb('returned_at', '>=', startOf(s.from)), eb('returned_at', '<', startOf(nextDay(s.to)))]) };
  }
}

/** The cursor is the last row's sort key and id, opaque to the screen. */
export function encodeCursor(key: string, id: number): string {
  return JSON.stringify([key, id]);
}

function decodeCursor(cursor: string): [string, number] {
  try {
    const parsed: unknown = JSON.parse(cursor);
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && Number.isSafeInteger(parsed[1])) return parsed as [string, number];
  } catch {
    // fall through to the refusal
  }
  throw new DomainError('INVALID_INPUT', m.badCursor, 'cursor');
}

/** One page of a view: the query, exposed so the tests can EXPLAIN it. */
export function pageQuery(view: QueueView, scope: ViewScope, limit: number, cursor?: string) {
  const { sort, where } = viewDefinition(view, scope);
  let query = qb
    .selectFrom('dossiers')
    .innerJoin('dossier_applicants as applicants', 'applicants.dossier_id', 'dossiers.id')
    .innerJoin('procedure_versions', 'procedure_versions.id', 'dossiers.procedure_version_id')
    .select([
      'dossiers.id',
      'dossiers.code',
      'dossiers.state',
      'dossiers.received_at',
      'dossiers.due_date',
      'dossiers.due_at',
      'dossiers.current_due_date',
      'dossiers.extended_due_at',
      'dossiers.department',
      'dossiers.returned_at',
      'dossiers.return_timing',
      'dossiers.result_delivery',
      'dossiers.time_limit_unit',
      'dossiers.counter',
      'applicants.full_name',
      'procedure_versions.name as procedure_name',
    ])
    .select(`dossiers.${sort} as sort_key`)
    .where(where);
  if (cursor !== undefined) {
    const [key, id] = decodeCursor(cursor);
    query = query.where((eb) => eb(eb.refTuple(`dossiers.${sort}`, 'dossiers.id'), '>', eb.tuple(key, id)));
  }
  return query.orderBy(`dossiers.${sort}`).orderBy('dossiers.id').limit(limit + 1);
}

/** The number of dossiers in a view: an index-only count. */
export function countQuery(view: QueueView, scope: ViewScope) {
  return qb
    .selectFrom('dossiers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(viewDefinition(view, scope).where);
}

/** Early / on time / late among the dossiers returned in a date range, by their ORIGINAL date: from the per-day counters. */
export function statsQuery(from: string, to: string) {
  return qb
    .selectFrom('queue_return_days')
    .select(['timing', (eb) => eb.fn.sum<number>('n').as('n')])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('timing');
}

/**
 * The same statistics for the dossiers received at one counter (the per-day counters are the office's): its range of
 * returns in the counter's index, each row's timing read from the row — a few thousand for a month.
 */
export function counterStatsQuery(from: string, to: string, counter: number) {
  return qb
    .selectFrom('dossiers')
    .select(['return_timing as timing', (eb) => eb.fn.countAll<number>().as('n')])
    .where('counter', '=', counter)
    .where('returned_at', '>=', startOf(from))
    .where('returned_at', '<', startOf(nextDay(to)))
    .where('return_timing', 'is not', null)
    .groupBy('return_timing');
}

export type Urgency = 'overdue' | 'dueSoon' | null;

export interface QueueRow {
  dossierId: number;
  code: string | null;
  applicantName: string;
  procedureName: string;
  state: string;
  receivedAt: string | null;
  dueDate: string | null;
  dueAt: string | null;
  currentDueDate: string | null;
  extendedDueAt: string | null;
  department: string | null;
  returnedAt: string | null;
  returnTiming: Timing | null;
  resultDelivery: 'counter' | 'post';
  /** Days, in the dossier's own unit, from today to the date now owed (negative when overdue); null once the result is in hand. */
  daysLeft: number | null;
  /** The unit the dossier was received under (working days for dossiers received before units existed). */
  timeLimitUnit: TimeLimitUnit;
  urgency: Urgency;
  /** The counter that received the dossier (shown when the list is the whole office's). */
  counter: number;
}

const STILL_OWED = new Set(['received', 'in_processing', 'awaiting_supplement']);

export class QueueViews {
  constructor(
    private readonly sql: Sql,
    private readonly calendar: WorkingCalendar,
  ) {}

  page(view: QueueView, scope: ViewScope, limit: number, cursor?: string): { rows: QueueRow[]; nextCursor: string | null } {
    const found = this.sql.all(pageQuery(view, scope, limit, cursor));
    const rows = found.slice(0, limit);
    const last = rows.at(-1);
    const nextCursor = found.length > limit && last ? encodeCursor(String(last.sort_key), last.id) : null;
    return { rows: rows.map((r) => this.toRow(r, scope)), nextCursor };
  }

  count(view: QueueView, scope: ViewScope): number {
    return Number(this.sql.one(countQuery(view, scope))?.n ?? 0);
  }

  counts(scope: ViewScope): Record<QueueView, number> {
    return Object.fromEntries(QUEUE_VIEWS.map((view) => [view, this.count(view, scope)])) as Record<QueueView, number>;
  }

  /** Early / on time / late among the returns of a date range: the office's, or those of the dossiers received at `counter`. */
  stats(from: string, to: string, counter: number | null = null): { early: number; onTime: number; late: number; total: number } {
    const result = { early: 0, onTime: 0, late: 0, total: 0 };
    const rows = counter === null ? this.sql.all(statsQuery(from, to)) : this.sql.all(counterStatsQuery(from, to, counter));
    for (const row of rows) {
      if (row.timing === null) continue;
      result[row.timing] += Number(row.n);
      result.total += Number(row.n);
    }
    return result;
  }

  /**
   * Days left in the dossier's own unit (Law 41/2024 Art. 79.3: a pension counts days excluding holidays) and
   * whether it is overdue (its date has passed) or due soon.
   */
  urgencyOf(
    state: string,
    currentDueDate: string | null,
    unit: TimeLimitUnit | null,
    scope: Pick<ViewScope, 'today' | 'dueSoonUntil'>,
  ): { daysLeft: number | null; urgency: Urgency; timeLimitUnit: TimeLimitUnit } {
    const timeLimitUnit = unit ?? 'working_days';
    if (!currentDueDate || !STILL_OWED.has(state)) return { daysLeft: null, urgency: null, timeLimitUnit };
    const daysLeft = this.calendar.daysBetween(scope.today, currentDueDate, timeLimitUnit);
    if (currentDueDate < scope.today) return { daysLeft, urgency: 'overdue', timeLimitUnit };
    return { daysLeft, urgency: currentDueDate <= scope.dueSoonUntil ? 'dueSoon' : null, timeLimitUnit };
  }

  private toRow(r: ReturnType<typeof pageQuery> extends SelectQueryBuilder<never, never, infer R> ? R : never, scope: ViewScope): QueueRow {
    return {
      dossierId: r.id,
      code: r.code,
      applicantName: r.full_name,
      procedureName: r.procedure_name,
      state: r.state,
      receivedAt: r.received_at,
      dueDate: r.due_date,
      dueAt: r.due_at,
      currentDueDate: r.current_due_date,
      extendedDueAt: r.extended_due_at,
      department: r.department,
      returnedAt: r.returned_at,
      returnTiming: r.return_timing,
      resultDelivery: r.result_delivery,
      counter: r.counter,
      ...this.urgencyOf(r.state, r.current_due_date, r.time_limit_unit, scope),
    };
  }
}
