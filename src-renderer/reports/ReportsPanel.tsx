// @runs: renderer
// "Cuối ngày" → "Báo cáo": pick a period (today, this month, a range of days)
// and a scope (the counter, clerk by clerk, or the whole office when joined to
// a hub), read the figures and charts, export them to Excel (Alt+E) or PDF
// (Alt+P), and print the Sổ theo dõi hồ sơ of the same days (Alt+S).
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { Input, Output } from '../../src-main/api/contract';
import type { ApiError } from '../../src-main/api/kit';
import { documentsUi } from '../../src-main/shared/vi/documents';
import { reportsUi as t } from '../../src-main/shared/vi/reports';
import { call } from '../api';
import { DocumentPreview } from '../documents/DocumentPreview';
import { useHubJoined } from '../hub/scope';
import { screenKeysAllowed } from '../ui/layers';
import type { SectionProps } from '../shell/Shell';
import { FormError, Kbd, useFieldErrors } from '../ui/form';
import { ClerksTable, CounterReport, CountersTable, Notes, periodText, scopeName } from './ReportView';
import { PeriodPicker, periodDays, type PeriodKind } from './PeriodPicker';
import { useOwnFiguresOnly } from './ReportSettings';

type Report = Output<'reports.build'>;
type Scope = 'counter' | 'clerks' | 'office';
type Busy = 'computing' | 'exporting' | 'register';

const busyText: Record<Busy, string> = { computing: t.computing, exporting: t.exporting, register: documentsUi.registerRendering };

/** The register's refusals name its bare "from"/"to"; on this screen the dates are the period's fields. */
function onPeriodFields(error: ApiError): ApiError {
  const field = (name: string) => (name === 'from' || name === 'to' ? `period.${name}` : name);
  const issues = error.issues?.map((issue) => ({ ...issue, field: field(issue.field) }));
  return { ...error, ...(error.field === undefined ? {} : { field: field(error.field) }), ...(issues ? { issues } : {}) };
}

/** Whether a refusal is about the period's dates: the report on screen is then for days the form no longer holds. */
function refusesPeriod(error: ApiError): boolean {
  return [error.field, ...(error.issues ?? []).map((issue) => issue.field)].some((field) => field?.startsWith('period.'));
}

function periodOf(kind: PeriodKind, from: string, to: string): Input<'reports.build'>['period'] {
  if (kind === 'today') return { kind: 'day' };
  if (kind === 'month') return { kind: 'month' };
  return { kind: 'range', from, to };
}

/** Hands the file to the browser as a download (Blob + a temporary link). */
function download(file: Output<'reports.export'>): boolean {
  if (!file.base64) return false;
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

export function ReportsPanel({ status }: SectionProps) {
  const [kind, setKind] = useState<PeriodKind>('today');
  const [range, setRange] = useState({ from: '', to: '' });
  const [scope, setScope] = useState<Scope>('counter');
  const [clerkId, setClerkId] = useState<number | null>(null);
  const [clerks, setClerks] = useState<{ clerkId: number; name: string }[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [today, setToday] = useState<string | null>(null);
  const [registerId, setRegisterId] = useState<number | null>(null);
  const joined = useHubJoined();
  const [notice, setNotice] = useState<string | null>(null);
  const { errors, formError, clear, show } = useFieldErrors();
  const first = useRef<HTMLInputElement>(null);
  const ownOnly = useOwnFiguresOnly(status.clerk?.role === 'clerk');

  const request = useCallback((): Input<'reports.build'> => {
    const period = periodOf(kind, range.from, range.to);
    if (scope === 'office') return { period, scope: 'office' };
    return scope === 'clerks' && clerkId !== null ? { period, clerkId } : { period };
  }, [kind, range, scope, clerkId]);

  const build = useCallback(async () => {
    if (kind === 'range' && (!range.from || !range.to)) return;
    clear();
    setNotice(null);
    setRegisterId(null);
    setBusy('computing');
    const result = await call('reports.build', request());
    setBusy(null);
    // A refused build leaves no report: the old one would sit under the message with its old period, as if it answered.
    if (!result.ok) {
      setReport(null);
      return show(result.error);
    }
    setReport(result.value);
    if (result.value.clerk === null) setClerks(result.value.byClerk.map(({ clerkId: id, name }) => ({ clerkId: id, name })));
  }, [kind, range, request, clear, show]);

  // Today's and this month's reports come at once; a range waits for both dates.
  useEffect(() => {
    if (kind !== 'range') void build();
  }, [kind, scope, clerkId]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    first.current?.focus();
    void call('endOfDay.status', {}).then((r) => r.ok && setToday(r.value.day));
  }, []);

  const exportAs = useCallback(
    async (format: 'xlsx' | 'pdf') => {
      if (busy) return;
      clear();
      setBusy('exporting');
      const result = await call('reports.export', { ...request(), format });
      setBusy(null);
      if (!result.ok) return show(result.error);
      setNotice(download(result.value) ? `${t.downloaded(result.value.fileName)} ${result.value.message}` : result.value.message);
    },
    [busy, request, clear, show],
  );

  /** Issues the Sổ theo dõi hồ sơ of the chosen days and scope, and shows it in the preview. */
  const printRegister = useCallback(async () => {
    if (busy || !today) return;
    clear();
    setNotice(null);
    if (scope === 'clerks') return show({ code: 'INVALID_INPUT', message: documentsUi.registerNoClerkScope });
    setBusy('register');
    const result = await call('documents.renderRegister', { ...periodDays(kind, today, range), scope: scope === 'office' ? 'office' : 'counter' });
    setBusy(null);
    if (!result.ok) {
      const error = onPeriodFields(result.error);
      if (refusesPeriod(error)) setReport(null);
      return show(error);
    }
    setRegisterId(result.value.documentId);
  }, [busy, today, scope, kind, range, clear, show]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || !screenKeysAllowed()) return;
      const key = event.key.toLowerCase();
      if (key === 'e' || key === 'p') {
        event.preventDefault();
        void exportAs(key === 'e' ? 'xlsx' : 'pdf');
      } else if (event.code === 'KeyS') {
        event.preventDefault();
        void printRegister();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [exportAs, printRegister]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void build();
  }

  const scopes: [Scope, string][] = [
    ['counter', t.scopeCounter],
    ['clerks', t.scopeClerks],
    ...(joined ? [['office', t.scopeOffice] as [Scope, string]] : []),
  ];

  return (
    <section className="stack rep" aria-labelledby="rep-title" aria-busy={busy !== null}>
      <h2 id="rep-title">{t.heading}</h2>
      {ownOnly ? <p className="banner">{t.ownFiguresOnly}</p> : null}
      <form className="rep-toolbar" onSubmit={submit} noValidate>
        <PeriodPicker name="rep-period" kind={kind} onKind={setKind} range={range} onRange={setRange} fields={{ from: 'period.from', to: 'period.to' }} errors={errors} first={first} />
        <fieldset className="rep-choice">
          <legend>{t.scope}</legend>
          {scopes.map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="rep-scope" value={value} checked={scope === value} onChange={() => setScope(value)} /> {label}
            </label>
          ))}
        </fieldset>
        {scope === 'clerks' ? (
          <div className="field">
            <label htmlFor="rep-clerk">{t.clerk}</label>
            <select id="rep-clerk" data-field="clerkId" value={clerkId ?? ''} onChange={(e) => setClerkId(e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t.allClerks}</option>
              {clerks.map((k) => (
                <option key={k.clerkId} value={k.clerkId}>
                  {k.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy !== null}>
            {t.show} <Kbd>Enter</Kbd>
          </button>
          <button type="button" onClick={() => void exportAs('xlsx')} disabled={busy !== null || !report}>
            {t.exportXlsx} <Kbd>Alt+E</Kbd>
          </button>
          <button type="button" onClick={() => void exportAs('pdf')} disabled={busy !== null || !report}>
            {t.exportPdf} <Kbd>Alt+P</Kbd>
          </button>
          <button type="button" onClick={() => void printRegister()} disabled={busy !== null || !today}>
            {documentsUi.registerTitle} <Kbd>Alt+S</Kbd>
          </button>
        </div>
      </form>
      {busy ? (
        <p role="status" className="rep-busy">
          <progress aria-label={busyText[busy]} /> {busyText[busy]}
        </p>
      ) : null}
      <FormError message={formError} />
      {notice ? (
        <p role="status" data-testid="report-notice">
          {notice}
        </p>
      ) : null}
      {registerId !== null ? <DocumentPreview documentId={registerId} /> : null}
      {report ? (
        <div className="stack" data-testid="report">
          <h3>
            {scopeName(report)} — {periodText(report)}
          </h3>
          {report.totals.decisions + report.totals.counts.returned + report.totals.counts.stopped === 0 ? <p className="muted">{t.empty}</p> : null}
          {scope === 'clerks' ? <ClerksTable report={report} /> : null}
          {report.office ? <CountersTable report={report} /> : null}
          <CounterReport report={report} />
          <Notes notes={report.notes} />
        </div>
      ) : null}
    </section>
  );
}
