// @runs: renderer
// The forms of the lifecycle actions opened from the dossier view. Each one
// calls its method and reports what was done (and the paper printed, if any).
import { useEffect, useState, type ReactNode } from 'react';
import { queueMessages, queueUi as t } from '../../src-main/shared/vi/queue';
import { call, type ApiError, type Result } from '../api';
import { Field, useFieldErrors } from '../ui/form';
import { DateField } from '../ui/date-field';
import { ActionDialog, TextBox } from '../ui/dialog';
import { vnDay } from './format';

export interface ActionDone {
  message: string;
  documentId: number | null;
}

interface DialogProps {
  dossierId: number;
  onClose: () => void;
  onDone: (done: ActionDone) => void;
}

type Paperish = { documentId?: number | null; printMessage?: string };

/** Runs the call, shows field errors, reports success. */
function useAction(title: string, onDone: DialogProps['onDone']) {
  const [busy, setBusy] = useState(false);
  const fields = useFieldErrors();
  async function run(request: () => Promise<Result<unknown>>) {
    fields.clear();
    setBusy(true);
    const result = await request();
    setBusy(false);
    if (!result.ok) return fields.show(result.error as ApiError);
    const paper = result.value as Paperish;
    onDone({ message: [`${title}: ${t.done}`, paper.printMessage].filter(Boolean).join(' '), documentId: paper.documentId ?? null });
  }
  return { busy, run, ...fields };
}

function Dialog({ title, action, onClose, onSubmit, children }: { title: string; action: ReturnType<typeof useAction>; onClose: () => void; onSubmit: () => void; children: ReactNode }) {
  return (
    <ActionDialog title={title} busy={action.busy} error={action.formError} onClose={onClose} onSubmit={onSubmit}>
      {children}
    </ActionDialog>
  );
}

export function HandOverDialog({ dossierId, onClose, onDone }: DialogProps) {
  const title = t.actionNames.handOver;
  const action = useAction(title, onDone);
  const [departments, setDepartments] = useState<string[]>([]);
  const [department, setDepartment] = useState('');
  const [receiver, setReceiver] = useState('');
  useEffect(() => {
    void call('queue.settings', {}).then((r) => r.ok && setDepartments(r.value.departments));
  }, []);
  return (
    <Dialog title={title} action={action} onClose={onClose} onSubmit={() => void action.run(() => call('queue.handOver', { dossierId, department, receiverName: receiver }))}>
      <Field label={t.department} field="department" list="q-departments" value={department} onChange={(e) => setDepartment(e.target.value)} error={action.errors.department} hint={t.departmentHint} autoFocus />
      <datalist id="q-departments">
        {departments.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      <Field label={t.receiverName} field="receiverName" value={receiver} onChange={(e) => setReceiver(e.target.value)} error={action.errors.receiverName} />
    </Dialog>
  );
}

export function RequestSupplementDialog({ dossierId, onClose, onDone }: DialogProps) {
  const title = t.actionNames.requestSupplement;
  const action = useAction(title, onDone);
  const [reason, setReason] = useState('');
  return (
    <Dialog title={title} action={action} onClose={onClose} onSubmit={() => void action.run(() => call('queue.requestSupplement', { dossierId, reason }))}>
      <TextBox label={t.supplementReason} field="reason" value={reason} onChange={setReason} error={action.errors.reason} autoFocus />
    </Dialog>
  );
}

export function ReceiveSupplementDialog({ dossierId, onClose, onDone }: DialogProps) {
  const title = t.actionNames.receiveSupplement;
  const action = useAction(title, onDone);
  const [documents, setDocuments] = useState('');
  return (
    <Dialog title={title} action={action} onClose={onClose} onSubmit={() => void action.run(() => call('queue.receiveSupplement', { dossierId, documents }))}>
      <TextBox label={t.supplementDocuments} field="documents" value={documents} onChange={setDocuments} error={action.errors.documents} autoFocus />
    </Dialog>
  );
}

/** "Thẻ BHYT x2" → { name: "Thẻ BHYT", count: 2 }; one paper per line. */
export function parseItems(text: string): { name: string; count: number }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(.*?)\s*[xX×]\s*(\d{1,2})$/.exec(line);
      return match ? { name: match[1] as string, count: Number(match[2]) } : { name: line, count: 1 };
    });
}

export function ReceiveResultDialog({ dossierId, onClose, onDone }: DialogProps) {
  const title = t.actionNames.receiveResult;
  const action = useAction(title, onDone);
  const [number, setNumber] = useState('');
  const [items, setItems] = useState('');
  const [deliveredBy, setDeliveredBy] = useState('');
  return (
    <Dialog title={title} action={action} onClose={onClose} onSubmit={() => void action.run(() => call('queue.receiveResult', { dossierId, resultNumber: number, items: parseItems(items), deliveredBy }))}>
      <Field label={t.resultNumber} field="resultNumber" value={number} onChange={(e) => setNumber(e.target.value)} error={action.errors.resultNumber} autoFocus />
      <TextBox label={t.resultItems} field="items" value={items} onChange={setItems} error={action.errors.items ?? Object.entries(action.errors).find(([k]) => k.startsWith('items.'))?.[1]} />
      <Field label={t.deliveredBy} field="deliveredBy" value={deliveredBy} onChange={(e) => setDeliveredBy(e.target.value)} error={action.errors.deliveredBy} />
    </Dialog>
  );
}

export function StopDialog({ dossierId, onClose, onDone }: DialogProps) {
  const title = t.actionNames.stop;
  const action = useAction(title, onDone);
  const [kind, setKind] = useState<'applicantRequest' | 'withdrawn'>('applicantRequest');
  const [reason, setReason] = useState('');
  return (
    <Dialog title={title} action={action} onClose={onClose} onSubmit={() => void action.run(() => call('queue.stop', { dossierId, kind, reason }))}>
      <fieldset>
        <legend>{t.stopKind}</legend>
        <div className="segmented">
          {(['applicantRequest', 'withdrawn'] as const).map((k) => (
            <label key={k} className="check">
              <input type="radio" name="q-stop-kind" checked={kind === k} onChange={() => setKind(k)} autoFocus={k === kind} />
              {queueMessages.stopKinds[k]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextBox label={t.stopReason} field="reason" value={reason} onChange={setReason} error={action.errors.reason} />
    </Dialog>
  );
}

export function ApologyDialog({ dossierId, currentDueDate, onClose, onDone }: DialogProps & { currentDueDate: string | null }) {
  const title = t.actionNames.apologise;
  const action = useAction(title, onDone);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  return (
    <Dialog title={title} action={action} onClose={onClose} onSubmit={() => void action.run(() => call('queue.apologise', { dossierId, reason, newDueDate: date }))}>
      {currentDueDate ? <p className="banner">{t.currentDue(vnDay(currentDueDate))}</p> : null}
      <TextBox label={t.apologyReason} field="reason" value={reason} onChange={setReason} error={action.errors.reason} autoFocus />
      <DateField label={t.newDueDate} field="newDueDate" value={date} onChange={setDate} error={action.errors.newDueDate} />
    </Dialog>
  );
}


type CorrectableField = keyof typeof t.correction.fields;

/**
 * "Sửa thông tin": one field of what the dossier recorded, with a reason, logged in its history.
 * A closed day's dossier is corrected by a supervisor through the day's correction (a new revision of its package).
 */
export function CorrectionDialog({ dossierId, current, supervisor, onClose, onDone }: DialogProps & { current: Record<CorrectableField, string>; supervisor: boolean }) {
  const title = t.actionNames.correct;
  const action = useAction(title, onDone);
  const [field, setField] = useState<CorrectableField>('applicant.fullName');
  const [value, setValue] = useState(current['applicant.fullName']);
  const [reason, setReason] = useState('');
  async function correct() {
    const input = { dossierId, field, value, reason };
    const open = await call('dossiers.correct', input);
    if (!open.ok && open.error.code === 'DAY_CLOSED' && supervisor) return call('endOfDay.correct', input);
    return open;
  }
  return (
    <Dialog title={title} action={action} onClose={onClose} onSubmit={() => void action.run(correct)}>
      <div className="field">
        <label htmlFor="correction-field">{t.correction.field}</label>
        <select id="correction-field" data-field="field" value={field} autoFocus onChange={(e) => { const next = e.target.value as CorrectableField; setField(next); setValue(current[next]); }}>
          {(Object.keys(t.correction.fields) as CorrectableField[]).map((f) => (
            <option key={f} value={f}>
              {t.correction.fields[f]}
            </option>
          ))}
        </select>
      </div>
      <Field label={t.correction.value} field="value" value={value} onChange={(e) => setValue(e.target.value)} error={action.errors.value} autoComplete="off" />
      <TextBox label={t.correction.reason} field="reason" value={reason} onChange={setReason} error={action.errors.reason} />
    </Dialog>
  );
}
