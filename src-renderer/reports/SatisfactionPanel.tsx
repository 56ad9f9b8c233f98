// @runs: renderer
// "Cuối ngày" → "Mức độ hài lòng": the citizens' ratings over a period (today,
// this month, a range of days): per factor, overall, and clerk by clerk.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { formatVnDate } from '../../src-main/shared/time';
import { FACTORS, factorNames } from '../../src-main/shared/vi/satisfaction';
import { formatNumber, reportWords as w, reportsUi as t } from '../../src-main/shared/vi/reports';
import { call } from '../api';
import type { SectionProps } from '../shell/Shell';
import { FormError, Kbd, useFieldErrors } from '../ui/form';
import { PeriodPicker, periodDays, type PeriodKind } from './PeriodPicker';
import { useOwnFiguresOnly } from './ReportSettings';

type Stats = Output<'satisfaction.stats'>;

export function SatisfactionPanel({ status }: SectionProps) {
  const [today, setToday] = useState<string | null>(null);
  const [kind, setKind] = useState<PeriodKind>('today');
  const [range, setRange] = useState({ from: '', to: '' });
  const [stats, setStats] = useState<Stats | null>(null);
  const { errors, formError, clear, show } = useFieldErrors();
  const first = useRef<HTMLInputElement>(null);
  const ownOnly = useOwnFiguresOnly(status.clerk?.role === 'clerk');

  useEffect(() => {
    void call('endOfDay.status', {}).then((r) => (r.ok ? setToday(r.value.day) : show(r.error)));
    first.current?.focus();
  }, [show]);

  const load = useCallback(async () => {
    if (!today || (kind === 'range' && (!range.from || !range.to))) return;
    clear();
    const result = await call('satisfaction.stats', periodDays(kind, today, range));
    if (result.ok) setStats(result.value);
    else show(result.error);
  }, [today, kind, range, clear, show]);

  // Today and this month come at once; a range waits for both dates and Enter.
  useEffect(() => {
    if (kind !== 'range') void load();
  }, [kind, today]); // eslint-disable-line react-hooks/exhaustive-deps

  function submit(event: FormEvent) {
    event.preventDefault();
    void load();
  }

  return (
    <section className="stack rep" aria-labelledby="sat-title">
      <h2 id="sat-title">{t.satisfactionHeading}</h2>
      {ownOnly ? <p className="banner">{t.ownFiguresOnly}</p> : null}
      <form className="rep-toolbar" onSubmit={submit} noValidate>
        <PeriodPicker name="sat-period" kind={kind} onKind={setKind} range={range} onRange={setRange} fields={{ from: 'from', to: 'to' }} errors={errors} first={first} />
        <div className="actions">
          <button type="submit" className="primary">
            {t.show} <Kbd>Enter</Kbd>
          </button>
        </div>
      </form>
      <FormError message={formError} />
      {stats ? <StatsView stats={stats} /> : null}
    </section>
  );
}

function StatsView({ stats }: { stats: Stats }) {
  return (
    <div className="stack" data-testid="satisfaction-stats">
      <h3>
        {w.periodLine(formatVnDate(stats.from), formatVnDate(stats.to))} — {t.satisfactionCount(stats.count)}
      </h3>
      {stats.count === 0 ? (
        <p className="muted">{t.satisfactionNone}</p>
      ) : (
        <>
          <FactorTable stats={stats} />
          <ClerkTable stats={stats} />
        </>
      )}
    </div>
  );
}

function FactorTable({ stats }: { stats: Stats }) {
  return (
    <table className="table rep-table" data-testid="satisfaction-factors">
      <thead>
        <tr>
          <th scope="col">{t.satisfactionFactor}</th>
          <th scope="col">{t.satisfactionAverage}</th>
          <th scope="col">{t.satisfactionShare}</th>
        </tr>
      </thead>
      <tbody>
        {stats.factors.map((f) => (
          <tr key={f.factor}>
            <th scope="row">{f.name}</th>
            <td className="rep-num">{t.average(f.average)}</td>
            <td className="rep-num">{t.percent(f.satisfiedShare)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t.satisfactionOverall}</th>
          <td />
          <td className="rep-num">{t.percent(stats.satisfiedShare)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function ClerkTable({ stats }: { stats: Stats }) {
  return (
    <table className="table rep-table" data-testid="satisfaction-clerks" aria-label={t.satisfactionByClerk}>
      <caption>{t.satisfactionByClerk}</caption>
      <thead>
        <tr>
          <th scope="col">{t.clerk}</th>
          <th scope="col">{t.satisfactionRatings}</th>
          {FACTORS.map((f) => (
            <th key={f} scope="col">
              {factorNames[f]}
            </th>
          ))}
          <th scope="col">{t.satisfactionShare}</th>
        </tr>
      </thead>
      <tbody>
        {stats.byClerk.map((c) => (
          <tr key={c.clerkId}>
            <th scope="row">{c.name}</th>
            <td className="rep-num">{formatNumber(c.count)}</td>
            {c.factors.map((f) => (
              <td key={f.factor} className="rep-num">
                {t.average(f.average)}
              </td>
            ))}
            <td className="rep-num">{t.percent(c.satisfiedShare)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
