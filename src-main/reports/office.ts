// @runs: main
// "Cả văn phòng": the report over every counter's actions. Connected, the
// counter asks the hub's projection in one query (motcua.events joined to
// motcua.dossiers, indexed by time); offline, or when the hub fails to answer,
// it sums its own replicated copy of the office's histories and says up to
// which exchange they go. Both sides group the same way, so they agree once
// the counter is in sync. Intake times and satisfaction stay per counter.
import { sql as pgSql } from 'kysely';
import { sql } from 'kysely';
import { DomainError } from '../api/kit';
import { qb, type Sql } from '../db/sql';
import { connectHub } from '../hub/connect';
import { keyOfLocal } from '../hub/identity';
import type { HubProjection } from '../hub/projection';
import type { FeatureDeps } from '../services/deps';
import { counterSetting } from '../settings/keys';
import { clockAndDate } from '../documents/format';
import { toVnIso, vnDate } from '../shared/time';
import { outcomeKeys, reportWords as w } from '../shared/vi/reports';
import type { OutcomeCounts, Report, ReportRequest } from './contract';
import { nextDay, resolvePeriod, type DateRange } from './period';
import { clerkNames, procedureNames, REPORTED_ACTIONS, tookEffect, type ReportedAction } from './queries';
import { addOutcome, CHANNELS, figuresOf, tally, timingOf, zeroCounts } from './reports';

/** One group of the office's actions in the period; timing only for returns with an appointment. */
export interface OfficeRow {
  action: ReportedAction;
  procedureId: string;
  channel: 'counter' | 'post' | 'online';
  counter: number;
  timing: 'early' | 'onTime' | 'late' | null;
  n: number;
}

/** The office's actions from this counter's copy: every counter's events it holds, clerk by local id. */
export function localOfficeRows(db: Sql, range: DateRange, clerkId?: number): OfficeRow[] {
  const due = sql<string | null>`coalesce((
    SELECT substr(json_extract(a.payload, '$.originalDueAt'), 1, 10) FROM dossier_events a
    WHERE a.dossier_id = e.dossier_id AND a.action = 'apologise' ORDER BY a.id LIMIT 1), d.due_date)`;
  const timing = sql<OfficeRow['timing']>`CASE WHEN e.action <> 'returnResult' OR d.due_date IS NULL THEN NULL
    WHEN substr(e.at, 1, 10) < ${due} THEN 'early' WHEN substr(e.at, 1, 10) = ${due} THEN 'onTime' ELSE 'late' END`;
  return db.all(
    qb
      .selectFrom('dossier_events as e')
      .innerJoin('dossiers as d', 'd.id', 'e.dossier_id')
      .innerJoin('procedure_versions as v', 'v.id', 'd.procedure_version_id')
      .where('e.at', '>=', range.from)
      .where('e.at', '<', nextDay(range.to))
      .where('e.action', 'in', [...REPORTED_ACTIONS])
      .where(tookEffect)
      .$if(clerkId !== undefined, (q) => q.where('e.clerk_id', '=', clerkId as number))
      .select((eb) => [sql<ReportedAction>`e.action`.as('action'), 'v.procedure_id as procedureId', 'd.channel as channel', 'e.counter as counter', timing.as('timing'), eb.fn.countAll<number>().as('n')])
      .groupBy(['e.action', 'v.procedure_id', 'd.channel', 'e.counter', 'timing']),
  );
}

/** The office's actions from the hub's projection, in one query; the clerk by office-wide key. */
export async function hubOfficeRows(url: string, range: DateRange, clerkKey?: string): Promise<OfficeRow[]> {
  const hub = connectHub(url);
  try {
    const db = hub.db.withTables<HubProjection>();
    const due = pgSql`coalesce(d.original_due, d.due_date)`;
    const rows = await db
      .selectFrom('motcua.events as e')
      .innerJoin('motcua.dossiers as d', 'd.dossier_key', 'e.dossier_key')
      .where('e.at', '>=', range.from)
      .where('e.at', '<', nextDay(range.to))
      .where('e.action', 'in', [...REPORTED_ACTIONS])
      // Refused by the hub's order (projection.ts flags it in motcua.conflicts, same seq): it did not take effect. An anti-join
      // on the few conflicts rather than e.accepted, which events_at does not include, keeps the scan on the index.
      .where(pgSql<boolean>`NOT EXISTS (SELECT 1 FROM motcua.conflicts c WHERE c.seq = e.seq)`)
      .$if(clerkKey !== undefined, (q) => q.where('e.clerk_key', '=', clerkKey as string))
      .select([
        pgSql<ReportedAction>`e.action`.as('action'),
        pgSql<string>`coalesce(d.procedure_id, '')`.as('procedureId'),
        pgSql<OfficeRow['channel']>`d.channel`.as('channel'),
        'e.counter as counter',
        pgSql<OfficeRow['timing']>`CASE WHEN e.action <> 'returnResult' OR d.due_date IS NULL THEN NULL
          WHEN substr(e.at, 1, 10) < ${due} THEN 'early' WHEN substr(e.at, 1, 10) = ${due} THEN 'onTime' ELSE 'late' END`.as('timing'),
        pgSql<string>`count(*)`.as('n'),
      ])
      .groupBy([pgSql`1`, pgSql`2`, pgSql`3`, pgSql`4`, pgSql`5`])
      .execute();
    return rows.map((r) => ({ ...r, n: Number(r.n) }));
  } finally {
    await hub.close();
  }
}


function timingWhere(rows: OfficeRow[], keep: (row: OfficeRow) => boolean) {
  const of = (t: 'early' | 'onTime' | 'late') => rows.filter((r) => r.timing === t && keep(r)).reduce((s, r) => s + r.n, 0);
  return timingOf(of('early'), of('onTime'), of('late'));
}

/** Rolls the office's rows up into a report: by outcome, procedure, channel and counter. */
export function officeReport(db: Sql, rows: OfficeRow[], meta: { range: DateRange; counter: number; clerk: Report['clerk']; generatedAt: string; office: NonNullable<Report['office']> }): Report {
  const names = new Map([...procedureNames(db).values()].map((p) => [p.procedureId, p.name]));
  const total = tally(rows, () => 'all', addOutcome).get('all') ?? zeroCounts();
  const byProcedure = [...tally(rows, (r) => r.procedureId, addOutcome)]
    .map(([procedureId, counts]) => ({ procedureId, name: names.get(procedureId) ?? procedureId, counts, timing: timingWhere(rows, (r) => r.procedureId === procedureId) }))
    .sort((a, b) => b.counts.accepted + b.counts.onTheSpot - (a.counts.accepted + a.counts.onTheSpot) || a.name.localeCompare(b.name, 'vi'));
  const channels = tally(rows, (r) => r.channel, addOutcome);
  const byCounter = [...tally(rows, (r) => r.counter, addOutcome)]
    .sort(([a], [b]) => a - b)
    .map(([counter, counts]) => ({ counter, name: w.counterName(counter), counts, timing: timingWhere(rows, (r) => r.counter === counter) }));
  const source = meta.office.source === 'hub' ? w.notes.officeFromHub : meta.office.asOf ? w.officeAsOf(clockAndDate(meta.office.asOf)) : w.officeNeverSynced;
  return {
    period: meta.range,
    counter: meta.counter,
    clerk: meta.clerk,
    generatedAt: meta.generatedAt,
    totals: figuresOf(total, timingWhere(rows, () => true), { measured: 0, totalSeconds: 0 }),
    byOutcome: outcomeKeys.map((outcome) => ({ outcome, label: w.outcomes[outcome], count: total[outcome] })),
    byProcedure,
    byChannel: CHANNELS.map((channel) => ({ channel, label: w.channels[channel], counts: channels.get(channel) ?? zeroCounts() })),
    byClerk: [],
    byCounter,
    office: meta.office,
    satisfaction: { available: false, factors: [] },
    notes: [source, w.notes.counting, w.notes.timing, w.notes.officeWithout],
  };
}

/** Reports over the whole office: the hub's when it answers, else this counter's copy. */
export class OfficeReports {
  constructor(
    private readonly deps: FeatureDeps,
    /** The hub's URL while the sync engine reaches it, else null: then the copy is used at once, without waiting for a timeout. */
    private readonly hubUrl: () => string | null,
  ) {}

  /** The office's figures for the period; a clerk given takes only that clerk's actions. */
  async build(request: ReportRequest): Promise<Report> {
    const now = this.deps.clock.now();
    const range = resolvePeriod(request.period, vnDate(now));
    const counter = this.deps.settings.get(counterSetting);
    const names = clerkNames(this.deps.sql);
    if (request.clerkId !== undefined && !names.has(request.clerkId)) throw new DomainError('NOT_FOUND', w.errors.clerkUnknown, 'clerkId');
    const clerk = request.clerkId !== undefined ? { clerkId: request.clerkId, name: names.get(request.clerkId) ?? '' } : null;
    const meta = { range, counter, clerk, generatedAt: toVnIso(now) };
    const fromHub = await this.fromHub(range, request.clerkId, counter);
    if (fromHub) return officeReport(this.deps.sql, fromHub, { ...meta, office: { source: 'hub', asOf: null } });
    const asOf = this.deps.sql.one(qb.selectFrom('hub_state').select('last_exchange_at'))?.last_exchange_at ?? null;
    return officeReport(this.deps.sql, localOfficeRows(this.deps.sql, range, request.clerkId), { ...meta, office: { source: 'local', asOf } });
  }

  private async fromHub(range: DateRange, clerkId: number | undefined, self: number): Promise<OfficeRow[] | null> {
    const url = this.hubUrl();
    if (!url) return null;
    const clerkKey = clerkId === undefined ? undefined : keyOfLocal(this.deps.sql, 'clerk', clerkId, self);
    // A hub that stops answering now gives the local copy, never an error at the counter.
    return hubOfficeRows(url, range, clerkKey).catch(() => null);
  }
}
