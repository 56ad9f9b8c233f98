// @runs: renderer
// The supervisor marks one day off or working, with the reason and the legal
// source; a clerk sees the same facts read-only.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { dayKindValues, type DayKind } from '../../src-main/calendar/law';
import { calendarUi as t, dayKinds, weekdayNames } from '../../src-main/shared/vi/calendar';
import { formatVnDate } from '../../src-main/shared/time';
import { call } from '../api';
import { Field, FormError, Kbd, useFieldErrors } from '../ui/form';
import { dayState, type CalendarDay } from './MonthGrid';

export type ImpactItem = Output<'calendar.impact'>['items'][number];
type Choice = DayKind | 'clear';

interface Props {
  day: CalendarDay;
  canEdit: boolean;
  onSaved(date: string, affected: ImpactItem[]): void;
  onClose(): void;
}

function kindsFor(day: CalendarDay): Choice[] {
  const weekend = day.weekday === 0 || day.weekday === 6;
  const kinds: Choice[] = dayKindValues.filter((k) => k !== 'swap_workday' || weekend);
  return day.kind ? [...kinds, 'clear'] : kinds;
}

export function DayEditor({ day, canEdit, onSaved, onClose }: Props) {
  const weekend = day.weekday === 0 || day.weekday === 6;
  const [kind, setKind] = useState<Choice>(day.kind ?? (weekend ? 'swap_workday' : 'holiday'));
  const [preview, setPreview] = useState<ImpactItem[] | null>(null);
  const { errors, formError, clear, show } = useFieldErrors();
  const section = useRef<HTMLElement>(null);
  const title = formatVnDate(day.date);

  useEffect(() => {
    section.current?.querySelector<HTMLElement>('select, button')?.focus();
  }, [day.date]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get('name') ?? '');
    clear();
    const result =
      kind === 'clear'
        ? await call('calendar.clearDay', { date: day.date, reason: name })
        : await call('calendar.setDay', { date: day.date, kind, name, legalSource: String(data.get('legalSource') ?? ''), provisional: data.get('provisional') === 'on' });
    if (result.ok) onSaved(day.date, result.value.affected);
    else show(result.error);
  }

  async function showPreview() {
    clear();
    const result = await call('calendar.impact', { date: day.date, kind });
    if (result.ok) setPreview(result.value.items);
    else show(result.error);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  }

  return (
    <section ref={section} className="card card--wide cal-editor" aria-labelledby="cal-editor-title" onKeyDown={onKeyDown}>
      <h3 id="cal-editor-title">
        {t.editorTitle(title)} — {weekdayNames[day.weekday]}
      </h3>
      <p>
        <strong>{dayState(day)}</strong>
        {day.legalSource ? (
          <>
            <br />
            {t.legalSource}: {day.legalSource}
          </>
        ) : null}
      </p>
      {canEdit ? (
        <form onSubmit={submit} noValidate aria-label={t.editorTitle(title)}>
          <div className="field">
            <label htmlFor="cal-kind">{t.dayKind}</label>
            <select id="cal-kind" data-field="kind" value={kind} onChange={(e) => setKind(e.target.value as Choice)}>
              {kindsFor(day).map((k) => (
                <option key={k} value={k}>
                  {k === 'clear' ? t.normalDay : dayKinds[k]}
                </option>
              ))}
            </select>
            {errors.kind ? (
              <small className="field__error" role="alert">
                {errors.kind}
              </small>
            ) : null}
          </div>
          <div className="row">
            <Field label={t.name} field={kind === 'clear' ? 'reason' : 'name'} name="name" id="cal-name" defaultValue={day.name ?? ''} error={errors.name ?? errors.reason} autoComplete="off" />
            {kind === 'clear' ? null : <Field label={t.legalSource} field="legalSource" name="legalSource" id="cal-source" defaultValue={day.legalSource ?? ''} error={errors.legalSource} autoComplete="off" />}
          </div>
          {kind === 'clear' ? null : (
            <label className="cal-check">
              <input type="checkbox" name="provisional" defaultChecked={day.provisional} /> {t.markProvisional}
            </label>
          )}
          <FormError message={formError} />
          <div className="actions">
            <button type="submit" className="primary">
              {t.save} <Kbd>Enter</Kbd>
            </button>
            <button type="button" onClick={() => void showPreview()}>
              {t.preview}
            </button>
            <button type="button" onClick={onClose}>
              {t.close} <Kbd>Esc</Kbd>
            </button>
          </div>
          {preview ? <ImpactList items={preview} /> : null}
        </form>
      ) : (
        <>
          <p className="muted">{t.editorReadOnly}</p>
          <button type="button" onClick={onClose}>
            {t.close} <Kbd>Esc</Kbd>
          </button>
        </>
      )}
    </section>
  );
}

export function ImpactList({ items }: { items: ImpactItem[] }) {
  if (items.length === 0) return <p role="status">{t.impactNone}</p>;
  return (
    <section aria-labelledby="cal-impact-title" className="cal-impact">
      <h3 id="cal-impact-title">{t.impactTitle}</h3>
      <p className="muted">{t.impactNote}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{t.impactCode}</th>
            <th>{t.impactStored}</th>
            <th>{t.impactNow}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.code}>
              <td>{item.code}</td>
              <td>{formatVnDate(item.storedDueDate)}</td>
              <td>{formatVnDate(item.dueDateNow)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
