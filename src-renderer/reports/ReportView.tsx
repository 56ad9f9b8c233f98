// @runs: renderer
// The figures of one report: summary, charts and the tables behind them.
import type { Output } from '../../src-main/api/contract';
import { formatVnDate } from '../../src-main/shared/time';
import { formatNumber, outcomeKeys, reportWords as w, reportsUi as t } from '../../src-main/shared/vi/reports';
import { BarChart, StackedBar } from './charts';

type Report = Output<'reports.build'>;
type Figures = Report['totals'];

export function periodText(report: Report): string {
  return w.periodLine(formatVnDate(report.period.from), formatVnDate(report.period.to));
}

function Summary({ figures }: { figures: Figures }) {
  const s = w.summary;
  const items: [string, string][] = [
    [s.decisions, formatNumber(figures.decisions)],
    [s.guidanceRate, t.percent(figures.guidanceRate)],
    [s.refusalRate, t.percent(figures.refusalRate)],
    [s.onTheSpotShare, t.percent(figures.onTheSpotShare)],
    [s.returned, formatNumber(figures.timing.returned)],
    [s.lateRate, t.percent(figures.timing.lateRate)],
    [s.intakeMinutes, t.minutes(figures.intakeTime.averageSeconds)],
    [s.intakeMeasured, formatNumber(figures.intakeTime.measured)],
  ];
  return (
    <dl className="rep-summary" data-testid="report-summary">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const outcomeHeads = () => outcomeKeys.map((k) => <th key={k} scope="col">{w.outcomes[k]}</th>);
const outcomeCells = (counts: Figures['counts']) => outcomeKeys.map((k) => <td key={k} className="rep-num">{formatNumber(counts[k])}</td>);

export function CounterReport({ report }: { report: Report }) {
  const { totals } = report;
  const c = w.columns;
  return (
    <div className="stack">
      <Summary figures={totals} />
      <div className="rep-charts">
        <BarChart title={t.chartOutcomes} bars={report.byOutcome.map((o) => ({ label: o.label, value: o.count }))} testId="chart-outcomes" />
        {totals.timing.returned > 0 ? (
          <StackedBar
            title={t.chartTiming}
            testId="chart-timing"
            segments={(['early', 'onTime', 'late'] as const).map((kind) => ({ kind, label: w.timing[kind], value: totals.timing[kind] }))}
          />
        ) : (
          <p className="muted">{t.noReturned}</p>
        )}
      </div>
      <table className="table rep-table" data-testid="table-outcomes">
        <caption>{w.sections.outcomes}</caption>
        <thead>
          <tr>
            <th scope="col">{c.outcome}</th>
            <th scope="col">{c.count}</th>
          </tr>
        </thead>
        <tbody>
          {report.byOutcome.map((o) => (
            <tr key={o.outcome}>
              <th scope="row">{o.label}</th>
              <td className="rep-num">{formatNumber(o.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.byProcedure.length > 0 ? (
        <BarChart title={t.chartProcedures} bars={report.byProcedure.map((p) => ({ label: p.name, value: p.counts.accepted + p.counts.onTheSpot }))} testId="chart-procedures" />
      ) : null}
      <table className="table rep-table" data-testid="table-procedures">
        <caption>{w.sections.procedures}</caption>
        <thead>
          <tr>
            <th scope="col">{c.procedure}</th>
            {outcomeHeads()}
            <th scope="col">{c.late}</th>
          </tr>
        </thead>
        <tbody>
          {report.byProcedure.map((p) => (
            <tr key={p.procedureId}>
              <th scope="row">{p.name}</th>
              {outcomeCells(p.counts)}
              <td className="rep-num">{formatNumber(p.timing.late)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table rep-table" data-testid="table-channels">
        <caption>{w.sections.channels}</caption>
        <thead>
          <tr>
            <th scope="col">{c.channel}</th>
            {outcomeHeads()}
          </tr>
        </thead>
        <tbody>
          {report.byChannel.map((ch) => (
            <tr key={ch.channel}>
              <th scope="row">{ch.label}</th>
              {outcomeCells(ch.counts)}
            </tr>
          ))}
        </tbody>
      </table>
      <SatisfactionTable report={report} />
    </div>
  );
}

export function ClerksTable({ report }: { report: Report }) {
  const c = w.columns;
  return (
    <table className="table rep-table" data-testid="table-clerks">
      <caption>{w.sections.clerks}</caption>
      <thead>
        <tr>
          <th scope="col">{c.clerk}</th>
          {outcomeHeads()}
          <th scope="col">{c.guidanceRate}</th>
          <th scope="col">{c.refusalRate}</th>
          <th scope="col">{c.early}</th>
          <th scope="col">{c.onTime}</th>
          <th scope="col">{c.late}</th>
          <th scope="col">{c.intakeMinutes}</th>
        </tr>
      </thead>
      <tbody>
        {report.byClerk.map((k) => (
          <tr key={k.clerkId}>
            <th scope="row">{k.name}</th>
            {outcomeCells(k.figures.counts)}
            <td className="rep-num">{t.percent(k.figures.guidanceRate)}</td>
            <td className="rep-num">{t.percent(k.figures.refusalRate)}</td>
            <td className="rep-num">{formatNumber(k.figures.timing.early)}</td>
            <td className="rep-num">{formatNumber(k.figures.timing.onTime)}</td>
            <td className="rep-num">{formatNumber(k.figures.timing.late)}</td>
            <td className="rep-num">{t.minutes(k.figures.intakeTime.averageSeconds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SatisfactionTable({ report }: { report: Report }) {
  const c = w.columns;
  return (
    <table className="table rep-table" data-testid="table-satisfaction">
      <caption>{w.sections.satisfaction}</caption>
      <thead>
        <tr>
          <th scope="col">{c.factor}</th>
          <th scope="col">{c.average}</th>
          <th scope="col">{c.ratings}</th>
          <th scope="col">{c.satisfied}</th>
        </tr>
      </thead>
      <tbody>
        {report.satisfaction.factors.map((f) => (
          <tr key={f.factor}>
            <th scope="row">{f.label}</th>
            <td className="rep-num">{f.average === null ? w.none : formatNumber(f.average, 2)}</td>
            <td className="rep-num">{formatNumber(f.count)}</td>
            <td className="rep-num">{t.percent(f.shareAtLeast4)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Notes({ notes }: { notes: string[] }) {
  return (
    <div className="rep-notes">
      <strong>{w.notes.title}</strong>
      <ul>
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}

/** The counter, a clerk, or the whole office (whose first note says where its figures come from). */
export function scopeName(report: Report): string {
  if (report.office) return report.clerk ? w.officeClerkScope(report.clerk.name) : w.officeScope;
  return report.clerk ? w.clerkScope(report.counter, report.clerk.name) : w.counterScope(report.counter);
}

/** Cả văn phòng: each counter's outcomes and timing. */
export function CountersTable({ report }: { report: Report }) {
  const c = w.columns;
  return (
    <table className="table rep-table" data-testid="table-counters">
      <caption>{w.sections.counters}</caption>
      <thead>
        <tr>
          <th scope="col">{c.counter}</th>
          {outcomeHeads()}
          <th scope="col">{c.early}</th>
          <th scope="col">{c.onTime}</th>
          <th scope="col">{c.late}</th>
        </tr>
      </thead>
      <tbody>
        {report.byCounter.map((k) => (
          <tr key={k.counter}>
            <th scope="row">{k.name}</th>
            {outcomeCells(k.counts)}
            <td className="rep-num">{formatNumber(k.timing.early)}</td>
            <td className="rep-num">{formatNumber(k.timing.onTime)}</td>
            <td className="rep-num">{formatNumber(k.timing.late)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
