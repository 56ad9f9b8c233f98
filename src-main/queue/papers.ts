// @runs: main
// The papers of the lifecycle, built from the dossier and its events: the
// control sheet (Mẫu 05/06), the apology (Mẫu 04), the postal hand-over slip
// (REFERENCE.md §2.2) and the 2025 stop notice. Pure reads; no writes.
import { DomainError } from '../api/kit';
import type { ApologyModel, ControlModel, ControlStep, OfficeHeader, Party, PostalHandoverModel, StopNoticeModel } from '../documents/view-models';
import { dossierApplicant } from '../dossiers/applicant-snapshot';
import type { ApplicantDetails } from '../people/applicants';
import { formSetSetting } from '../documents/settings';
import { oneStopUnit } from '../shared/vi/documents';
import type { Services } from '../services';
import { officeSetting, type Office } from '../settings/keys';
import { formatVnDate, toVnIso } from '../shared/time';
import { queuePaper as p } from '../shared/vi/queue';
import { dossierEvents, dossierRow } from '../dossiers/store';
import type { ResultItem, ReturnDetails } from './lifecycle';
import { queueSettingsKey } from './settings';
import { timingOf } from './timing';

function office(services: Services): Office {
  const value = services.settings.get(officeSetting);
  if (!value) throw new DomainError('SETUP_REQUIRED');
  return value;
}

function header(o: Office): OfficeHeader {
  return { parentAgency: o.parentAgency, officeName: o.officeName, place: o.place };
}

function party(a: ApplicantDetails, address?: string | null): Party {
  const where = address ?? a.address;
  return { name: a.fullName, ...(where ? { address: where } : {}), ...(a.phone ? { phone: a.phone } : {}), ...(a.email ? { email: a.email } : {}) };
}

function dossierContext(services: Services, dossierId: number) {
  const row = dossierRow(services.sql, dossierId);
  const applicant = dossierApplicant(services.sql, dossierId);
  const procedure = services.catalogue.version(row.procedure_version_id);
  const unit = counterUnit(services);
  return { row, applicant, procedure, office: office(services), now: toVnIso(services.clock.now()), unit };
}

function signer(services: Services) {
  const s = services.settings.get(queueSettingsKey).signer;
  return { title: s.title, name: s.name, ...(s.onBehalf ? { onBehalf: s.onBehalf } : {}) };
}

type Payload = Record<string, unknown>;

type EventOfStep = Pick<ReturnType<typeof dossierEvents>[number], 'action' | 'reason' | 'payload'>;

/** What a step's own event says, apart from the dossier it is on: the control sheet's note and, where the event names them, the department, who handed over and who received. */
export interface StepWords {
  note: string;
  department?: string;
  handedBy?: string;
  receivedBy?: string;
}

/**
 * The one describer of a step of a dossier's history, from its event alone
 * (null for an action the control sheet does not print): the control sheet
 * prints it, the conflict screen shows it (hub/conflicts.ts).
 */
export function stepWords(event: EventOfStep, unit: string): StepWords | null {
  const payload = JSON.parse(event.payload) as Payload;
  const reason = event.reason ?? '';
  switch (event.action) {
    case 'accept':
      return { note: p.steps.accept };
    case 'handOver':
      return { note: p.steps.handOver, ...(typeof payload.department === 'string' ? { department: payload.department } : {}), receivedBy: String(payload.receiverName ?? '') };
    case 'requestSupplement':
      return { note: p.steps.requestSupplement(reason) };
    case 'receiveSupplement':
      return { note: p.steps.receiveSupplement(String(payload.documents ?? '')) };
    case 'receiveResult':
      return { note: p.steps.receiveResult(String(payload.resultNumber ?? '')), ...(typeof payload.deliveredBy === 'string' ? { handedBy: payload.deliveredBy } : {}) };
    case 'apologise':
      return { note: p.steps.apologise(formatVnDate(String(payload.newDueAt ?? '')), reason) };
    case 'returnResult': {
      const details = payload as unknown as ReturnDetails;
      const receivedBy = details.method === 'post' ? details.postOffice : details.collector.kind === 'authorised' ? p.authorised(details.collector) : details.collector.fullName;
      return { receivedBy, note: details.method === 'post' ? p.steps.returnPost(details.trackingNumber) : p.steps.returnCounter(unit) };
    }
    case 'stop':
      return { note: p.steps.stop(reason) };
    default:
      return null;
  }
}

/** One row of the control sheet per step in the dossier's history; each step judged against the ORIGINAL due date. */
function stepOf(event: ReturnType<typeof dossierEvents>[number], department: string, applicantName: string, dueDate: string | null, unit: string): ControlStep | null {
  const words = stepWords(event, unit);
  if (!words) return null;
  const { note } = words;
  const at = event.at;
  const clerk = event.clerk_name;
  const result = dueDate ? { result: timingOf(dueDate, at) } : {};
  switch (event.action) {
    case 'accept':
      return { agency: unit, handedAt: at, handedBy: p.applicantHandsIn(applicantName), receivedAt: at, receivedBy: clerk, ...result, note };
    case 'handOver':
      return { agency: words.department ?? department, handedAt: at, handedBy: clerk, receivedAt: at, receivedBy: words.receivedBy ?? '', ...result, note };
    case 'receiveResult':
      return { agency: department, handedAt: at, handedBy: words.handedBy ?? department, receivedAt: at, receivedBy: clerk, ...result, note };
    case 'apologise':
      return { agency: department || unit, handedAt: at, handedBy: clerk, ...result, note };
    case 'returnResult':
      return { agency: unit, handedAt: at, handedBy: clerk, receivedAt: at, receivedBy: words.receivedBy ?? '', ...result, note };
    case 'stop':
      return { agency: department || unit, handedAt: at, handedBy: clerk, note };
    default:
      // requestSupplement, receiveSupplement: handed on, nobody signs for it yet.
      return { agency: department, handedAt: at, handedBy: clerk, ...result, note };
  }
}

/** The counter's unit as the form set in use names it ("Bộ phận Một cửa" from Decree 118/2025). */
export function counterUnit(services: Pick<Services, 'settings'>): string {
  return oneStopUnit[services.settings.get(formSetSetting)];
}

export function controlModel(services: Services, dossierId: number): ControlModel {
  const { row, applicant, procedure, office: o, now, unit } = dossierContext(services, dossierId);
  const department = row.department ?? '';
  return {
    office: header(o),
    number: p.controlNumber(row.id),
    issuedAt: now,
    dossierCode: row.code ?? '',
    receiptNumber: row.register_number ? `${row.register_number}/TNHS` : '',
    applicant: party(applicant),
    procedureName: procedure.name,
    receivedAt: row.received_at ?? row.submitted_at,
    appointmentAt: row.due_at ?? row.submitted_at,
    resolvingAgency: department || o.officeName,
    steps: dossierEvents(services.sql, dossierId)
      .map((e) => stepOf(e, department, applicant.fullName, row.due_date, unit))
      .filter((s): s is ControlStep => s !== null),
  };
}

export function apologyModel(services: Services, dossierId: number, apology: { reason: string; previousDueAt: string; newDueAt: string; extension: number }): ApologyModel {
  const { row, applicant, procedure, office: o, now, unit } = dossierContext(services, dossierId);
  return {
    office: header(o),
    number: p.apologyNumber(row.id, apology.extension, services.settings.get(formSetSetting)),
    issuedAt: now,
    recipient: party(applicant),
    resolvingAgency: o.officeName,
    receivedAt: row.received_at ?? row.submitted_at,
    dossierCode: row.code ?? '',
    procedureName: procedure.name,
    originalAppointmentAt: apology.previousDueAt,
    reason: apology.reason,
    newAppointmentAt: apology.newDueAt,
    copiesTo: [unit],
    signer: signer(services),
  };
}

export function postalHandoverModel(services: Services, dossierId: number, clerkName: string, post: { postOffice: string; trackingNumber: string; address: string }): PostalHandoverModel {
  const { row, applicant, procedure, office: o, now } = dossierContext(services, dossierId);
  const items = row.result_items ? (JSON.parse(row.result_items) as ResultItem[]) : [{ name: procedure.result, count: 1 }];
  return {
    office: header(o),
    number: p.postalNumber(row.id),
    issuedAt: now,
    sender: { clerkName, unit: o.officeName, address: o.address, phone: o.phone, content: p.postalContent },
    postOffice: { name: post.postOffice, trackingNumber: post.trackingNumber },
    recipient: party(applicant, post.address),
    dossierCode: row.code ?? '',
    items: items.map((i) => ({ name: i.name, count: i.count, ...(row.result_number ? { note: row.result_number } : {}) })),
  };
}

export function stopNoticeModel(services: Services, dossierId: number, reason: string): StopNoticeModel {
  const { row, applicant, procedure, office: o, now, unit } = dossierContext(services, dossierId);
  return {
    office: header(o),
    number: p.stopNumber(row.id),
    issuedAt: now,
    recipient: party(applicant),
    resolvingAgency: o.officeName,
    dossierCode: row.code ?? '',
    procedureName: procedure.name,
    receivedAt: row.received_at ?? row.submitted_at,
    reason,
    copiesTo: [unit],
    signer: signer(services),
  };
}
