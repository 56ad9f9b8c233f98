// @runs: renderer
// "Cuối ngày" → "Chốt sổ và chuyển dữ liệu": pick a date (today by default),
// see what is unfinished, close the day (confirmed), export and send its
// package, follow the outbox; a supervisor may reopen a closed day with a reason.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { endOfDayFiles, endOfDayUi as t } from '../../src-main/shared/vi/end-of-day';
import { formatVnDate } from '../../src-main/shared/time';
import { ui } from '../../src-main/shared/vi/ui';
import { call } from '../api';
import type { SectionProps } from '../shell/Shell';
import { DateField } from '../ui/date-field';
import { ConfirmDialog } from '../ui/dialog';
import { screenKeysAllowed } from '../ui/layers';
import { Field, FormError, Kbd, useFieldErrors } from '../ui/form';
import { ProgressLine, useProgress } from '../ui/progress';

type Status = Output<'endOfDay.status'>;
type OutboxItem = Output<'endOfDay.outbox'>['items'][number];

const clock = (iso: string) => `${iso.slice(11, 16)} ${formatVnDate(iso)}`;

/** Alt+letter shortcuts of this panel, while it is shown and nothing covers it. */
function useShortcuts(keys: Record<string, (() => void) | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || !screenKeysAllowed()) return;
      const action = keys[event.key.toLowerCase()];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keys]);
}

export function CloseDayPanel({ status: app }: SectionProps) {
  const supervisor = app.clerk?.role === 'supervisor';
  const [date, setDate] = useState<string | null>(null);
  const [wanted, setWanted] = useState('');
  const [day, setDay] = useState<Status | null>(null);
  const [outbox, setOutbox] = useState<OutboxItem[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { errors, formError, clear, show } = useFieldErrors();
  const progress = useProgress(endOfDayFiles.progress.task);

  const load = useCallback(
    async (which?: string) => {
      const [result, queued] = await Promise.all([call('endOfDay.status', which ? { date: which } : {}), call('endOfDay.outbox', {})]);
      if (result.ok) {
        setDay(result.value);
        setDate(result.value.day);
      } else show(result.error);
      if (queued.ok) setOutbox(queued.value.items);
    },
    [show],
  );

  useEffect(() => void load(), [load]);

  const closed = day?.closure?.status === 'closed';

  async function close() {
    if (!day) return;
    clear();
    setBusy(true);
    const result = await call('endOfDay.close', { date: day.day, confirmOpenItems: true });
    setBusy(false);
    setConfirming(false);
    if (result.ok) {
      setDay(result.value);
      setMessage(t.closed);
    } else show(result.error);
  }

  async function discardDraft(draftId: number) {
    if (!day) return;
    clear();
    const result = await call('intake.discardDraft', { draftId });
    if (!result.ok) return show(result.error);
    setMessage(t.draftDiscarded);
    await load(day.day);
  }

  async function exportAndSend() {
    if (!day) return;
    clear();
    setMessage(null);
    setBusy(true);
    const result = await call('endOfDay.export', { date: day.day });
    if (result.ok) {
      setMessage(t.exported(result.value.packageName, result.value.folder));
      if (result.value.outbox && result.value.outbox.state !== 'sent') await call('endOfDay.sendNow', { id: result.value.outbox.id });
      else if (!result.value.outbox) setMessage(`${t.exported(result.value.packageName, result.value.folder)} ${t.noDestination}`);
    } else show(result.error);
    setBusy(false);
    await load(day.day);
  }

  async function sendNow(id?: number) {
    clear();
    setBusy(true);
    const result = await call('endOfDay.sendNow', id === undefined ? {} : { id });
    setBusy(false);
    if (result.ok) setOutbox(result.value.items);
    else show(result.error);
  }

  useShortcuts({
    c: day && !closed && !busy ? () => setConfirming(true) : null,
    x: closed && !busy ? () => void exportAndSend() : null,
    g: !busy ? () => void sendNow() : null,
  });

  function pick(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    clear();
    void load(wanted || date || undefined);
  }

  if (!day || !date) return <FormError message={formError} />;
  const open = day.openItems;
  const openCount = open.drafts.length + open.withoutReceipt.length + open.resultsNotReturned.length;
  return (
    <div className="stack">
      <section className="card card--wide" aria-labelledby="eod-title">
        <h2 id="eod-title">{t.title}</h2>
        <form className="eod-date" onSubmit={pick} noValidate>
          <DateField key={date} label={t.date} field="date" value={wanted || date} onChange={setWanted} error={errors.date} />
          <button type="submit">{t.load}</button>
        </form>
        <p className="eod-state" data-testid="eod-state">
          {day.closure === null
            ? t.statusOpen
            : day.closure.status === 'closed'
              ? t.statusClosed(clock(day.closure.closedAt), day.closure.closedBy ?? '')
              : t.statusReopened(clock(day.closure.reopenedAt ?? day.closure.closedAt), day.closure.reopenReason ?? '')}
          {day.revisions.length ? ` · ${t.revision(day.revisions.at(-1)?.revision ?? 1)}` : ''}
        </p>
        {day.counts ? <p>{t.counts(day.counts.dossiers, day.counts.registerRows)}</p> : null}
        {day.stepsAfterClose ? (
          <p className="banner" role="status">
            {t.stepsAfterClose(day.stepsAfterClose)}
          </p>
        ) : null}
        {closed ? null : <Unfinished open={open} onDiscardDraft={(id) => void discardDraft(id)} />}
        <FormError message={formError} />
        {message ? <p role="status">{message}</p> : null}
        {busy && progress && progress.done < progress.total ? <ProgressLine event={progress} /> : null}
        <div className="actions">
          {closed ? (
            <button type="button" className="primary" disabled={busy} onClick={() => void exportAndSend()}>
              {t.exportAndSend} <Kbd>{t.exportShortcut}</Kbd>
            </button>
          ) : (
            <button type="button" className="primary" disabled={busy} onClick={() => setConfirming(true)}>
              {t.close} <Kbd>{t.closeShortcut}</Kbd>
            </button>
          )}
        </div>
        {closed ? <p className="muted">{day.exported ? t.packageAt(day.exported.packageName, day.exported.folder) : t.notExported}</p> : null}
        {day.corrections.length ? (
          <>
            <h3>{t.corrections}</h3>
            <ul>
              {day.corrections.map((c, i) => (
                <li key={i}>{t.correctionLine(c.revision, c.dossierCode, c.field, c.oldValue, c.newValue, c.reason, c.by)}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <Outbox items={outbox} busy={busy} onSend={(id) => void sendNow(id)} />
      {supervisor && closed ? <Reopen date={day.day} onDone={(next) => {
            setDay(next);
            setMessage(t.reopened);
          }} /> : null}
      {!supervisor && closed ? <p className="muted">{t.supervisorOnly}</p> : null}
      {confirming ? <ConfirmClose openCount={openCount} busy={busy} onConfirm={() => void close()} onCancel={() => setConfirming(false)} /> : null}
    </div>
  );
}

function Unfinished({ open, onDiscardDraft }: { open: Status['openItems']; onDiscardDraft: (draftId: number) => void }) {
  const none = !open.drafts.length && !open.withoutReceipt.length && !open.resultsNotReturned.length;
  return (
    <section aria-labelledby="eod-unfinished" className="eod-unfinished">
      <h3 id="eod-unfinished">{t.unfinished}</h3>
      {none ? <p className="muted">{t.nothingUnfinished}</p> : null}
      <DraftGroup drafts={open.drafts} onDiscard={onDiscardDraft} />
      <Group title={t.withoutReceipt} lines={open.withoutReceipt.map((d) => t.dossierLine(d.code, d.applicantName))} />
      <Group title={t.resultsNotReturned} lines={open.resultsNotReturned.map((d) => t.dossierLine(d.code, d.applicantName))} />
    </section>
  );
}

/** The open drafts, each named (applicant, procedure, clerk, when) with a button to discard it. */
function DraftGroup({ drafts, onDiscard }: { drafts: Status['openItems']['drafts']; onDiscard: (draftId: number) => void }) {
  if (!drafts.length) return null;
  return (
    <>
      <h4>
        {t.drafts} ({drafts.length})
      </h4>
      <ul>
        {drafts.map((d) => (
          <li key={d.draftId} data-testid="eod-draft">
            {t.draftLine(d.applicantName, d.procedureName, d.clerkName, clock(d.updatedAt))}{' '}
            <button type="button" onClick={() => onDiscard(d.draftId)}>
              {t.discardDraft}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function Group({ title, lines }: { title: string; lines: string[] }) {
  if (!lines.length) return null;
  return (
    <>
      <h4>
        {title} ({lines.length})
      </h4>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </>
  );
}

function Outbox({ items, busy, onSend }: { items: OutboxItem[]; busy: boolean; onSend: (id?: number) => void }) {
  const h = t.outboxHeaders;
  return (
    <section className="card card--wide" aria-labelledby="eod-outbox">
      <h2 id="eod-outbox">{t.outbox}</h2>
      {items.length === 0 ? (
        <p className="muted">{t.outboxEmpty}</p>
      ) : (
        <table className="table eod-outbox">
          <thead>
            <tr>
              <th>{h.package}</th>
              <th>{h.destination}</th>
              <th>{h.state}</th>
              <th>{h.attempts}</th>
              <th>{h.next}</th>
              <th>{h.error}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-testid="eod-outbox-row">
                <td>{item.packageName}</td>
                <td>
                  {t.destinations[item.destination]}: {item.target}
                </td>
                <td className={`eod-outbox__state eod-outbox__state--${item.state}`}>{t.states[item.state]}</td>
                <td>{item.attempts}</td>
                <td>{item.state === 'failed' ? clock(item.nextAttemptAt) : ''}</td>
                <td>{item.lastError ?? ''}</td>
                <td>
                  {item.state === 'sent' ? null : (
                    <button type="button" disabled={busy} onClick={() => onSend(item.id)} aria-label={`${t.sendNow}: ${item.packageName}`}>
                      {t.sendNow}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {items.some((i) => i.state !== 'sent') ? (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => onSend()}>
            {t.sendNow} <Kbd>{t.sendNowShortcut}</Kbd>
          </button>
        </div>
      ) : null}
    </section>
  );
}

function Reopen({ date, onDone }: { date: string; onDone: (status: Status) => void }) {
  const { errors, formError, clear, show } = useFieldErrors();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clear();
    const result = await call('endOfDay.reopen', { date, reason: String(new FormData(event.currentTarget).get('reason') ?? '') });
    if (result.ok) onDone(result.value);
    else show(result.error);
  }

  return (
    <form className="card card--wide" onSubmit={submit} noValidate aria-labelledby="eod-reopen">
      <h2 id="eod-reopen">{t.reopen}</h2>
      <Field label={t.reopenReason} field="reason" name="reason" error={errors.reason} />
      <FormError message={formError} />
      <button type="submit">{t.reopenSubmit}</button>
    </form>
  );
}

function ConfirmClose({ openCount, busy, onConfirm, onCancel }: { openCount: number; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <ConfirmDialog title={t.confirmTitle} confirm={t.confirm} busy={busy} onConfirm={onConfirm} onCancel={onCancel}>
      <p>{openCount ? t.confirmOpen(openCount) : t.confirmPlain}</p>
      {openCount ? <p className="muted">{t.confirmPlain}</p> : null}
    </ConfirmDialog>
  );
}
