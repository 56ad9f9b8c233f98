// @runs: main
// Read models of dossiers for the screens: one dossier with its history, and
// the guidance requests waiting for the citizen to come back.
import { DomainError } from '../api/kit';
import { qb, type Sql } from '../db/sql';
import type { ProcedureComponent } from '../catalogue/model';
import type { Services } from '../services';
import { foldVietnamese } from '../shared/fold';
import { dossierApplicant } from './applicant-snapshot';
import type { SubmitterDetails } from './contract';
import { dossierComponents, dossierEvents, dossierRow } from './store';

/** The dossier's events the office hub's order refused (flagged conflicts, hub/incoming.ts): they did not take effect. */
function refusedEvents(sql: Sql, dossierId: number): Set<number> {
  const rows = sql.all(qb.selectFrom('hub_conflicts').select('event_id').where('dossier_id', '=', dossierId).where('event_id', 'is not', null));
  return new Set(rows.map((r) => r.event_id as number));
}

export function dossierDetail(services: Services, dossierId: number) {
  const row = dossierRow(services.sql, dossierId);
  const refused = refusedEvents(services.sql, dossierId);
  const procedure = services.catalogue.version(row.procedure_version_id);
  const applicant = dossierApplicant(services.sql, dossierId);
  return {
    dossierId: row.id,
    code: row.code,
    state: row.state,
    procedureId: procedure.procedureId,
    procedureName: procedure.name,
    applicant,
    submitter: row.submitter ? (JSON.parse(row.submitter) as SubmitterDetails) : null,
    channel: row.channel,
    channelReference: row.channel_reference,
    resultDelivery: row.result_delivery,
    deliveryAddress: row.delivery_address,
    setCount: row.set_count,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    timeLimitDays: row.time_limit_days,
    timeLimitUnit: row.time_limit_days === null ? null : (row.time_limit_unit ?? 'working_days'),
    responsibleClerk: services.accounts.get(row.responsible_clerk_id).fullName,
    resultNumber: row.result_number,
    components: withAlternatives(
      dossierComponents(services.sql, dossierId).map((c) => ({
        key: c.component_key,
        name: c.name,
        formCode: c.form_code,
        copyType: c.copy_type,
        count: c.count,
        required: c.required === 1,
        status: c.status,
        note: c.note,
      })),
      procedure.components,
    ),
    history: dossierEvents(services.sql, dossierId).map((e) => ({
      refused: refused.has(e.id),
      at: e.at,
      action: e.action,
      fromState: e.from_state,
      toState: e.to_state,
      reason: e.reason,
      clerkName: e.clerk_name,
      counter: e.counter,
      correction: e.action === 'correct' ? correctionOf(e.payload) : null,
    })),
    documents: services.documents.listForDossier(dossierId).map((d) => ({ documentId: d.id, kind: d.kind, issuedAt: d.issuedAt })),
  };
}

/**
 * Marks a "one of" member that was not handed in because another member of its group was (catalogue
 * groups, catalogue/groups.ts): `coveredBy` names the member received, else null. The status stays as recorded.
 */
function withAlternatives<T extends { key: string; name: string; status: string }>(components: T[], catalogue: readonly ProcedureComponent[]): (T & { coveredBy: string | null })[] {
  const groupOf = new Map(catalogue.map((c) => [c.key, c.group]));
  return components.map((c) => {
    const group = groupOf.get(c.key);
    const received = group && c.status === 'missing' ? components.find((o) => o !== c && groupOf.get(o.key) === group && o.status === 'received') : undefined;
    return { ...c, coveredBy: received?.name ?? null };
  });
}

/** What a correction event changed: the field and its values before and after. */
function correctionOf(payload: string): { field: string; oldValue: string | null; newValue: string | null } {
  const p = JSON.parse(payload) as { field?: string; oldValue?: string | null; newValue?: string | null };
  return { field: p.field ?? '', oldValue: p.oldValue ?? null, newValue: p.newValue ?? null };
}

/** Guidance slips still waiting for the citizen, found by personal ID, name (canonical folded form) or dossier number; the name typed exactly first. */
export function pendingGuidance(sql: Sql, query: string) {
  const trimmed = query.trim();
  const folded = foldVietnamese(trimmed);
  const digits = trimmed.replace(/[\s.-]/g, '');
  return sql
    .all(
      qb
        .selectFrom('dossiers')
        .innerJoin('dossier_applicants as applicants', 'applicants.dossier_id', 'dossiers.id')
        .innerJoin('procedure_versions', 'procedure_versions.id', 'dossiers.procedure_version_id')
        .select(['dossiers.id', 'applicants.full_name', 'applicants.personal_id', 'procedure_versions.name', 'dossiers.submitted_at'])
        .where('dossiers.state', '=', 'guidance_issued')
        .$if(trimmed.length > 0, (q) =>
          q.where((eb) =>
            eb.or([
              eb('applicants.personal_id', 'like', `${digits}%`),
              eb('applicants.folded_name', 'like', `%${folded}%`),
              ...(/^\d+$/.test(digits) ? [eb('dossiers.id', '=', Number(digits))] : []),
            ]),
          ),
        )
        .orderBy((eb) => eb('applicants.folded_name', '=', folded), 'desc')
        .orderBy('dossiers.submitted_at', 'desc')
        .limit(20),
    )
    .map((r) => ({ dossierId: r.id, applicantName: r.full_name, personalId: r.personal_id, procedureName: r.name, submittedAt: r.submitted_at }));
}
