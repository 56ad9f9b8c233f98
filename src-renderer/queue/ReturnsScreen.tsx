// @runs: renderer
// Trả kết quả (Alt+3): the results ready to hand back. ↑/↓ pick one, Enter
// opens the return (counter or post), Ctrl+Enter confirms; the outcome shows
// the printed paper and then the follow-up step (ReturnFollowUp). Joined to a
// hub, the whole office's results are listed by default (F4: this counter's).
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { queueUi as t } from '../../src-main/shared/vi/queue';
import { call } from '../api';
import { counterLabel, isScopeKey, ScopeToggle, useOfficeScope } from '../hub/scope';
import { hubWords } from '../../src-main/shared/vi/hub';
import { DocumentPreview } from '../documents/DocumentPreview';
import type { SectionProps } from '../shell/Shell';
import { FormError, Kbd } from '../ui/form';
import { notifyQueueChanged, queueChanged } from './events';
import { vnDay, vnTime } from './format';
import { ReturnDialog, type ReturnOutcome } from './ReturnDialog';
import { ReturnFollowUp } from './ReturnFollowUp';

type Page = Output<'queue.list'>;

export interface ReturnsScreenProps extends Partial<SectionProps> {
  /** Called after each successful return (the satisfaction step hooks in here). */
  onReturned?: (dossierId: number) => void;
}

export function ReturnsScreen({ onReturned, status }: ReturnsScreenProps) {
  const [page, setPage] = useState<Page | null>(null);
  const [selected, setSelected] = useState(0);
  const [returning, setReturning] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<ReturnOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const office = useOfficeScope('returns', status?.clerk?.id);
  const scope = office.input.scope;
  const showCounter = office.joined && office.scope === 'office';

  const load = useCallback(
    async (cursor?: string) => {
      const result = await call('queue.list', { view: 'resultReady', ...(scope ? { scope } : {}), ...(cursor ? { cursor } : {}) });
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setPage(result.value);
      setSelected(0);
    },
    [scope],
  );

  useEffect(() => {
    void load();
    const reload = () => void load();
    queueChanged.addEventListener('change', reload);
    return () => queueChanged.removeEventListener('change', reload);
  }, [load]);

  useEffect(() => {
    if (!outcome && returning === null) list.current?.focus();
  }, [outcome, returning]);

  const rows = page?.rows ?? [];

  function keys(event: KeyboardEvent) {
    if (returning !== null || event.ctrlKey || event.altKey) return;
    if (!outcome && office.joined && isScopeKey(event)) {
      event.preventDefault();
      office.toggle();
      return;
    }
    if (outcome) {
      if (event.key === 'F2') {
        event.preventDefault();
        setOutcome(null);
      }
      return;
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setSelected((s) => Math.min(rows.length - 1, s + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setSelected((s) => Math.max(0, s - 1));
    } else if (event.key === 'Enter' && rows[selected]) {
      event.preventDefault();
      setReturning(rows[selected].dossierId);
    } else if (event.key === 'PageDown' && page?.nextCursor) {
      event.preventDefault();
      void load(page.nextCursor);
    }
  }

  function returned(result: ReturnOutcome) {
    setReturning(null);
    setOutcome(result);
    notifyQueueChanged();
    onReturned?.(result.dossierId);
  }

  return (
    <div className="stack q-screen" onKeyDown={keys}>
      <h1>{t.returnsTitle}</h1>
      {outcome ? (
        <>
          <section className="outcome" role="status" aria-live="polite">
            <h2>✔ {t.returned(outcome.code)}</h2>
            {outcome.printMessage ? <p data-testid="print-message">{outcome.printMessage}</p> : null}
            <button type="button" className="primary" onClick={() => setOutcome(null)} autoFocus>
              {t.nextReturn} <Kbd>F2</Kbd>
            </button>
          </section>
          <ReturnFollowUp dossierId={outcome.dossierId} />
          {outcome.documentId !== null ? <DocumentPreview documentId={outcome.documentId} /> : null}
        </>
      ) : (
        <>
          <h2>
            {t.readyList} <span className="q-count">{page?.count ?? '…'}</span>
          </h2>
          <p className="muted">{t.readyHint}</p>
          <ScopeToggle choice={office} />
          <FormError message={error} />
          <div className="q-list" ref={list} tabIndex={0} role="region" aria-label={t.readyList} data-testid="returns-list">
            {page && rows.length === 0 ? <p className="muted">{t.empty}</p> : null}
            {rows.length > 0 ? (
              <table className="table" role="grid" aria-label={t.readyList}>
                <thead>
                  <tr>
                    <th>{t.columns.code}</th>
                    {showCounter ? <th>{hubWords.scope.column}</th> : null}
                    <th>{t.columns.applicant}</th>
                    <th>{t.columns.procedure}</th>
                    <th>{t.columns.due}</th>
                    <th>{t.method}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, i) => (
                    <tr key={row.dossierId} className={i === selected ? 'q-row q-row--selected' : 'q-row'} aria-selected={i === selected} onClick={() => setReturning(row.dossierId)} data-testid="returns-row">
                      <td className="q-code">{row.code}</td>
                      {showCounter ? <td data-testid="row-counter">{counterLabel(row.counter)}</td> : null}
                      <td>{row.applicantName}</td>
                      <td>{row.procedureName}</td>
                      <td>
                        {vnDay(row.currentDueDate)}
                        {row.receivedAt ? <div className="muted">{vnTime(row.receivedAt)}</div> : null}
                      </td>
                      <td>{t.delivery[row.resultDelivery]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </div>
        </>
      )}
      {returning !== null ? <ReturnDialog dossierId={returning} onClose={() => setReturning(null)} onReturned={returned} /> : null}
    </div>
  );
}
