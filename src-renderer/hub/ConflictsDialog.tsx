// @runs: renderer
// Xung đột đồng bộ: the conflicts the hub's order flagged, opened from the
// footer's count or from a dossier. One conflict shows both histories side by
// side (what the hub's order accepted; the action taken while disconnected),
// each step with what its event says, and, for a supervisor, the settlement:
// which outcome stands and why (Ctrl+Enter records it). Esc goes back to the
// list, then closes. The actions stay in view however long the histories.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { Output } from '../../src-main/api/contract';
import { dossierActionNames, dossierStateNames } from '../../src-main/shared/vi/intake';
import { hubWords } from '../../src-main/shared/vi/hub';
import { call } from '../api';
import { notifyQueueChanged } from '../queue/events';
import { vnTime } from '../queue/format';
import { DialogCard, TextBox } from '../ui/dialog';
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

  const backable = open !== null && changeId === undefined;
  const closing = (
    <>
      {backable ? (
        <button type="button" onClick={() => setOpen(null)}>
          {w.back} <Kbd>Esc</Kbd>
        </button>
      ) : null}
      <button type="button" onClick={onClose}>
        {w.close}
        {backable ? null : <Kbd>Esc</Kbd>}
      </button>
    </>
  );

  return (
    <Layer className="overlay" label={w.title} onClose={backable ? () => setOpen(null) : onClose}>
      {open !== null ? (
        <ConflictDetail changeId={open} listError={error} closing={closing} onSettled={() => void load()} onOpenDossier={onOpenDossier} />
      ) : (
        <Frame actions={closing}>
          <FormError message={error} />
          <ConflictList conflicts={conflicts} onOpen={setOpen} />
        </Frame>
      )}
    </Layer>
  );
}

/** The dialog's box, the same for the list and one conflict; a form (the settlement) when given onSubmit. */
function Frame({ actions, onSubmit, onKeyDown, children }: { actions: ReactNode; onSubmit?: (event: FormEvent) => void; onKeyDown?: (event: KeyboardEvent) => void; children: ReactNode }) {
  return (
    <DialogCard className="conflicts" testId="conflicts" actions={actions} {...(onSubmit ? { onSubmit } : {})} {...(onKeyDown ? { onKeyDown } : {})}>
      <h2>{w.title}</h2>
      <p className="muted">{w.intro}</p>
      {children}
    </DialogCard>
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
                {/* The details word the reason already (a stop, a supplement); else the reason on its own. */}
                {s.details && s.details !== actionName(s.action) ? <div className="muted">{s.details}</div> : !s.details && s.reason ? <div className="muted">{w.reasonLabel(s.reason)}</div> : null}
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

interface DetailProps {
  changeId: string;
  listError: string | null;
  /** Back to the list and close: the dialog's own actions. */
  closing: ReactNode;
  onSettled: () => void;
  onOpenDossier?: ((dossierId: number) => void) | undefined;
}

function ConflictDetail({ changeId, listError, closing, onSettled, onOpenDossier }: DetailProps) {
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

  if (!detail) {
    return (
      <Frame actions={closing}>
        <FormError message={error ?? listError} />
      </Frame>
    );
  }
  const { conflict } = detail;
  const settlement = conflict.settlement;
  const settling = !settlement && supervisor;
  const actions = (
    <>
      {onOpenDossier ? (
        <button type="button" onClick={() => onOpenDossier(conflict.dossierId)}>
          {w.openDossier}
        </button>
      ) : null}
      {closing}
    </>
  );
  const body = (
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
      ) : settling ? null : (
        <p className="muted">{w.supervisorOnly}</p>
      )}
    </div>
  );
  if (!settling) return <Frame actions={actions}>{body}</Frame>;
  return (
    <SettleForm
      changeId={changeId}
      keepRefusal={detail.keepRefusal}
      actions={actions}
      onRefused={() => void load()}
      onDone={() => {
        setJustSettled(true);
        notifyQueueChanged();
        onSettled();
        void load();
      }}
    >
      {body}
    </SettleForm>
  );
}

type Kept = 'accepted' | 'disconnected';

interface SettleFormProps {
  changeId: string;
  /** Why the disconnected action cannot be kept now (the hub's rule, hub.conflict); null when it can. */
  keepRefusal: string | null;
  actions: ReactNode;
  onRefused: () => void;
  onDone: () => void;
  children: ReactNode;
}

/** The whole dialog as the settlement's form: the histories above the choice, the confirm button with the dialog's actions. */
function SettleForm({ changeId, keepRefusal, actions, onRefused, onDone, children }: SettleFormProps) {
  const [kept, setKept] = useState<Kept>('accepted');
  const [reason, setReason] = useState('');
  const [cleared, setCleared] = useState(false);
  const [busy, setBusy] = useState(false);
  const fields = useFieldErrors();
  const refusalId = useId();

  /** A reason is written for one choice: kept under another, the record would contradict itself. */
  const choose = useCallback(
    (value: Kept) => {
      if (value === kept) return;
      setKept(value);
      if (reason.trim()) {
        setReason('');
        setCleared(true);
      }
    },
    [kept, reason],
  );

  // The dossier moved on since the screen opened (the hub said so at the refusal): the choice that no longer stands is left.
  useEffect(() => {
    if (keepRefusal && kept === 'disconnected') choose('accepted');
  }, [keepRefusal, kept, choose]);

  async function submit() {
    if (busy) return;
    fields.clear();
    setBusy(true);
    const result = await call('hub.settleConflict', { changeId, kept, reason });
    setBusy(false);
    if (result.ok) return onDone();
    fields.show(result.error);
    if (result.error.code === 'CONFLICT') onRefused();
  }

  function keys(event: KeyboardEvent) {
    if (event.key === 'Enter' && event.ctrlKey) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <Frame
      onKeyDown={keys}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      actions={
        <>
          <button type="submit" className="primary" disabled={busy}>
            {w.confirm} <Kbd>Ctrl+Enter</Kbd>
          </button>
          {actions}
        </>
      }
    >
      {children}
      <div className="stack" data-testid="settle-form">
        <fieldset>
          <legend>{w.settle}</legend>
          {(['accepted', 'disconnected'] as const).map((value) => {
            const refused = value === 'disconnected' && keepRefusal !== null;
            return (
              <label key={value} className={refused ? 'scope__option conflict__option--refused' : 'scope__option'}>
                <input
                  type="radio"
                  name="kept"
                  value={value}
                  checked={kept === value}
                  disabled={refused}
                  aria-describedby={refused ? refusalId : undefined}
                  onChange={() => choose(value)}
                  autoFocus={value === 'accepted'}
                />
                {value === 'accepted' ? w.keepAccepted : w.keepDisconnected}
              </label>
            );
          })}
          {keepRefusal ? (
            <p id={refusalId} className="conflict__refusal" data-testid="keep-refusal">
              {keepRefusal}
            </p>
          ) : null}
        </fieldset>
        {/* Above the box, where the eye goes to write the reason again. */}
        {cleared ? (
          <p className="muted" role="status" data-testid="reason-cleared">
            {w.reasonCleared}
          </p>
        ) : null}
        <TextBox
          label={w.reason}
          field="reason"
          value={reason}
          onChange={(value) => {
            setReason(value);
            setCleared(false);
          }}
          error={fields.errors.reason}
        />
        <FormError message={fields.formError} />
      </div>
    </Frame>
  );
}
