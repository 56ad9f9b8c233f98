// @runs: renderer
// Step 3 for the decisions that need words: the guidance slip's reason, the
// refusal's reasons, the result handed over on the spot; and finding a
// guidance request when the citizen comes back.
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { intakeUi as t } from '../../src-main/shared/vi/intake';
import { formatVnDate } from '../../src-main/shared/time';
import { call } from '../api';
import { ActionDialog, TextBox } from '../ui/dialog';
import { Field } from '../ui/form';

/** "Hồ sơ mới" over a form already saved as a draft: keep the draft for later, or discard it. */
export function NewIntakeDialog({ onClose, onConfirm }: { onClose: () => void; onConfirm: (keep: boolean) => void }) {
  const [keep, setKeep] = useState(true);
  return (
    <ActionDialog title={t.newIntakeTitle} busy={false} error={null} onClose={onClose} onSubmit={() => onConfirm(keep)}>
      <fieldset aria-label={t.newIntakeTitle}>
        <label className="check">
          <input type="radio" name="new-intake" checked={keep} onChange={() => setKeep(true)} autoFocus />
          {t.newIntakeKeep}
        </label>
        <label className="check">
          <input type="radio" name="new-intake" checked={!keep} onChange={() => setKeep(false)} />
          {t.newIntakeDiscard}
        </label>
      </fieldset>
    </ActionDialog>
  );
}

export function GuidanceDialog({ missing, error, message, onClose, onConfirm }: { missing: string[]; error?: string; message: string | null; onClose: () => void; onConfirm: (reason: string) => void }) {
  const [reason, setReason] = useState<string>(t.guidanceDefaultReason);
  return (
    <ActionDialog title={t.guidance} busy={false} error={message} onClose={onClose} onSubmit={() => onConfirm(reason)}>
      <p>{t.guidanceItems}</p>
      <ul>
        {missing.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <TextBox label={t.guidanceReason} field="reason" value={reason} onChange={setReason} error={error} rows={4} autoFocus />
    </ActionDialog>
  );
}

export function RefusalDialog({ error, message, onClose, onConfirm }: { error?: string; message: string | null; onClose: () => void; onConfirm: (reasons: string[]) => void }) {
  const [text, setText] = useState('');
  const reasons = () => text.split('\n').map((r) => r.trim()).filter(Boolean);
  return (
    <ActionDialog title={t.refuse} busy={false} error={message} onClose={onClose} onSubmit={() => onConfirm(reasons())}>
      <TextBox label={t.refuseReasons} field="reasons" value={text} onChange={setText} error={error} rows={4} autoFocus />
    </ActionDialog>
  );
}

export function OnTheSpotDialog({ receiver, errors, message, onClose, onConfirm }: { receiver: string; errors: Record<string, string>; message: string | null; onClose: () => void; onConfirm: (result: { resultNumber: string; receiverName: string }) => void }) {
  const [resultNumber, setResultNumber] = useState('');
  const [receiverName, setReceiverName] = useState(receiver);
  return (
    <ActionDialog title={t.onTheSpot} busy={false} error={message} onClose={onClose} onSubmit={() => onConfirm({ resultNumber, receiverName })}>
      <Field label={t.resultNumber} field="resultNumber" value={resultNumber} onChange={(e) => setResultNumber(e.target.value)} error={errors.resultNumber} autoFocus autoComplete="off" />
      <Field label={t.receiverName} field="receiverName" value={receiverName} onChange={(e) => setReceiverName(e.target.value)} error={errors.receiverName} autoComplete="off" />
    </ActionDialog>
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
    <ActionDialog title={t.returning} busy={false} error={null} onClose={onClose} onSubmit={pick}>
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
    </ActionDialog>
  );
}
