// @runs: main
// The counter's decisions on a submission: accept (code, appointment, receipt),
// ask once for what is missing (guidance slip), refuse, or resolve and return
// on the spot. Each decision is one SQLite transaction; the paper is produced
// after the commit, so a printing problem never loses a confirmed intake.
import { DomainError } from '../api/kit';
import type { TimeLimitUnit } from '../calendar/appointment';
import { lackingEntries, outstandingEntries, type ChecklistEntry } from '../catalogue/groups';
import type { ProcedureComponent, ProcedureVersion } from '../catalogue/model';
import { qb } from '../db/sql';
import { saveApplicant, submitterRecord, type ApplicantDetails } from '../people/applicants';
import { checkDocumentTypes } from '../people/document-types';
import type { Services } from '../services';
import { counterSetting, officeSetting } from '../settings/keys';
import { toVnIso, vnDate } from '../shared/time';
import { intakeMessages as m } from '../shared/vi/intake';
import { allocateCode, codePatternSetting } from './codes';
import type { IntakeForm } from './intake-form';
import { writeApplicantSnapshot } from './applicant-snapshot';
import { discardDraftIn } from './drafts';
import { dossierRow, recordEvent, transition, type Actor } from './store';
import { nextState, type DossierAction, type DossierState } from './states';

export interface CheckedComponent extends ProcedureComponent {
  position: number;
  status: 'received' | 'missing' | 'faulty' | 'not_needed';
  note?: string;
}

/** What an accepted dossier was promised: the procedure's limit in its own unit, and the appointment. */
export interface Promised {
  dueAt: string;
  timeLimitDays: number;
  timeLimitUnit: TimeLimitUnit;
}

export interface DecisionOptions {
  draftId?: number;
  /** The dossier of an earlier guidance slip, when the citizen comes back with the missing papers. */
  guidanceDossierId?: number;
  /** The clerk saw that the directory knows this ID under another name, birth date or sex, and chose to update it. */
  updateDirectory?: boolean;
}

export interface Decided {
  dossierId: number;
  code: string | null;
  procedure: ProcedureVersion;
  /** As received: the dossier's own snapshot. */
  applicant: ApplicantDetails;
  components: CheckedComponent[];
  at: string;
  /** Sổ theo dõi hồ sơ: volume and sequence (accepted dossiers only). */
  register: { volume: string; sequence: number } | null;
}

type IntakeServices = Pick<Services, 'sql' | 'settings' | 'clock' | 'catalogue' | 'calendar'>;

export class Intake {
  constructor(private readonly s: IntakeServices) {}

  /** Complete → the dossier gets its code and appointment date. */
  accept(form: IntakeForm, actor: Actor, options: DecisionOptions = {}): Decided & Promised {
    return this.s.sql.tx(() => {
      const base = this.prepare(form, 'accept', options);
      this.requireComplete(base.components);
      const now = this.s.clock.now();
      const { timeLimitDays, timeLimitUnit } = base.procedure;
      const appointment = this.s.calendar.appointment(now, timeLimitDays, timeLimitUnit);
      const numbering = this.number(base.at);
      const written = this.write(base, form, actor, options, 'accept', {
        ...numbering,
        received_at: base.at,
        time_limit_days: timeLimitDays,
        time_limit_unit: timeLimitUnit,
        due_date: appointment.dueDate,
        due_at: appointment.dueAt,
        calendar_version: appointment.calendarVersion,
      });
      return { ...base, ...written, code: numbering.code, register: registerOf(numbering), dueAt: appointment.dueAt, timeLimitDays, timeLimitUnit };
    });
  }

  /** Incomplete → one written request listing everything missing; never a second one. */
  issueGuidance(form: IntakeForm, reason: string, actor: Actor, options: DecisionOptions = {}): Decided {
    return this.s.sql.tx(() => {
      const base = this.prepare(form, 'issueGuidance', options);
      if (outstandingEntries(base.components).length === 0) throw new DomainError('CONFLICT', m.nothingMissing, 'form.components');
      const written = this.write(base, form, actor, options, 'issueGuidance', { guidance_count: 1 }, reason);
      return { ...base, ...written, code: null, register: null };
    });
  }

  /** Not eligible → refusal with the reasons in plain words. */
  refuse(form: IntakeForm, reasons: string[], actor: Actor, options: DecisionOptions = {}): Decided {
    return this.s.sql.tx(() => {
      const base = this.prepare(form, 'refuse', options);
      const written = this.write(base, form, actor, options, 'refuse', {}, reasons.join('; '));
      return { ...base, ...written, code: null, register: null };
    });
  }

  /** "4 tại chỗ": received, appraised, resolved and returned in one sitting. */
  resolveOnTheSpot(form: IntakeForm, result: { resultNumber: string; receiverName: string }, actor: Actor, options: DecisionOptions = {}): Decided {
    return this.s.sql.tx(() => {
      const base = this.prepare(form, 'resolveOnTheSpot', options);
      if (!base.procedure.onTheSpot) throw new DomainError('CONFLICT', m.notOnTheSpot, 'form.procedureId');
      this.requireComplete(base.components);
      const numbering = this.number(base.at);
      const written = this.write(
        base,
        form,
        actor,
        options,
        'resolveOnTheSpot',
        {
          ...numbering,
          received_at: base.at,
          time_limit_days: 0,
          time_limit_unit: 'same_day',
          due_date: vnDate(this.s.clock.now()),
          due_at: base.at,
          calendar_version: this.s.calendar.version(),
          result_number: result.resultNumber,
          returned_at: base.at,
        },
        undefined,
        result,
      );
      return { ...base, ...written, code: numbering.code, register: registerOf(numbering) };
    });
  }

  private prepare(form: IntakeForm, action: DossierAction, options: DecisionOptions) {
    const at = toVnIso(this.s.clock.now());
    if (form.applicant.kind === 'person' && form.applicant.birthDate > vnDate(this.s.clock.now())) {
      throw new DomainError('INVALID_INPUT', m.birthDateFuture, 'form.applicant.birthDate');
    }
    checkDocumentTypes(this.s.settings, form.applicant, form.submitter);
    if (options.guidanceDossierId !== undefined) this.checkReturning(options.guidanceDossierId, action);
    const procedure = this.s.catalogue.currentVersion(form.procedureId);
    if (!procedure) throw new DomainError('INVALID_INPUT', m.procedureUnknown, 'form.procedureId');
    const components = checkComponents(procedure, form);
    const applicantId = saveApplicant(this.s.sql, form.applicant, at, options.updateDirectory === true);
    return { at, procedure, components, applicantId };
  }

  private checkReturning(dossierId: number, action: DossierAction): void {
    const row = dossierRow(this.s.sql, dossierId);
    if (row.state !== 'guidance_issued') throw new DomainError('CONFLICT', m.guidanceNotPending);
    if (action === 'issueGuidance') throw new DomainError('CONFLICT', m.secondGuidance);
  }

  /** Refuses a dossier lacking a required component or group, or holding a faulty one (groups: catalogue/groups.ts). */
  private requireComplete(components: CheckedComponent[]): void {
    const lacking = lackingEntries(components);
    if (lacking.length) throw new DomainError('CONFLICT', m.incomplete(lacking.map(entryName).join(', ')), 'form.components');
  }

  private number(at: string) {
    const office = this.s.settings.get(officeSetting);
    if (!office) throw new DomainError('SETUP_REQUIRED');
    const counter = this.s.settings.get(counterSetting);
    const day = at.slice(0, 10);
    const { code } = allocateCode(this.s.sql, this.s.settings.get(codePatternSetting), { office: office.officeCode, day, counter });
    const volume = `${String(counter).padStart(2, '0')}/${day.slice(0, 4)}`;
    const last = this.s.sql.one(
      qb
        .selectFrom('dossiers')
        .select((eb) => eb.fn.max('register_number').as('n'))
        .where('register_volume', '=', volume),
    );
    return { code, register_volume: volume, register_number: Number(last?.n ?? 0) + 1 };
  }

  private write(
    base: { at: string; procedure: ProcedureVersion; components: CheckedComponent[]; applicantId: number },
    form: IntakeForm,
    actor: Actor,
    options: DecisionOptions,
    action: DossierAction,
    fields: Record<string, unknown>,
    reason?: string,
    payload?: Record<string, unknown>,
  ): { dossierId: number; applicant: ApplicantDetails } {
    const columns = {
      procedure_version_id: base.procedure.versionId,
      applicant_id: base.applicantId,
      submitter: form.submitter ? JSON.stringify(submitterRecord(form.submitter)) : null,
      channel: form.channel,
      channel_reference: form.channelReference ?? null,
      result_delivery: form.resultDelivery,
      delivery_address: form.resultDelivery === 'post' ? (form.deliveryAddress ?? null) : null,
      set_count: form.setCount,
      responsible_clerk_id: actor.clerkId,
      ...fields,
    };
    let dossierId = options.guidanceDossierId;
    let applicant: ApplicantDetails;
    if (dossierId === undefined) {
      const to = nextState(action, null) as DossierState;
      dossierId = this.s.sql.run(
        qb.insertInto('dossiers').values({ ...columns, state: to, counter: actor.counter, submitted_at: base.at, created_at: base.at, updated_at: base.at }),
      ).lastInsertRowid;
      applicant = writeApplicantSnapshot(this.s.sql, dossierId, form.applicant);
      recordEvent(this.s.sql, { dossierId, at: base.at, actor, action, from: null, to, ...(reason ? { reason } : {}), payload: payload ?? {} });
    } else {
      // While the dossier still waits as a guidance request: its closed day's rows may change only then.
      this.s.sql.run(qb.deleteFrom('dossier_components').where('dossier_id', '=', dossierId));
      applicant = writeApplicantSnapshot(this.s.sql, dossierId, form.applicant);
      transition(this.s.sql, dossierId, action, base.at, actor, columns, { ...(reason ? { reason } : {}), payload: payload ?? {} });
    }
    this.writeComponents(dossierId, base.components);
    if (action === 'accept' || action === 'resolveOnTheSpot') this.s.catalogue.recordUse(base.procedure.procedureId);
    if (options.draftId !== undefined) discardDraftIn(this.s.sql, options.draftId, actor.clerkId);
    return { dossierId, applicant };
  }

  private writeComponents(dossierId: number, components: CheckedComponent[]): void {
    for (const c of components) {
      this.s.sql.run(
        qb.insertInto('dossier_components').values({
          dossier_id: dossierId,
          position: c.position,
          component_key: c.key,
          name: c.name,
          form_code: c.formCode,
          copy_type: c.copyType,
          count: c.count,
          required: c.required ? 1 : 0,
          status: c.status,
          note: c.note ?? null,
        }),
      );
    }
  }
}

/** "A" for one component; 'một trong các giấy tờ: "A" hoặc "B"' for a group. */
export function entryName(entry: ChecklistEntry<{ name: string }>): string {
  const names = entry.members.map((c) => `"${c.name}"`);
  return entry.group === null ? (names[0] as string) : m.oneOf(names);
}

function registerOf(numbering: { register_volume: string; register_number: number }) {
  return { volume: numbering.register_volume, sequence: numbering.register_number };
}

/** The procedure's checklist with what the clerk ticked; a required paper not ticked is missing, an optional one does not apply. */
export function checkComponents(procedure: ProcedureVersion, form: IntakeForm): CheckedComponent[] {
  const known = new Set(procedure.components.map((c) => c.key));
  form.components.forEach((check, index) => {
    if (!known.has(check.key)) throw new DomainError('INVALID_INPUT', m.componentUnknown, `form.components.${index}.key`);
  });
  return procedure.components.map((component, position) => {
    const check = form.components.find((c) => c.key === component.key);
    return { ...component, position, status: check?.status ?? (component.required ? 'missing' : 'not_needed'), ...(check?.note ? { note: check.note } : {}) };
  });
}
