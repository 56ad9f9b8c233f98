// @runs: renderer
// The appointment rules (cut-off, appointment times) and a "try it" box, so a
// supervisor sees what a rule change does before the counter relies on it.
import { useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { calendarUi as t } from '../../src-main/shared/vi/calendar';
import { formatVnDate } from '../../src-main/shared/time';
import { call } from '../api';
import { Field, FormError, useFieldErrors } from '../ui/form';

type Rules = Output<'calendar.settings'>;

export function CalendarRules({ readOnly }: { readOnly: boolean }) {
  const [rules, setRules] = useState<Rules | null>(null);
  const [mode, setMode] = useState<'receipt' | 'fixed'>('receipt');
  const [saved, setSaved] = useState(false);
  const { errors, formError, clear, show } = useFieldErrors();

  useEffect(() => {
    void call('calendar.settings', {}).then((r) => {
      if (!r.ok) return show(r.error);
      setRules(r.value);
      setMode(r.value.dueTime === 'receipt' ? 'receipt' : 'fixed');
    });
  }, [show]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    clear();
    setSaved(false);
    const result = await call('calendar.updateSettings', {
      cutoff: String(data.get('cutoff') ?? ''),
      sameDayTime: String(data.get('sameDayTime') ?? ''),
      dueTime: mode === 'receipt' ? 'receipt' : String(data.get('dueFixedTime') ?? ''),
      opensAt: String(data.get('opensAt') ?? ''),
      closesAt: String(data.get('closesAt') ?? ''),
      dueOnDayOff: data.get('dueOnDayOff') === 'as_counted' ? 'as_counted' : 'next_working_day',
    });
    if (result.ok) {
      setRules(result.value);
      setSaved(true);
    } else show(result.error);
  }

  if (!rules) return <FormError message={formError} />;
  return (
    <>
    <form className="card card--wide" onSubmit={submit} noValidate aria-labelledby="cal-rules-title">
      <h2 id="cal-rules-title">{t.settingsTitle}</h2>
      <fieldset disabled={readOnly}>
        <div className="row">
          <Field label={t.opensAt} field="opensAt" name="opensAt" type="time" defaultValue={rules.opensAt} error={errors.opensAt} />
          <Field label={t.closesAt} field="closesAt" name="closesAt" type="time" defaultValue={rules.closesAt} error={errors.closesAt} />
        </div>
        <div className="row">
          <Field label={t.cutoff} field="cutoff" name="cutoff" type="time" defaultValue={rules.cutoff} error={errors.cutoff} />
          <Field label={t.sameDayTime} field="sameDayTime" name="sameDayTime" type="time" defaultValue={rules.sameDayTime} error={errors.sameDayTime} />
        </div>
        <div className="row">
          <div className="field">
            <label htmlFor="cal-due-mode">{t.dueTimeMode}</label>
            <select id="cal-due-mode" value={mode} onChange={(e) => setMode(e.target.value === 'fixed' ? 'fixed' : 'receipt')}>
              <option value="receipt">{t.dueTimeReceipt}</option>
              <option value="fixed">{t.dueTimeFixed}</option>
            </select>
          </div>
          {mode === 'fixed' ? (
            <Field label={t.dueFixedTime} field="dueTime" name="dueFixedTime" type="time" defaultValue={rules.dueTime === 'receipt' ? '08:00' : rules.dueTime} error={errors.dueTime} />
          ) : null}
        </div>
        {mode === 'receipt' ? <p className="muted">{t.hoursNote}</p> : null}
        <div className="field">
          <label htmlFor="cal-day-off">{t.dueOnDayOff}</label>
          <select id="cal-day-off" name="dueOnDayOff" defaultValue={rules.dueOnDayOff}>
            <option value="next_working_day">{t.dueOnDayOffNext}</option>
            <option value="as_counted">{t.dueOnDayOffAsCounted}</option>
          </select>
        </div>
        <FormError message={formError} />
        {saved ? <p role="status">{t.settingsSaved}</p> : null}
        <button type="submit" className="primary">
          {t.saveRules}
        </button>
      </fieldset>
    </form>
    <TryAppointment />
    </>
  );
}

function TryAppointment() {
  const [answer, setAnswer] = useState<string | null>(null);
  const [receivedAt, setReceivedAt] = useState('');
  const [days, setDays] = useState('5');
  const { errors, formError, clear, show } = useFieldErrors();

  async function compute() {
    clear();
    const result = await call('calendar.appointment', { receivedAt: receivedAt ? `${receivedAt}:00+07:00` : '', workingDays: Number(days) });
    if (!result.ok) return show(result.error);
    const { countedFrom, dueAt } = result.value;
    setAnswer(t.tryResult(formatVnDate(countedFrom), `${dueAt.slice(11, 16)} ${formatVnDate(dueAt)}`));
  }

  return (
    <section className="card card--wide" aria-labelledby="cal-try-title">
      <h2 id="cal-try-title">{t.tryTitle}</h2>
      <div className="row">
        <Field label={t.tryReceivedAt} field="receivedAt" type="datetime-local" value={receivedAt} onChange={(e) => setReceivedAt(e.target.value)} error={errors.receivedAt} />
        <Field label={t.tryDays} field="workingDays" type="number" min={0} max={365} value={days} onChange={(e) => setDays(e.target.value)} error={errors.workingDays} />
      </div>
      <FormError message={formError} />
      <button type="button" onClick={() => void compute()}>
        {t.tryButton}
      </button>
      {answer ? <p role="status">{answer}</p> : null}
    </section>
  );
}
