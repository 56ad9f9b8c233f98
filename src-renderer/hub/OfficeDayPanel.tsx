// @runs: renderer
// Cuối ngày › Các quầy (supervisor, joined to a hub): for one day, every
// counter of the office — closed or not, by whom and when — and where its
// export package stands. The other counters as last received from the hub.
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../src-main/api/contract';
import { formatVnDate } from '../../src-main/shared/time';
import { hubWords } from '../../src-main/shared/vi/hub';
import { call } from '../api';
import { DateField } from '../ui/date-field';
import { FormError } from '../ui/form';

const w = hubWords.officeDay;
type CounterDay = Output<'hub.officeDay'>['counters'][number];

const clock = (iso: string) => `${iso.slice(11, 16)} ${formatVnDate(iso)}`;

export function OfficeDayPanel() {
  const [day, setDay] = useState('');
  const [wanted, setWanted] = useState('');
  const [counters, setCounters] = useState<CounterDay[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (which: string) => {
    const result = await call('hub.officeDay', { day: which });
    if (!result.ok) {
      // The last day's table would read as the answer for the day refused.
      setCounters(null);
      return setError(result.error.message);
    }
    setError(null);
    setDay(which);
    setCounters(result.value.counters);
  }, []);

  useEffect(() => {
    // Today as the counter's clock says (the end-of-day status knows it).
    void call('endOfDay.status', {}).then((r) => r.ok && void load(r.value.day));
  }, [load]);

  return (
    <section className="stack office-day" aria-label={w.title} data-testid="office-day">
      <h2>{w.title}</h2>
      <form
        className="office-day__pick"
        onSubmit={(e) => {
          e.preventDefault();
          if (wanted) void load(wanted);
        }}
      >
        <DateField label={w.day} field="officeDay.day" value={wanted || day} onChange={setWanted} />
        <button type="submit">{w.show}</button>
      </form>
      <FormError message={error} />
      <p className="muted">{w.hint}</p>
      {counters ? (
        <table className="table" aria-label={`${w.title} ${formatVnDate(day)}`} data-testid="office-day-table">
          <caption>{w.ofDay(formatVnDate(day))}</caption>
          <thead>
            <tr>
              <th>{w.counter}</th>
              <th>{w.closure}</th>
              <th>{w.pkg}</th>
            </tr>
          </thead>
          <tbody>
            {counters.map((c) => (
              <tr key={c.counter} data-testid="office-day-row">
                <td>
                  {hubWords.scope.counterName(c.counter)} {c.self ? <span className="muted">{w.thisCounter}</span> : null}
                </td>
                <td>{closureText(c)}</td>
                <td>{packageText(c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function closureText({ closure }: CounterDay): string {
  if (!closure) return w.notClosed;
  if (closure.status === 'reopened') return w.reopened(closure.reopenedBy, clock(closure.reopenedAt ?? closure.closedAt), closure.reopenReason);
  return w.closed(closure.closedBy, clock(closure.closedAt));
}

function packageText({ package: pkg }: CounterDay): string {
  if (!pkg) return w.noPackage;
  const line = w.packageLine(w.packageState[pkg.state] ?? pkg.state, pkg.revision, pkg.attempts);
  return pkg.sentAt ? `${line} ${w.sentAt(clock(pkg.sentAt))}` : line;
}
