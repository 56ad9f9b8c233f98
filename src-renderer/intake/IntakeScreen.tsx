// @runs: renderer
// The screen a clerk lives in: pick the procedure, record the applicant, tick
// the papers, then decide — accept (F9), guidance (F8), refuse (Shift+F8) or
// resolve on the spot (Shift+F9). The form is saved as a draft as the clerk types.
import { useCallback, useEffect, useRef, useState } from 'react';
import { outstandingEntries } from '../../src-main/catalogue/groups';
import type { ProcedureComponent, ProcedureSummary, ProcedureVersion } from '../../src-main/catalogue/model';
import { printedTime } from '../../src-main/documents/format';
import { parseChipCardQr } from '../../src-main/people/identifiers';
import { componentDefaults, intakeUi as t } from '../../src-main/shared/vi/intake';
import { call, type ApiError } from '../api';
import type { SectionProps } from '../shell/Shell';
import { FormError, Kbd, useFieldErrors } from '../ui/form';
import { ApplicantFields, fromRecord } from './ApplicantFields';
import { allReceived, ComponentChecklist, componentStatus } from './ComponentChecklist';
import { GuidanceDialog, NewIntakeDialog, OnTheSpotDialog, RefusalDialog, ReturningDialog } from './DecisionDialogs';
import { DirectoryConflict, useDirectoryConflict } from './DirectoryConflict';
import { Drafts } from './Drafts';
import { applicantFromCard, draftContent, emptyIntake, stateFromDraft, toFormInput, type ComponentStatus, type IntakeState } from './intake-state';
import { Outcome, type OutcomeView } from './Outcome';
import { ProcedurePicker } from './ProcedurePicker';
import { useIntakeKeys } from './keys';

type Dialog = 'guidance' | 'refuse' | 'onTheSpot' | 'returning' | 'newIntake' | null;

export function IntakeScreen(_props: SectionProps) {
  const [state, setState] = useState<IntakeState>(emptyIntake);
  const [procedure, setProcedure] = useState<ProcedureVersion | null>(null);
  const [draftId, setDraftId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [outcome, setOutcome] = useState<OutcomeView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [updateDirectory, setUpdateDirectory] = useState(false);
  const conflict = useDirectoryConflict(state);
  const dirty = useRef(false);
  const { errors, formError, clear, show } = useFieldErrors();
  const dayClosed = useDayClosed();

  const update = useCallback((patch: Partial<IntakeState>) => {
    dirty.current = true;
    setState((s) => ({ ...s, ...patch }));
  }, []);

  const loadProcedure = useCallback(async (procedureId: string) => {
    const result = await call('catalogue.get', { procedureId });
    if (result.ok) setProcedure(result.value.procedure.current);
  }, []);

  function pickProcedure(picked: ProcedureSummary) {
    update({ procedureId: picked.procedureId, procedureName: picked.name, components: {} });
    void loadProcedure(picked.procedureId).then(() => focus('#intake-personal-id, [data-field="form.applicant.fullName"]'));
  }

  function reset() {
    dirty.current = false;
    setState(emptyIntake());
    setProcedure(null);
    setDraftId(null);
    setOutcome(null);
    setNotice(null);
    setUpdateDirectory(false);
    clear();
  }

  /** "Hồ sơ mới": with a draft of the open form saved, the clerk first says whether to keep it. */
  function newIntake() {
    if (draftId !== null) setDialog('newIntake');
    else reset();
  }

  async function startAfresh(keep: boolean) {
    setDialog(null);
    if (!keep && draftId !== null) {
      const result = await call('intake.discardDraft', { draftId });
      if (!result.ok) return show(result.error);
    }
    reset();
    focus('#intake-procedure');
  }

  // Save the half-filled form as the clerk types, so nothing is lost.
  useEffect(() => {
    if (!dirty.current || outcome) return;
    const timer = window.setTimeout(() => {
      void call('intake.saveDraft', { content: draftContent(state), ...(draftId ? { draftId } : {}) }).then((r) => {
        if (r.ok) setDraftId(r.value.draftId);
      });
    }, 400);
    return () => window.clearTimeout(timer);
  }, [state, draftId, outcome]);

  async function resumeDraft(id: number) {
    const result = await call('intake.loadDraft', { draftId: id });
    const restored = result.ok ? stateFromDraft(result.value.content) : null;
    if (!restored) return;
    reset();
    setState(restored);
    setDraftId(id);
    if (restored.procedureId) await loadProcedure(restored.procedureId);
  }

  async function resumeGuidance(dossierId: number) {
    setDialog(null);
    const result = await call('dossiers.get', { dossierId });
    if (!result.ok) return show(result.error);
    const d = result.value;
    const a = d.applicant;
    reset();
    update({
      procedureId: d.procedureId,
      procedureName: d.procedureName,
      guidanceDossierId: d.dossierId,
      applicant: fromRecord({ ...a, id: d.dossierId }),
      channel: d.channel,
      channelReference: d.channelReference ?? '',
      resultDelivery: d.resultDelivery,
      deliveryAddress: d.deliveryAddress ?? '',
      setCount: String(d.setCount),
      components: returningComponents(d.components),
    });
    await loadProcedure(d.procedureId);
    focus('.checklist__tick');
  }

  function failed(error: ApiError) {
    setBusy(false);
    if (error.field && !error.field.startsWith('form.') && dialog !== null) return show(error);
    if (error.field?.startsWith('form.')) setDialog(null);
    show(error);
  }

  const common = () => ({
    form: toFormInput(state),
    ...(draftId ? { draftId } : {}),
    ...(state.guidanceDossierId ? { guidanceDossierId: state.guidanceDossierId } : {}),
    ...(conflict && updateDirectory ? { updateDirectory: true } : {}),
  });

  async function accept() {
    clear();
    setBusy(true);
    const result = await call('intake.accept', common());
    setBusy(false);
    if (!result.ok) return failed(result.error);
    const v = result.value;
    setOutcome({ title: t.outcome.accepted, lines: [t.outcome.appointment(printedTime(v.dueAt))], documentId: v.documentId, printMessage: v.printMessage, code: v.code });
  }

  async function issueGuidance(reason: string) {
    clear();
    setBusy(true);
    const result = await call('intake.issueGuidance', { ...common(), reason });
    setBusy(false);
    if (!result.ok) return failed(result.error);
    setDialog(null);
    setOutcome({ title: t.outcome.guidance, lines: [], documentId: result.value.documentId, printMessage: result.value.printMessage, code: null });
  }

  async function refuse(reasons: string[]) {
    clear();
    setBusy(true);
    const result = await call('intake.refuse', { ...common(), reasons });
    setBusy(false);
    if (!result.ok) return failed(result.error);
    setDialog(null);
    setOutcome({ title: t.outcome.refused, lines: [], documentId: result.value.documentId, printMessage: result.value.printMessage, code: null });
  }

  async function resolveOnTheSpot(result: { resultNumber: string; receiverName: string }) {
    clear();
    setBusy(true);
    const r = await call('intake.resolveOnTheSpot', { ...common(), ...result });
    setBusy(false);
    if (!r.ok) return failed(r.error);
    setDialog(null);
    setOutcome({ title: t.outcome.onTheSpot, lines: [], documentId: r.value.documentId, printMessage: r.value.printMessage, code: r.value.code, ratingDossierId: r.value.dossierId });
  }

  useIntakeKeys({
    enabled: dialog === null && outcome === null && !busy,
    onProcedure: () => (procedure ? (setProcedure(null), update({ procedureId: '', procedureName: '', components: {} })) : focus('#intake-procedure')),
    onApplicant: () => focus('#intake-personal-id, [data-field="form.applicant.fullName"]'),
    onChecklist: () => focus('.checklist__tick'),
    onTickAll: () => procedure && update({ components: allReceived(procedure.components, state.components) }),
    onReturning: () => setDialog('returning'),
    onGuidance: () => setDialog('guidance'),
    onRefuse: () => setDialog('refuse'),
    onAccept: () => void accept(),
    onOnTheSpot: () => setDialog('onTheSpot'),
  });

  // A 2D scanner types the chip card's QR string and Enter into whatever field has focus.
  function onScan(event: React.KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLInputElement;
    if (event.key !== 'Enter' || target.tagName !== 'INPUT' || !target.value.includes('|')) return;
    const start = target.value.search(/\d{12}\|/);
    const card = start >= 0 ? parseChipCardQr(target.value.slice(start)) : null;
    if (!card) return;
    event.preventDefault();
    event.stopPropagation();
    const before = target.value.slice(0, start);
    setState((s) => {
      const restored = restoreField(s, target.dataset.field, before);
      return { ...restored, applicant: applicantFromCard(card, restored.applicant) };
    });
    dirty.current = true;
    setNotice(t.scanned);
  }

  if (outcome) return <Outcome outcome={outcome} onNew={reset} />;

  const missing = missingNames(procedure?.components ?? [], state.components);

  return (
    <div className="intake stack" onKeyDownCapture={onScan}>
      <header className="intake__head">
        <h1>{t.title}</h1>
        <div className="actions">
          <button type="button" onClick={() => setDialog('returning')}>
            {t.returning} <Kbd>F6</Kbd>
          </button>
          <button type="button" onClick={newIntake}>
            {t.newIntake}
          </button>
        </div>
      </header>
      {dayClosed ? (
        <p className="banner" role="alert" data-testid="day-closed-banner">
          {t.dayClosedBanner}
        </p>
      ) : null}
      <Drafts currentDraftId={draftId} onResume={(id) => void resumeDraft(id)} />
      {state.guidanceDossierId ? <p className="banner">{t.returningBanner(state.applicant.fullName)}</p> : null}
      {notice ? (
        <p className="banner" role="status">
          {notice}
        </p>
      ) : null}
      <section aria-label={t.procedureSection}>
        {procedure ? (
          <div className="intake__procedure">
            <strong>{procedure.name}</strong>
            <span className="muted">{t.timeLimit(procedure.timeLimitDays, procedure.timeLimitUnit)}</span>
            {procedure.onTheSpot ? <span className="badge">{t.onTheSpotBadge}</span> : null}
            <button type="button" onClick={() => { setProcedure(null); update({ procedureId: '', procedureName: '', components: {} }); }}>
              {t.changeProcedure} <Kbd>F2</Kbd>
            </button>
          </div>
        ) : (
          <ProcedurePicker onPick={pickProcedure} error={errors['form.procedureId']} />
        )}
      </section>
      <ApplicantFields
        state={state}
        errors={errors}
        onChange={update}
        notice={
          conflict ? (
            <DirectoryConflict conflict={conflict} typed={state.applicant} updateDirectory={updateDirectory} onUpdateDirectory={setUpdateDirectory} onUseKnown={(applicant) => (update({ applicant }), focus('[data-field="form.applicant.fullName"]'))} />
          ) : null
        }
      />
      {procedure ? <ComponentChecklist components={procedure.components} state={state.components} error={errors['form.components']} onChange={(components) => update({ components })} /> : null}
      <FormError message={formError} />
      <div className="decisions" aria-label={t.decisionSection}>
        <button type="button" className="primary" disabled={busy || !procedure} onClick={() => void accept()}>
          {t.accept} <Kbd>F9</Kbd>
        </button>
        {procedure?.onTheSpot ? (
          <button type="button" disabled={busy} onClick={() => setDialog('onTheSpot')}>
            {t.onTheSpot} <Kbd>Shift+F9</Kbd>
          </button>
        ) : null}
        <button type="button" disabled={busy || !procedure} onClick={() => setDialog('guidance')}>
          {t.guidance} <Kbd>F8</Kbd>
        </button>
        <button type="button" disabled={busy || !procedure} onClick={() => setDialog('refuse')}>
          {t.refuse} <Kbd>Shift+F8</Kbd>
        </button>
        {busy ? <span role="status">{t.busy}</span> : null}
      </div>
      {dialog === 'guidance' ? <GuidanceDialog missing={missing} error={errors.reason} message={formError} onClose={() => setDialog(null)} onConfirm={(reason) => void issueGuidance(reason)} /> : null}
      {dialog === 'refuse' ? <RefusalDialog error={errors.reasons ?? errors['reasons.0']} message={formError} onClose={() => setDialog(null)} onConfirm={(reasons) => void refuse(reasons)} /> : null}
      {dialog === 'onTheSpot' ? <OnTheSpotDialog receiver={state.hasSubmitter ? state.submitter.fullName : state.applicant.fullName} errors={errors} message={formError} onClose={() => setDialog(null)} onConfirm={(r) => void resolveOnTheSpot(r)} /> : null}
      {dialog === 'newIntake' ? <NewIntakeDialog onClose={() => setDialog(null)} onConfirm={(keep) => void startAfresh(keep)} /> : null}
      {dialog === 'returning' ? <ReturningDialog onClose={() => setDialog(null)} onPick={(id) => void resumeGuidance(id)} /> : null}
    </div>
  );
}

/** Whether today is already closed at this counter: then no intake can be recorded, and the screen says so first. */
function useDayClosed(): boolean {
  const [closed, setClosed] = useState(false);
  useEffect(() => {
    void call('endOfDay.status', {}).then((r) => setClosed(r.ok && r.value.closure?.status === 'closed'));
  }, []);
  return closed;
}

/**
 * The papers of a dossier that got guidance, as the citizen brings it back: the statuses stay, but the notes
 * on what was missing or faulty belong to the guidance slip, not to the final receipt.
 */
function returningComponents(components: { key: string; status: string; note: string | null }[]): IntakeState['components'] {
  return Object.fromEntries(
    components.map((c) => [c.key, { status: c.status as ComponentStatus, note: c.status === 'received' ? (c.note ?? '') : '' }]),
  );
}

function focus(selector: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** Puts back what a field held before the scanner typed into it. */
function restoreField(state: IntakeState, field: string | undefined, value: string): IntakeState {
  const name = field?.startsWith('form.applicant.') ? (field.slice('form.applicant.'.length) as keyof IntakeState['applicant']) : null;
  if (name && name in state.applicant) return { ...state, applicant: { ...state.applicant, [name]: value } };
  return state;
}

/** What the guidance dialog lists: each missing or faulty paper, a "one of" group named once (catalogue/groups.ts). */
function missingNames(components: ProcedureComponent[], checked: IntakeState['components']): string[] {
  const withStatus = components.map((c) => ({ ...c, status: componentStatus(c, checked) }));
  return outstandingEntries(withStatus).map((e) => (e.group === null ? (e.members[0]?.name ?? '') : componentDefaults.oneOfTitle(e.members.map((c) => c.name))));
}
