// @runs: renderer
// Xung đột đồng bộ: the conflicts the hub's order flagged, opened from the
// footer's count or from a dossier. One conflict shows both histories side by
// side (what the hub's order accepted; the action taken while disconnected)
// and, for a supervisor, the settlement: which outcome stands and why
// (Ctrl+Enter records it). Esc goes back to the list, then closes.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { dossierActionNames, dossierStateNames } from '../../src-main/shared/vi/intake';
import { hubWords } from '../../src-main/shared/vi/hub';
import { call } from '../api';
import { notifyQueueChanged } from '../queue/events';
import { vnTime } from '../queue/format';
import { TextBox } from '../ui/dialog';
import { FormError, Kbd, useFieldErrors } from '../ui/form';
import { Layer } from '../ui/layers';

const w = hubWords.conflicts;
type Conflict = Output<'hub.conflicts'>['conflicts'][number];
type Detail = Output<'hub.conflict'>;
type Step = Detail['accepted'][number];

const actionName = (action: string) => dossierActionNames[action as keyof typeof dossierActionNames] ?? action;
const stateName = (state: string | null) => (state ? (dossierStateNames[state as keyof typeof dossierStateNames] ?? state) : '');

export interface ConflictsDialogProps {
  /** Open on this conflict directly. */
  changeId?: string | undefined;
  /** Only this dossier's conflicts. */
  dossierId?: number | undefined;
  onClose: () => void;
  onOpenDossier?: ((dossierId: number) => void) | undefined;
}

export function ConflictsDialog({ changeId, dossierId, onClose, onOpenDossier }: ConflictsDialogProps) {
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [open, setOpen] = useState<string | null>(changeId ?? null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await call('hub.conflicts', dossierId === undefined ? {} : { dossierId });
    if (!result.ok) return setError(result.error.message);
    setConflicts(result.value.conflicts);
  }, [dossierId]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Layer className="overlay" label={w.title} onClose={open !== null && changeId === undefined ? () => setOpen(null) : onClose}>
      <div className="card card--wide conflicts" data-testid="conflicts">
        <h2>{w.title}</h2>
        <p className="muted">{w.intro}</p>
        <FormError message={error} />
        {open !== null ? (
          <ConflictDetail changeId={open} onSettled={() => void load()} onOpenDossier={onOpenDossier} />
        ) : (
          <ConflictList conflicts={conflicts} onOpen={setOpen} />
        )}
        <div className="actions">
          {open !== null && changeId === undefined ? (
            <button type="button" onClick={() => setOpen(null)}>
              {w.back} <Kbd>Esc</Kbd>
            </button>
          ) : null}
          <button type="button" onClick={onClose}>
            {w.close}
            {open === null || changeId !== undefined ? <Kbd>Esc</Kbd> : null}
          </button>
        </div>
      </div>
    </Layer>
  );
}

function ConflictList({ conflicts, onOpen }: { conflicts: Conflict[] | null; onOpen: (changeId: string) => void }) {
  if (conflicts === null) return null;
  if (conflicts.length === 0) return <p>{w.none}</p>;
  return (
    <table className="table" aria-label={w.title}>
      <thead>
        <tr>
          <th>{w.dossier}</th>
          <th>{w.columns.action}</th>
          <th>{w.columns.counter}</th>
          <th>{w.detected}</th>
          <th>{w.status}</th>
        </tr>
      </thead>
      <tbody>
        {conflicts.map((c, i) => (
          <tr key={c.changeId} data-testid="conflict-row">
            <td>
              <button type="button" onClick={() => onOpen(c.changeId)} autoFocus={i === 0}>
                {c.dossierCode ?? c.dossierId}
              </button>
            </td>
            <td>{actionName(c.action)}</td>
            <td>{hubWords.scope.counterName(c.origin)}</td>
            <td>{vnTime(c.detectedAt)}</td>
            <td className={c.settlement ? 'conflict__settled' : undefined}>{c.settlement ? w.kept[c.settlement.kept] : w.waiting}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function History({ title, steps, className }: { title: string; steps: Step[]; className?: string }) {
  const c = w.columns;
  return (
    <section className={className} aria-label={title}>
      <h3>{title}</h3>
      <table className="table">
        <thead>
          <tr>
            <th>{c.at}</th>
            <th>{c.counter}</th>
            <th>{c.clerk}</th>
            <th>{c.action}</th>
            <th>{c.before}</th>
            <th>{c.after}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => (
            <tr key={i}>
              <td>{vnTime(s.at)}</td>
              <td>{s.counter}</td>
              <td>{s.clerkName}</td>
              <td>
                {actionName(s.action)}
                {s.reason ? <div className="muted">{w.reasonLabel(s.reason)}</div> : null}
              </td>
              <td>{stateName(s.fromState)}</td>
              <td>{stateName(s.toState)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ConflictDetail({ changeId, onSettled, onOpenDossier }: { changeId: string; onSettled: () => void; onOpenDossier?: ((dossierId: number) => void) | undefined }) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [supervisor, setSupervisor] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [justSettled, setJustSettled] = useState(false);
  const settledLine = useRef<HTMLParagraphElement>(null);

  const load = useCallback(async () => {
    const [d, s] = await Promise.all([call('hub.conflict', { changeId }), call('app.status', {})]);
    if (!d.ok) return setError(d.error.message);
    setDetail(d.value);
    if (s.ok) setSupervisor(s.value.clerk?.role === 'supervisor');
  }, [changeId]);

  useEffect(() => {
    void load();
  }, [load]);

  // The form the focus was in is gone once settled: the focus goes to what was recorded.
  useEffect(() => {
    if (justSettled && detail?.conflict.settlement) settledLine.current?.focus();
  }, [justSettled, detail]);

  if (!detail) return <FormError message={error} />;
  const { conflict } = detail;
  const settlement = conflict.settlement;
  return (
    <div className="stack" data-testid="conflict-detail">
      <h3>
        {w.dossier} {conflict.dossierCode} — {w.stateNow(stateName(detail.state))}
      </h3>
      <div className="conflict__sides">
        <History title={w.accepted} steps={detail.accepted} />
        <History title={w.disconnected} steps={detail.disconnected} className="conflict__losing" />
      </div>
      {settlement ? (
        <p className="conflict__settled" role="status" data-testid="conflict-settlement" tabIndex={-1} ref={settledLine}>
          {w.settled(settlement.clerkName, settlement.counter, vnTime(settlement.at))}: {w.kept[settlement.kept]}. {w.reasonLabel(settlement.reason)}
        </p>
      ) : supervisor ? (
        <SettleForm
          changeId={changeId}
          onDone={() => {
            setJustSettled(true);
            notifyQueueChanged();
            onSettled();
            void load();
          }}
        />
      ) : (
        <p className="muted">{w.supervisorOnly}</p>
      )}
      {onOpenDossier ? (
        <div className="actions">
          <button type="button" onClick={() => onOpenDossier(conflict.dossierId)}>
            {w.openDossier}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function SettleForm({ changeId, onDone }: { changeId: string; onDone: () => void }) {
  const [kept, setKept] = useState<'accepted' | 'disconnected'>('accepted');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const fields = useFieldErrors();

  async function submit() {
    if (busy) return;
    fields.clear();
    setBusy(true);
    const result = await call('hub.settleConflict', { changeId, kept, reason });
    setBusy(false);
    if (!result.ok) return fields.show(result.error);
    onDone();
  }

  function keys(event: KeyboardEvent) {
    if (event.key === 'Enter' && event.ctrlKey) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form
      className="stack"
      onKeyDown={keys}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="settle-form"
    >
      <fieldset>
        <legend>{w.settle}</legend>
        {(['accepted', 'disconnected'] as const).map((value) => (
          <label key={value} className="scope__option">
            <input type="radio" name="kept" value={value} checked={kept === value} onChange={() => setKept(value)} autoFocus={value === 'accepted'} />
            {value === 'accepted' ? w.keepAccepted : w.keepDisconnected}
          </label>
        ))}
      </fieldset>
      <TextBox label={w.reason} field="reason" value={reason} onChange={setReason} error={fields.errors.reason} />
      <FormError message={fields.formError} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {w.confirm} <Kbd>Ctrl+Enter</Kbd>
        </button>
      </div>
    </form>
  );
}
