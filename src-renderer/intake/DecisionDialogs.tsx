// @runs: renderer
// Step 3 for the decisions that need words: the guidance slip's reason, the
// refusal's reasons, the result handed over on the spot; and finding a
// guidance request when the citizen comes back.
import { useEffect, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { Output } from '../../src-main/api/contract';
import { intakeUi as t } from '../../src-main/shared/vi/intake';
import { formatVnDate } from '../../src-main/shared/time';
import { call } from '../api';
import { Field, Kbd } from '../ui/form';

function Dialog({ title, onClose, onSubmit, children }: { title: string; onClose: () => void; onSubmit: () => void; children: ReactNode }) {
  function keys(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' && event.ctrlKey) {
      event.preventDefault();
      onSubmit();
    }
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={title} onKeyDown={keys}>
      <form className="card card--wide" onSubmit={submit}>
        <h2>{title}</h2>
        {children}
        <p className="muted">{t.confirmHint}</p>
        <div className="actions">
          <button type="submit" className="primary">
            {t.confirm} <Kbd>Ctrl+Enter</Kbd>
          </button>
          <button type="button" onClick={onClose}>
            {t.cancel} <Kbd>Esc</Kbd>
          </button>
        </div>
      </form>
    </div>
  );
}

export function GuidanceDialog({ missing, error, onClose, onConfirm }: { missing: string[]; error?: string; onClose: () => void; onConfirm: (reason: string) => void }) {
  const [reason, setReason] = useState<string>(t.guidanceDefaultReason);
  return (
    <Dialog title={t.guidance} onClose={onClose} onSubmit={() => onConfirm(reason)}>
      <p>{t.guidanceItems}</p>
      <ul>
        {missing.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <TextArea label={t.guidanceReason} field="reason" value={reason} onChange={setReason} error={error} />
    </Dialog>
  );
}

export function RefusalDialog({ error, onClose, onConfirm }: { error?: string; onClose: () => void; onConfirm: (reasons: string[]) => void }) {
  const [text, setText] = useState('');
  const reasons = () => text.split('\n').map((r) => r.trim()).filter(Boolean);
  return (
    <Dialog title={t.refuse} onClose={onClose} onSubmit={() => onConfirm(reasons())}>
      <TextArea label={t.refuseReasons} field="reasons" value={text} onChange={setText} error={error} />
    </Dialog>
  );
}

export function OnTheSpotDialog({ receiver, errors, onClose, onConfirm }: { receiver: string; errors: Record<string, string>; onClose: () => void; onConfirm: (result: { resultNumber: string; receiverName: string }) => void }) {
  const [resultNumber, setResultNumber] = useState('');
  const [receiverName, setReceiverName] = useState(receiver);
  return (
    <Dialog title={t.onTheSpot} onClose={onClose} onSubmit={() => onConfirm({ resultNumber, receiverName })}>
      <Field label={t.resultNumber} field="resultNumber" value={resultNumber} onChange={(e) => setResultNumber(e.target.value)} error={errors.resultNumber} autoFocus autoComplete="off" />
      <Field label={t.receiverName} field="receiverName" value={receiverName} onChange={(e) => setReceiverName(e.target.value)} error={errors.receiverName} autoComplete="off" />
    </Dialog>
  );
}

type Pending = Output<'intake.pendingGuidance'>['dossiers'][number];

export function ReturningDialog({ onClose, onPick }: { onClose: () => void; onPick: (dossierId: number) => void }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Pending[]>([]);
  const [highlight, setHighlight] = useState(0);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      void call('intake.pendingGuidance', { query }).then((r) => {
        if (r.ok) {
          setFound(r.value.dossiers);
          setHighlight(0);
        }
      });
    }, 120);
    return () => window.clearTimeout(timer);
  }, [query]);

  function keys(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setHighlight((h) => (h + (event.key === 'ArrowDown' ? 1 : -1) + found.length) % Math.max(found.length, 1));
    }
  }

  const pick = () => {
    const dossier = found[highlight];
    if (dossier) onPick(dossier.dossierId);
  };

  return (
    <Dialog title={t.returning} onClose={onClose} onSubmit={pick}>
      <Field label={t.returningSearch} field="returning" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => { keys(e); if (e.key === 'Enter') { e.preventDefault(); pick(); } }} autoFocus autoComplete="off" />
      {found.length === 0 ? <p className="muted">{t.returningNone}</p> : null}
      <ul className="picker" role="listbox" aria-label={t.returning}>
        {found.map((d, index) => (
          <li key={d.dossierId} role="option" aria-selected={index === highlight} className={index === highlight ? 'picker__item picker__item--active' : 'picker__item'} onMouseDown={(e) => { e.preventDefault(); onPick(d.dossierId); }}>
            <span className="picker__name">{d.applicantName}</span>
            <span className="muted">{d.personalId ?? ''}</span>
            <span>{d.procedureName}</span>
            <span className="muted">{formatVnDate(d.submittedAt)}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

function TextArea({ label, field, value, onChange, error }: { label: string; field: string; value: string; onChange: (value: string) => void; error?: string }) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={`dialog-${field}`}>{label}</label>
      <textarea id={`dialog-${field}`} data-field={field} rows={4} value={value} onChange={(e) => onChange(e.target.value)} maxLength={1000} autoFocus />
      {error ? (
        <small className="field__error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}
