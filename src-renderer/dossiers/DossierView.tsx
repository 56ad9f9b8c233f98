// @runs: renderer
// One dossier, opened from anywhere (search, queue, returns): its data, what
// was handed in, the papers issued (open, reprint), its history (who, when,
// which counter, why) and the actions its state allows, each on a key.
import { identityText } from '../../src-main/people/identifiers';
import { identityWords } from '../../src-main/shared/vi/identity';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { canApply, type DossierAction, type DossierState } from '../../src-main/dossiers/states';
import { documentsUi } from '../../src-main/shared/vi/documents';
import { dossierActionNames, dossierStateNames, intakeUi } from '../../src-main/shared/vi/intake';
import { queueUi as t } from '../../src-main/shared/vi/queue';
import { call } from '../api';
import { DocumentPreview } from '../documents/DocumentPreview';
import { FormError, Kbd } from '../ui/form';
import { Layer } from '../ui/layers';
import { notifyQueueChanged, queueChanged } from '../queue/events';
import { vnTime } from '../queue/format';
import { ApologyDialog, CorrectionDialog, HandOverDialog, ReceiveResultDialog, ReceiveSupplementDialog, RequestSupplementDialog, StopDialog, type ActionDone } from '../queue/LifecycleDialogs';
import { ReturnDialog } from '../queue/ReturnDialog';
import { ReturnFollowUp } from '../queue/ReturnFollowUp';
import { Urgency } from '../queue/Urgency';
import { dossierPanels } from './panels';

type Detail = Output<'dossiers.get'>;
type Lifecycle = Output<'queue.dossier'>;
type Action = Exclude<DossierAction, 'accept' | 'issueGuidance' | 'refuse' | 'resolveOnTheSpot'>;

/** The actions of the queue, in the order of the work, each on one key. */
const ACTIONS: { action: Action; key: string; supervisor?: true }[] = [
  { action: 'handOver', key: 'c' },
  { action: 'requestSupplement', key: 'b' },
  { action: 'receiveSupplement', key: 'n' },
  { action: 'receiveResult', key: 'k' },
  { action: 'returnResult', key: 't' },
  { action: 'apologise', key: 'x', supervisor: true },
  { action: 'stop', key: 'd' },
];
const CONTROL_KEY = 'p';
const CORRECT_KEY = 's';
/** A mark beside each paper's status, so it is read by shape as well as by word: only missing or faulty papers get ✗. */
const STATUS_MARKS: Record<string, string> = { received: '✓ ', not_needed: '– ' };

const typing = (target: EventTarget | null) => target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);

export function DossierView({ dossierId, onClose }: { dossierId: number; onClose: () => void }) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [life, setLife] = useState<Lifecycle | null>(null);
  const [supervisor, setSupervisor] = useState(false);
  const [dialog, setDialog] = useState<Action | 'correct' | null>(null);
  const [preview, setPreview] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [returned, setReturned] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const card = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    const [d, l, s] = await Promise.all([call('dossiers.get', { dossierId }), call('queue.dossier', { dossierId }), call('app.status', {})]);
    if (!d.ok) return setError(d.error.message);
    setDetail(d.value);
    if (l.ok) setLife(l.value);
    if (s.ok) setSupervisor(s.value.clerk?.role === 'supervisor');
  }, [dossierId]);

  useEffect(() => {
    void load();
    card.current?.focus();
  }, [load]);

  // An action here, or another counter's on this dossier received from the office hub: show it as it stands now.
  useEffect(() => {
    const reload = () => void load();
    queueChanged.addEventListener('change', reload);
    return () => queueChanged.removeEventListener('change', reload);
  }, [load]);

  const state = detail?.state ?? null;
  const allowed = ACTIONS.filter((a) => state !== null && canApply(a.action, state as DossierState) && (!a.supervisor || supervisor));
  const hasCode = Boolean(detail?.code);

  async function controlSheet() {
    setError(null);
    const result = await call('queue.controlSheet', { dossierId });
    if (!result.ok) return setError(result.error.message);
    setMessage(result.value.printMessage);
    if (result.value.documentId !== null) setPreview(result.value.documentId);
    await load();
  }

  function done(outcome: ActionDone) {
    setDialog(null);
    setMessage(outcome.message);
    if (outcome.documentId !== null) setPreview(outcome.documentId);
    notifyQueueChanged();
    card.current?.focus();
  }

  /** The single-key actions, for keys typed in this view itself (not in a dialog over it). */
  function keys(event: KeyboardEvent) {
    if (!card.current?.contains(event.target as Node)) return;
    if (event.ctrlKey || event.altKey || event.metaKey || typing(event.target)) return;
    const key = event.key.toLowerCase();
    const found = allowed.find((a) => a.key === key);
    if (found) {
      event.preventDefault();
      setDialog(found.action);
    } else if (key === CONTROL_KEY && hasCode) {
      event.preventDefault();
      void controlSheet();
    } else if (key === CORRECT_KEY && detail) {
      event.preventDefault();
      setDialog('correct');
    }
  }

  const close = () => {
    setDialog(null);
    card.current?.focus();
  };
  const dialogProps = { dossierId, onClose: close, onDone: done };

  return (
    <Layer className="overlay q-dossier" label={`${t.dossierTitle} ${detail?.code ?? ''}`} onClose={onClose}>
      <div className="card q-dossier__card" ref={card} tabIndex={-1} onKeyDown={keys}>
        <header className="q-dossier__head">
          <h2>
            {t.dossierTitle} <span data-testid="dossier-view-code">{detail?.code ?? ''}</span>
          </h2>
          {state ? (
            <span className="q-state" data-testid="dossier-state">
              {dossierStateNames[state]}
            </span>
          ) : null}
          {life ? <Urgency urgency={life.urgency} daysLeft={life.daysLeft} unit={life.timeLimitUnit} /> : null}
          <button type="button" onClick={onClose}>
            {t.close} <Kbd>Esc</Kbd>
          </button>
        </header>
        <FormError message={error} />
        {!detail ? <p>{t.loading}</p> : null}
        {detail ? (
          <>
            <section aria-label={t.actions} className="q-dossier__actions actions">
              {allowed.map((a) => (
                <button key={a.action} type="button" onClick={() => setDialog(a.action)}>
                  {t.actionNames[a.action]} <Kbd>{a.key.toUpperCase()}</Kbd>
                </button>
              ))}
              {hasCode ? (
                <button type="button" onClick={() => void controlSheet()}>
                  {t.actionNames.control} <Kbd>{CONTROL_KEY.toUpperCase()}</Kbd>
                </button>
              ) : null}
              <button type="button" onClick={() => setDialog('correct')}>
                {t.actionNames.correct} <Kbd>{CORRECT_KEY.toUpperCase()}</Kbd>
              </button>
            </section>
            {message ? (
              <p className="q-dossier__message" role="status" data-testid="action-message">
                {message}
              </p>
            ) : null}
            {returned ? <ReturnFollowUp dossierId={dossierId} /> : null}
            <Facts detail={detail} life={life} />
            <h3>{t.components}</h3>
            <table className="table">
              <tbody>
                {detail.components.map((c) => (
                  <tr key={c.key}>
                    <td>{c.name}</td>
                    <td>{c.count}</td>
                    <td>{c.coveredBy ? `${STATUS_MARKS.not_needed}${t.coveredBy(c.coveredBy)}` : `${STATUS_MARKS[c.status] ?? '✗ '}${intakeUi.statuses[c.status as keyof typeof intakeUi.statuses] ?? c.status}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>{t.documents}</h3>
            {detail.documents.length === 0 ? <p className="muted">{t.noDocumentsHere}</p> : null}
            <ul className="q-docs">
              {detail.documents.map((d) => (
                <li key={d.documentId}>
                  <button type="button" onClick={() => setPreview(d.documentId)} aria-pressed={preview === d.documentId}>
                    {t.open}: {documentsUi.kinds[d.kind as keyof typeof documentsUi.kinds] ?? d.kind} — {vnTime(d.issuedAt)}
                  </button>
                </li>
              ))}
            </ul>
            {preview !== null ? <DocumentPreview documentId={preview} /> : null}
            {dossierPanels.map((Panel, i) => (
              <Panel key={i} dossierId={dossierId} state={detail.state} />
            ))}
            <History history={detail.history} />
          </>
        ) : null}
      </div>
      {dialog === 'handOver' ? <HandOverDialog {...dialogProps} /> : null}
      {dialog === 'requestSupplement' ? <RequestSupplementDialog {...dialogProps} /> : null}
      {dialog === 'receiveSupplement' ? <ReceiveSupplementDialog {...dialogProps} /> : null}
      {dialog === 'receiveResult' ? <ReceiveResultDialog {...dialogProps} /> : null}
      {dialog === 'stop' ? <StopDialog {...dialogProps} /> : null}
      {dialog === 'correct' && detail ? <CorrectionDialog {...dialogProps} current={correctable(detail)} supervisor={supervisor} /> : null}
      {dialog === 'apologise' ? <ApologyDialog {...dialogProps} currentDueDate={life?.currentDueDate ?? null} /> : null}
      {dialog === 'returnResult' ? (
        <ReturnDialog
          dossierId={dossierId}
          onClose={close}
          onReturned={(outcome) => {
            setReturned(true);
            done({ message: [t.returned(outcome.code), outcome.printMessage].filter(Boolean).join(' '), documentId: outcome.documentId });
          }}
        />
      ) : null}
    </Layer>
  );
}

/** The values the correction form starts from: what the dossier recorded. */
function correctable(detail: Detail): Record<keyof typeof t.correction.fields, string> {
  return {
    'applicant.fullName': detail.applicant.fullName,
    'applicant.phone': detail.applicant.phone ?? '',
    'applicant.address': detail.applicant.address ?? '',
    'applicant.email': detail.applicant.email ?? '',
    setCount: String(detail.setCount),
    channelReference: detail.channelReference ?? '',
    deliveryAddress: detail.deliveryAddress ?? '',
  };
}

function correctionText(c: NonNullable<Detail['history'][number]['correction']>): string {
  const name = (t.correction.fields as Record<string, string>)[c.field] ?? c.field;
  return t.correction.changed(name, c.oldValue ?? t.correction.empty, c.newValue ?? t.correction.empty);
}

function Facts({ detail, life }: { detail: Detail; life: Lifecycle | null }) {
  const f = t.facts;
  // The intake is the first step of the history: with the office hub, often another counter's.
  const intake = detail.history[0];
  const rows: [string, string][] = [
    [f.procedure, detail.procedureName],
    [f.applicant, detail.applicant.fullName],
    [f.personalId, detail.applicant.personalId ?? ''],
    [identityWords.documentType, detail.applicant.documentType ? (identityText({ ...detail.applicant, personalId: null }) ?? '') : ''],
    [f.phone, detail.applicant.phone ?? ''],
    [f.address, detail.applicant.address ?? ''],
    [f.receivedAt, vnTime(detail.receivedAt)],
    [f.receivedBy, intake ? t.receivedBy(intake.counter, intake.clerkName) : ''],
    [f.dueAt, vnTime(life?.dueAt ?? detail.dueAt)],
    [f.extendedDueAt, vnTime(life?.extendedDueAt)],
    [f.department, life?.department ?? ''],
    [f.resultNumber, detail.resultNumber ?? ''],
    [f.delivery, t.delivery[detail.resultDelivery]],
    [f.returnedAt, vnTime(life?.returnedAt)],
    [f.timing, life?.timing ? t.timing[life.timing] : ''],
  ];
  return (
    <dl className="q-facts">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function History({ history }: { history: Detail['history'] }) {
  const c = t.historyColumns;
  return (
    <>
      <h3>{t.history}</h3>
      <table className="table" data-testid="dossier-history">
        <thead>
          <tr>
            <th>{c.at}</th>
            <th>{c.action}</th>
            <th>{c.clerk}</th>
            <th>{c.counter}</th>
            <th>{c.reason}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h, i) => (
            <tr key={i}>
              <td>{vnTime(h.at)}</td>
              <td>
                {(dossierActionNames as Record<string, string>)[h.action] ?? h.action}
                {h.refused ? <em data-testid="refused-step"> — {t.refusedStep}</em> : null}
              </td>
              <td>{h.clerkName}</td>
              <td>{t.counter(h.counter)}</td>
              <td>{[h.reason, h.correction ? correctionText(h.correction) : null].filter(Boolean).join(' — ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
