// @runs: renderer
// Hàng đợi (Alt+2): the dossiers by where they are in their life, each view
// with its count; due soon and overdue marked by icon and words as well as
// colour. Keys: 1–8 or ←/→ pick a view, ↑/↓ a dossier, Enter opens it,
// PageDown the next page, Home back to the first; F4 switches between this
// counter's dossiers and the whole office's (when joined to a hub).
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { QUEUE_VIEW_KEYS } from '../../src-main/queue/contract';
import { dossierStateNames } from '../../src-main/shared/vi/intake';
import { queueUi as t } from '../../src-main/shared/vi/queue';
import { call } from '../api';
import { counterLabel, isScopeKey, ScopeToggle, useOfficeScope } from '../hub/scope';
import { hubWords } from '../../src-main/shared/vi/hub';
import type { SectionProps } from '../shell/Shell';
import { useNavigation } from '../shell/navigation';
import { FormError, Kbd } from '../ui/form';
import { DateField } from '../ui/date-field';
import { queueChanged } from './events';
import { vnDay, vnTime } from './format';
import { QueueSettingsPanel } from './QueueSettings';
import { Urgency } from './Urgency';

type View = (typeof QUEUE_VIEW_KEYS)[number];
type Page = Output<'queue.list'>;
type Row = Page['rows'][number];

export function QueueScreen({ status }: SectionProps) {
  const [view, setView] = useState<View>('dueSoon');
  const [counts, setCounts] = useState<Partial<Record<View, number>>>({});
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [page, setPage] = useState<Page | null>(null);
  const [cursors, setCursors] = useState<string[]>([]);
  const [selected, setSelected] = useState(0);
  const [stats, setStats] = useState<Output<'queue.stats'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { openDossier } = useNavigation();
  const list = useRef<HTMLDivElement>(null);
  const office = useOfficeScope('queue', status.clerk?.id);
  const scope = office.input.scope;
  const showCounter = office.joined && office.scope === 'office';

  const load = useCallback(
    async (cursor?: string) => {
      const span = view === 'returned' && range ? range : {};
      const [listed, counted] = await Promise.all([call('queue.list', { view, ...span, ...(scope ? { scope } : {}), ...(cursor ? { cursor } : {}) }), call('queue.counts', { ...span, ...(scope ? { scope } : {}) })]);
      if (!listed.ok) return setError(listed.error.message);
      setError(null);
      setPage(listed.value);
      setSelected(0);
      if (counted.ok) setCounts(counted.value.counts);
      if (view === 'returned') {
        const from = range?.from ?? listed.value.today;
        const result = await call('queue.stats', { from, to: range?.to ?? from, ...(scope ? { scope } : {}) });
        setStats(result.ok ? result.value : null);
      }
    },
    [view, range, scope],
  );

  useEffect(() => {
    setCursors([]);
    void load();
    const reload = () => void load();
    queueChanged.addEventListener('change', reload);
    return () => queueChanged.removeEventListener('change', reload);
  }, [load]);

  useEffect(() => {
    list.current?.focus();
  }, [view]);

  const rows = page?.rows ?? [];

  function pick(next: View) {
    setView(next);
    setPage(null);
  }

  function next() {
    if (!page?.nextCursor) return;
    setCursors((c) => [...c, page.nextCursor as string]);
    void load(page.nextCursor);
  }

  function first() {
    setCursors([]);
    void load();
  }

  function keys(event: KeyboardEvent) {
    if (office.joined && isScopeKey(event)) {
      event.preventDefault();
      office.toggle();
      return;
    }
    if (event.ctrlKey || event.altKey || (event.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName))) return;
    const index = QUEUE_VIEW_KEYS.indexOf(view);
    const handled = () => event.preventDefault();
    if (/^[1-8]$/.test(event.key)) {
      handled();
      pick(QUEUE_VIEW_KEYS[Number(event.key) - 1] as View);
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      handled();
      const step = event.key === 'ArrowRight' ? 1 : -1;
      pick(QUEUE_VIEW_KEYS[(index + step + QUEUE_VIEW_KEYS.length) % QUEUE_VIEW_KEYS.length] as View);
    } else if (event.key === 'ArrowDown') {
      handled();
      setSelected((s) => Math.min(rows.length - 1, s + 1));
    } else if (event.key === 'ArrowUp') {
      handled();
      setSelected((s) => Math.max(0, s - 1));
    } else if (event.key === 'Enter' && rows[selected]) {
      handled();
      openDossier(rows[selected].dossierId);
    } else if (event.key === 'PageDown') {
      handled();
      next();
    } else if (event.key === 'Home') {
      handled();
      first();
    }
  }

  return (
    <div className="stack q-screen" onKeyDown={keys}>
      <h1>{t.queueTitle}</h1>
      <ScopeToggle choice={office} />
      <div className="tabs q-tabs" role="tablist" aria-label={t.queueTitle}>
        {QUEUE_VIEW_KEYS.map((key, i) => (
          <button key={key} type="button" role="tab" aria-selected={key === view} className={`q-tab q-tab--${key}`} onClick={() => pick(key)} tabIndex={key === view ? 0 : -1}>
            {key === 'overdue' ? <span aria-hidden="true">{t.overdueIcon} </span> : key === 'dueSoon' ? <span aria-hidden="true">{t.dueSoonIcon} </span> : null}
            {t.views[key]} <span className="q-count" data-testid={`count-${key}`}>{counts[key] ?? '…'}</span>
            <Kbd>{i + 1}</Kbd>
          </button>
        ))}
      </div>
      <p className="muted">{t.viewsHint}</p>
      {view === 'returned' ? <ReturnedRange today={page?.today ?? ''} onShow={setRange} stats={stats} /> : null}
      <FormError message={error} />
      <div className="q-list" ref={list} tabIndex={0} role="region" aria-label={t.views[view]} data-testid="queue-list">
        {page && rows.length === 0 ? <p className="muted">{t.empty}</p> : null}
        {rows.length > 0 ? (
          <table className="table" role="grid" aria-label={t.views[view]} aria-rowcount={page?.count ?? 0}>
            <thead>
              <tr>
                <th>{t.columns.code}</th>
                {showCounter ? <th>{hubWords.scope.column}</th> : null}
                <th>{t.columns.applicant}</th>
                <th>{t.columns.procedure}</th>
                <th>{view === 'returned' ? t.columns.returned : t.columns.due}</th>
                <th>{t.columns.status}</th>
                <th>{t.columns.department}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <QueueRowView key={row.dossierId} row={row} showCounter={showCounter} selected={i === selected} returnedView={view === 'returned'} onOpen={() => openDossier(row.dossierId)} onHover={() => setSelected(i)} />
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      {page ? (
        <div className="actions q-pager">
          <span className="muted" data-testid="queue-shown">
            {t.shown(cursors.length * 50 + rows.length, page.count)}
          </span>
          <button type="button" onClick={next} disabled={!page.nextCursor}>
            {t.more} <Kbd>PageDown</Kbd>
          </button>
          <button type="button" onClick={first} disabled={cursors.length === 0}>
            {t.first} <Kbd>Home</Kbd>
          </button>
        </div>
      ) : null}
      {status.clerk?.role === 'supervisor' ? <QueueSettingsPanel onSaved={() => void load()} /> : null}
    </div>
  );
}

function QueueRowView({ row, showCounter, selected, returnedView, onOpen, onHover }: { row: Row; showCounter: boolean; selected: boolean; returnedView: boolean; onOpen: () => void; onHover: () => void }) {
  const classes = ['q-row', selected ? 'q-row--selected' : '', row.urgency ? `q-row--${row.urgency}` : ''].filter(Boolean).join(' ');
  return (
    <tr className={classes} aria-selected={selected} onClick={onOpen} onMouseEnter={onHover} data-testid="queue-row">
      <td className="q-code">{row.code}</td>
      {showCounter ? <td data-testid="row-counter">{counterLabel(row.counter)}</td> : null}
      <td>{row.applicantName}</td>
      <td>{row.procedureName}</td>
      <td>
        {returnedView ? vnTime(row.returnedAt) : vnDay(row.currentDueDate)}
        {!returnedView && row.extendedDueAt ? <div className="muted">{t.extended(vnDay(row.extendedDueAt))}</div> : null}
      </td>
      <td>
        {returnedView && row.returnTiming ? <span className={`q-timing q-timing--${row.returnTiming}`}>{t.timing[row.returnTiming]}</span> : <Urgency urgency={row.urgency} daysLeft={row.daysLeft} unit={row.timeLimitUnit} />}
        <div className="muted">{dossierStateNames[row.state as keyof typeof dossierStateNames] ?? row.state}</div>
      </td>
      <td>{row.department ?? ''}</td>
    </tr>
  );
}

function ReturnedRange({ today, onShow, stats }: { today: string; onShow: (range: { from: string; to: string }) => void; stats: Output<'queue.stats'> | null }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  return (
    <form
      className="q-range"
      onSubmit={(e) => {
        e.preventDefault();
        onShow({ from: from || today, to: to || from || today });
      }}
    >
      <fieldset>
        <legend>{t.range}</legend>
        <DateField label={t.from} field="returned.from" value={from || today} onChange={setFrom} />
        <DateField label={t.to} field="returned.to" value={to || from || today} onChange={setTo} />
        <button type="submit">{t.show}</button>
        {stats ? (
          <span className="q-stats" data-testid="returned-stats">
            {t.stats(stats.early, stats.onTime, stats.late)}
          </span>
        ) : null}
      </fieldset>
    </form>
  );
}
