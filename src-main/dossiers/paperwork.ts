// @runs: main
// The papers of an intake decision, built from what was just written: the
// receipt (Mẫu 01), the guidance slip (Mẫu 02), the refusal (Mẫu 03) and the
// "4 tại chỗ" receipt-and-handover. Pure view-model builders; issuing and
// printing happen in the handlers after the decision is committed.
import type { ApplicantDetails } from '../people/applicants';
import { identityText } from '../people/identifiers';
import type { Office } from '../settings/keys';
import type { GuidanceModel, OfficeHeader, Party, ReceiptAndHandoverModel, ReceiptModel, RefusalModel } from '../documents/view-models';
import { componentDefaults, copyTypeNames } from '../shared/vi/intake';
import { outstandingEntries, type ChecklistEntry } from '../catalogue/groups';
import type { IntakeForm } from './intake-form';
import type { CheckedComponent, Decided, Promised } from './intake';

export interface PaperContext {
  office: Office;
  clerkName: string;
}

function header(office: Office): OfficeHeader {
  return { parentAgency: office.parentAgency, officeName: office.officeName, place: office.place };
}

function party(applicant: ApplicantDetails): Party {
  const identity = identityText(applicant);
  return {
    name: applicant.fullName,
    ...(identity ? { identity } : {}),
    ...(applicant.address ? { address: applicant.address } : {}),
    ...(applicant.phone ? { phone: applicant.phone } : {}),
    ...(applicant.email ? { email: applicant.email } : {}),
  };
}

export function receiptModel(decided: Decided & Promised, form: IntakeForm, ctx: PaperContext): ReceiptModel {
  const register = decided.register ?? { volume: '', sequence: 0 };
  return {
    office: header(ctx.office),
    number: `${register.sequence}/TNHS`,
    issuedAt: decided.at,
    dossierCode: decided.code ?? '',
    applicant: party(decided.applicant),
    procedureName: decided.procedure.name,
    components: decided.components
      .filter((c) => c.status === 'received')
      .map((c) => ({ name: c.name, copyType: copyTypeNames[c.copyType], count: c.count, ...(c.note ? { note: c.note } : {}) })),
    setCount: form.setCount,
    timeLimitDays: decided.timeLimitDays,
    timeLimitUnit: decided.timeLimitUnit,
    receivedAt: decided.at,
    appointmentAt: decided.dueAt,
    delivery: form.resultDelivery === 'post' ? { kind: 'post', address: form.deliveryAddress ?? '' } : { kind: 'counter' },
    register,
    clerkName: ctx.clerkName,
  };
}

export function receiptAndHandoverModel(
  decided: Decided,
  form: IntakeForm,
  result: { resultNumber: string; receiverName: string },
  ctx: PaperContext,
): ReceiptAndHandoverModel {
  return {
    ...receiptModel({ ...decided, dueAt: decided.at, timeLimitDays: 0, timeLimitUnit: 'working_days' }, form, ctx),
    handover: { resultName: decided.procedure.result, resultNumber: result.resultNumber, returnedAt: decided.at, receiverName: result.receiverName },
  };
}

const titleOf = (c: CheckedComponent) => (c.formCode ? `${c.name} (mẫu ${c.formCode})` : c.name);

/** One line of the guidance slip: a component, or a "one of" group named with all its members. */
function guidanceItem(entry: ChecklistEntry<CheckedComponent>): { component: string; requirement: string } {
  const [first] = entry.members as [CheckedComponent];
  if (entry.group === null) return { component: titleOf(first), requirement: requirementOf(first) };
  // The clerk's notes on the group's papers (e.g. "Chưa có đơn theo mẫu 14-HSB") stay on the slip.
  const notes = entry.members.map((c) => c.note).filter(Boolean);
  return { component: componentDefaults.oneOfTitle(entry.members.map(titleOf)), requirement: [componentDefaults.oneOfRequirement, ...notes].join('. ') };
}

function requirementOf(component: CheckedComponent): string {
  if (component.status === 'faulty') return componentDefaults.faultyRequirement(component.note);
  const base = componentDefaults.missingRequirement(component.count, copyTypeNames[component.copyType]);
  return component.note ? `${base}. ${component.note}` : base;
}

export function guidanceModel(decided: Decided, reason: string, ctx: PaperContext): GuidanceModel {
  return {
    office: header(ctx.office),
    number: `${decided.dossierId}/HDHS`,
    issuedAt: decided.at,
    applicant: party(decided.applicant),
    procedureName: decided.procedure.name,
    items: outstandingEntries(decided.components).map(guidanceItem),
    reason,
    clerkName: ctx.clerkName,
    clerkPhone: ctx.office.phone,
  };
}

export function refusalModel(decided: Decided, reasons: string[], ctx: PaperContext): RefusalModel {
  return {
    office: header(ctx.office),
    number: `${decided.dossierId}/TCHS`,
    issuedAt: decided.at,
    applicant: party(decided.applicant),
    procedureName: decided.procedure.name,
    reasons,
    clerkName: ctx.clerkName,
  };
}
