// @runs: main
// Reports of the counter for a day, a month or a range: every figure is summed
// in SQLite (see queries.ts) and only the small grouped rows are rolled up here.
import { DomainError } from '../api/kit';
import type { FeatureDeps } from '../services/deps';
import { counterSetting } from '../settings/keys';
import { toVnIso, vnDate } from '../shared/time';
import { outcomeKeys, reportWords as w, type OutcomeKey } from '../shared/vi/reports';
import type { Figures, OutcomeCounts, Report, ReportRequest, Timing } from './contract';
import { resolvePeriod } from './period';
import { clerkNames, countRows, intakeTimeRows, procedureNames, timingRows, type ReportedAction, type Scope } from './queries';
import { satisfactionFigures } from './satisfaction';

const OUTCOME_OF: Record<ReportedAction, OutcomeKey> = {
  accept: 'accepted',
  issueGuidance: 'guidance',
  refuse: 'refused',
  resolveOnTheSpot: 'onTheSpot',
  returnResult: 'returned',
  stop: 'stopped',
};

/** How dossiers reach the office, in the order reports list them. */
export const CHANNELS = ['counter', 'post', 'online'] as const;

/** Adds a row's count of one action to the bucket of that action's outcome (for tally). */
export const addOutcome = (bucket: OutcomeCounts, row: { action: ReportedAction; n: number }) => (bucket[OUTCOME_OF[row.action]] += row.n);

export const zeroCounts = (): OutcomeCounts => ({ accepted: 0, guidance: 0, refused: 0, onTheSpot: 0, returned: 0, stopped: 0 });
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function timingOf(early: number, onTime: number, late: number): Timing {
  const returned = early + onTime + late;
  return { returned, early, onTime, late, earlyRate: ratio(early, returned), onTimeRate: ratio(onTime, returned), lateRate: ratio(late, returned) };
}

export function figuresOf(counts: OutcomeCounts, timing: Timing, intake: { measured: number; totalSeconds: number }): Figures {
  const decisions = counts.accepted + counts.guidance + counts.refused + counts.onTheSpot;
  return {
    counts,
    decisions,
    guidanceRate: ratio(counts.guidance, decisions),
    refusalRate: ratio(counts.refused, decisions),
    onTheSpotShare: ratio(counts.onTheSpot, counts.accepted + counts.onTheSpot),
    timing,
    intakeTime: { measured: intake.measured, averageSeconds: intake.measured > 0 ? intake.totalSeconds / intake.measured : null },
  };
}

/** Sums rows into buckets keyed by `key`. */
export function tally<R, K>(rows: R[], key: (row: R) => K, add: (bucket: OutcomeCounts, row: R) => void): Map<K, OutcomeCounts> {
  const buckets = new Map<K, OutcomeCounts>();
  for (const row of rows) {
    const k = key(row);
    let bucket = buckets.get(k);
    if (!bucket) buckets.set(k, (bucket = zeroCounts()));
    add(bucket, row);
  }
  return buckets;
}

export class Reports {
  constructor(private readonly deps: FeatureDeps) {}

  build(request: ReportRequest): Report {
    const now = this.deps.clock.now();
    const range = resolvePeriod(request.period, vnDate(now));
    const counter = this.deps.settings.get(counterSetting);
    const names = clerkNames(this.deps.sql);
    if (request.clerkId !== undefined && !names.has(request.clerkId)) throw new DomainError('NOT_FOUND', w.errors.clerkUnknown, 'clerkId');
    const scope: Scope = { range, counter, ...(request.clerkId !== undefined ? { clerkId: request.clerkId } : {}) };

    const counts = countRows(this.deps.sql, scope);
    const timings = timingRows(this.deps.sql, scope);
    const intake = intakeTimeRows(this.deps.sql, scope);
    const procedures = procedureNames(this.deps.sql);

    const timingBy = <K>(key: (row: (typeof timings)[number]) => K, k: K) => {
      const of = (t: 'early' | 'onTime' | 'late') => timings.filter((r) => r.timing === t && key(r) === k).reduce((s, r) => s + r.n, 0);
      return timingOf(of('early'), of('onTime'), of('late'));
    };
    const intakeBy = (clerkId?: number) =>
      intake
        .filter((r) => clerkId === undefined || r.clerkId === clerkId)
        .reduce((s, r) => ({ measured: s.measured + r.measured, totalSeconds: s.totalSeconds + r.totalSeconds }), { measured: 0, totalSeconds: 0 });

    const total = tally(counts, () => 'all', addOutcome).get('all') ?? zeroCounts();
    const procedureOf = (versionId: number) => procedures.get(versionId)?.procedureId ?? `#${versionId}`;
    const byProcedure = [...tally(counts, (r) => procedureOf(r.versionId), addOutcome)]
      .map(([procedureId, c]) => ({
        procedureId,
        name: [...procedures.values()].find((p) => p.procedureId === procedureId)?.name ?? procedureId,
        counts: c,
        timing: timingBy((r) => procedureOf(r.versionId), procedureId),
      }))
      .sort((a, b) => b.counts.accepted + b.counts.onTheSpot - (a.counts.accepted + a.counts.onTheSpot) || a.name.localeCompare(b.name, 'vi'));
    const channels = tally(counts, (r) => r.channel, addOutcome);
    const clerks = tally(counts, (r) => r.clerkId, addOutcome);
    for (const row of [...timings, ...intake]) if (!clerks.has(row.clerkId)) clerks.set(row.clerkId, zeroCounts());

    const satisfaction = satisfactionFigures(this.deps.sql, range, counter, request.clerkId);
    return {
      period: range,
      counter,
      clerk: request.clerkId !== undefined ? { clerkId: request.clerkId, name: names.get(request.clerkId) ?? '' } : null,
      generatedAt: toVnIso(now),
      totals: figuresOf(total, timingBy(() => 'all', 'all'), intakeBy()),
      byOutcome: outcomeKeys.map((outcome) => ({ outcome, label: w.outcomes[outcome], count: total[outcome] })),
      byProcedure,
      byChannel: CHANNELS.map((channel) => ({ channel, label: w.channels[channel], counts: channels.get(channel) ?? zeroCounts() })),
      byClerk: [...clerks]
        .map(([clerkId, c]) => ({ clerkId, name: names.get(clerkId) ?? `#${clerkId}`, figures: figuresOf(c, timingBy((r) => r.clerkId, clerkId), intakeBy(clerkId)) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      byCounter: [],
      office: null,
      satisfaction,
      notes: [w.notes.counting, w.notes.timing, w.notes.intakeTime, ...(satisfaction.available ? [] : [w.notes.noSatisfaction])],
    };
  }
}
