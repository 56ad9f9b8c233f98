// @runs: renderer
// "Lịch làm việc": the office's working days by month, the days off and
// make-up working days of the year, the supervisor's day editor, and which
// open dossiers an edit would touch.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { isRealDate } from '../../src-main/calendar/days';
import { calendarUi as t, dayKinds } from '../../src-main/shared/vi/calendar';
import { formatVnDate, vnDate } from '../../src-main/shared/time';
import { call } from '../api';
import type { SectionProps } from '../shell/Shell';
import { Field, FormError, Kbd, useFieldErrors } from '../ui/form';
import { CalendarImport } from './CalendarImport';
import { CalendarRules } from './CalendarRules';
import { DayEditor, ImpactList, type ImpactItem } from './DayEditor';
import { Legend, MonthGrid, shiftMonths } from './MonthGrid';

type CalendarYear = Output<'calendar.get'>;

export function CalendarScreen({ status }: SectionProps) {
  const supervisor = status.clerk?.role === 'supervisor';
  const today = vnDate(new Date());
  const [focusDate, setFocusDate] = useState(today);
  const [takeFocus, setTakeFocus] = useState(false);
  const [data, setData] = useState<CalendarYear | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [affected, setAffected] = useState<ImpactItem[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const { formError, clear, show } = useFieldErrors();
  const year = Number(focusDate.slice(0, 4));

  useEffect(() => {
    if (!supervisor) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.code !== 'KeyN') return;
      event.preventDefault();
      setImporting(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [supervisor]);

  async function imported(importedYear: number, text: string) {
    setImporting(false);
    setMessage(text);
    if (importedYear === year) await load();
    else move(`${importedYear}-01-01`, false);
  }

  const load = useCallback(async () => {
    const result = await call('calendar.get', { year });
    if (result.ok) setData(result.value);
    else show(result.error);
  }, [year, show]);

  useEffect(() => void load(), [load]);

  /** Moving from the grid keeps the focus in the grid; choosing a year keeps it on the year list. */
  const move = useCallback((date: string, focusGrid = true) => {
    setTakeFocus(focusGrid);
    setEditing(null);
    setFocusDate(date);
  }, []);

  function closeEditor() {
    setEditing(null);
    setTakeFocus(true);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.cal-grid [data-date="${focusDate}"]`)?.focus());
  }

  async function saved(date: string, items: ImpactItem[]) {
    await load();
    setAffected(items);
    setMessage(t.savedDay(formatVnDate(date)));
    closeEditor();
  }

  async function confirmYear() {
    clear();
    const result = await call('calendar.confirmYear', { year });
    if (!result.ok) return show(result.error);
    setMessage(t.confirmed(year));
    await load();
  }

  const loaded = data && data.year === year ? data : null;
  const month = focusDate.slice(0, 7);
  const monthDays = loaded?.days.filter((d) => d.date.startsWith(month)) ?? [];
  const editingDay = editing ? loaded?.days.find((d) => d.date === editing) : undefined;

  return (
    <div className="stack cal-screen">
      <div className="cal-toolbar">
        <h1>{t.title}</h1>
        <YearPicker year={year} onChange={(y) => move(`${y}${focusDate.slice(4, 7)}-01`, false)} />
        <GoToDate onGo={(date) => move(date)} />
        {loaded ? <span className="muted">{t.version(loaded.version)}</span> : null}
        {supervisor ? (
          <button type="button" onClick={() => setImporting(true)}>
            {t.importButton} <Kbd>Alt+N</Kbd>
          </button>
        ) : null}
      </div>
      {importing ? <CalendarImport onClose={() => setImporting(false)} onImported={(y, text) => void imported(y, text)} /> : null}
      {loaded ? (
        <p className={loaded.provisional ? 'cal-status cal-status--provisional' : 'cal-status'} role="note">
          <strong>{loaded.provisional ? `? ${t.yearProvisional}` : `✓ ${t.yearOfficial}`}</strong>
          {loaded.provisional ? <span> {t.yearProvisionalHint}</span> : null}
          {loaded.provisional && supervisor ? (
            <button type="button" className="primary" onClick={() => void confirmYear()}>
              {t.confirmYear} {year}
            </button>
          ) : null}
        </p>
      ) : null}
      <FormError message={formError} />
      {message ? <p role="status">{message}</p> : null}
      {affected ? <ImpactList items={affected} /> : null}
      <div className="cal-month">
        <div className="cal-month__head">
          <button type="button" onClick={() => move(shiftMonths(focusDate, -1))} aria-keyshortcuts="PageUp">
            ‹ {t.previousMonth}
          </button>
          <h2>
            {t.month(Number(focusDate.slice(5, 7)))} / {year}
          </h2>
          <button type="button" onClick={() => move(shiftMonths(focusDate, 1))} aria-keyshortcuts="PageDown">
            {t.nextMonth} ›
          </button>
        </div>
        <p className="muted">{t.keys}</p>
        {loaded ? <MonthGrid monthDays={monthDays} focusDate={focusDate} today={today} takeFocus={takeFocus} onMove={(date) => move(date)} onOpen={setEditing} /> : null}
      </div>
      {editingDay ? <DayEditor key={editingDay.date} day={editingDay} canEdit={supervisor} onSaved={(date, items) => void saved(date, items)} onClose={closeEditor} /> : null}
      <Legend />
      {loaded ? <SpecialDays data={loaded} /> : null}
      {loaded ? <History year={year} version={loaded.version} /> : null}
      <CalendarRules readOnly={!supervisor} />
    </div>
  );
}

function YearPicker({ year, onChange }: { year: number; onChange(year: number): void }) {
  const now = Number(vnDate(new Date()).slice(0, 4));
  const years = Array.from(new Set([...Array.from({ length: 7 }, (_, i) => now - 2 + i), year])).sort((a, b) => a - b);
  return (
    <div className="field cal-inline">
      <label htmlFor="cal-year">{t.year}</label>
      <select id="cal-year" value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

function GoToDate({ onGo }: { onGo(date: string): void }) {
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get('goto') ?? '').trim();
    const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed);
    const date = match ? `${match[3]}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}` : '';
    if (!isRealDate(date)) return setError(t.badDate);
    setError(null);
    onGo(date);
  }
  return (
    <form className="cal-goto" onSubmit={submit} noValidate>
      <Field label={t.goTo} field="goto" id="cal-goto" name="goto" inputMode="numeric" autoComplete="off" placeholder="16/03/2027" error={error ?? undefined} />
      <button type="submit">{t.goToButton}</button>
    </form>
  );
}

function SpecialDays({ data }: { data: CalendarYear }) {
  const special = data.days.filter((d) => d.kind);
  return (
    <section className="card card--wide" aria-labelledby="cal-special-title">
      <h2 id="cal-special-title">{t.specialDays(data.year)}</h2>
      <table className="table">
        <thead>
          <tr>
            <th>{t.date}</th>
            <th>{t.kind}</th>
            <th>{t.name}</th>
            <th>{t.legalSource}</th>
            <th>{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {special.map((d) => (
            <tr key={d.date}>
              <td>{formatVnDate(d.date)}</td>
              <td>{d.kind ? dayKinds[d.kind] : ''}</td>
              <td>{d.name}</td>
              <td>{d.legalSource}</td>
              <td>{d.provisional ? `? ${t.statusProvisional}` : t.statusOfficial}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function History({ year, version }: { year: number; version: number }) {
  const [edits, setEdits] = useState<Output<'calendar.history'>['edits']>([]);
  useEffect(() => {
    void call('calendar.history', { year }).then((r) => r.ok && setEdits(r.value.edits));
  }, [year, version]);
  if (edits.length === 0) return null;
  return (
    <section className="card card--wide" aria-labelledby="cal-history-title">
      <h2 id="cal-history-title">{t.historyTitle}</h2>
      <table className="table">
        <thead>
          <tr>
            <th>#</th>
            <th>{t.historyAt}</th>
            <th>{t.historyWho}</th>
            <th>{t.historyReason}</th>
          </tr>
        </thead>
        <tbody>
          {edits.slice(0, 10).map((e) => (
            <tr key={e.version}>
              <td>{e.version}</td>
              <td>{formatVnDate(e.at)} {e.at.slice(11, 16)}</td>
              <td>{e.clerkName ?? ''}</td>
              <td>
                {t.historyAction[e.action as keyof typeof t.historyAction] ?? e.action}
                {e.date ? ` ${formatVnDate(e.date)}` : ''}
                {e.reason ? `: ${e.reason}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
