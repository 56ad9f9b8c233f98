// @runs: main
// The day's record as the central system receives it (day.json, format
// "motcua-day-export" version 1, docs/export-format.md): every dossier this
// counter received, decided, handed over, returned, apologised for or stopped
// that day, as it stood at the end of the day. Built once at each closure or
// correction and stored, so the package never depends on later changes.
import type { Sqlite } from '../db/open';
import type { RegisterRow } from '../documents/view-models';
import type { Office } from '../settings/keys';
import { vnDate } from '../shared/time';
import { canonicalJson } from './canonical';

export const EXPORT_FORMAT = 'motcua-day-export';
export const EXPORT_VERSION = 1;

export interface OpenItems {
  /** Each draft named by what the clerk had typed (empty when nothing yet). */
  drafts: { draftId: number; clerkName: string; updatedAt: string; applicantName: string; procedureName: string }[];
  withoutReceipt: { dossierId: number; code: string | null; applicantName: string }[];
  resultsNotReturned: { dossierId: number; code: string | null; applicantName: string; resultReceivedAt: string | null }[];
}

export interface CorrectionEntry {
  revision: number;
  dossierId: number;
  dossierCode: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
  by: string;
  at: string;
}

export interface DayRecordHeader {
  office: Office;
  counter: number;
  day: string;
  revision: number;
  madeAt: string;
  closedAt: string;
  closedBy: string | null;
  openItems: OpenItems;
  corrections: CorrectionEntry[];
}

export interface DayCounts {
  dossiers: number;
  registerRows: number;
  components: number;
  documents: number;
  attachments: number;
  ratings: number;
  corrections: number;
  /** Steps of the day by action (accept, issueGuidance, refuse, resolveOnTheSpot, handOver, returnResult, apologise, stop…). */
  actions: Record<string, number>;
}

export interface DayRecord extends DayRecordHeader {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  counts: DayCounts;
  register: { rows: RegisterRow[] };
  dossiers: Record<string, unknown>[];
  /** Whether this counter's database has scans and ratings at all (older versions have neither). */
  sources: { attachments: boolean; satisfaction: boolean };
}

/** The day's bounds as stored times compare: [day, next day). */
export function dayBounds(day: string): { from: string; to: string } {
  const next = vnDate(new Date(Date.parse(`${day}T12:00:00+07:00`) + 24 * 3600 * 1000));
  return { from: `${day}T00:00:00`, to: `${next}T00:00:00` };
}

type Row = Record<string, unknown>;

/** Builds the record with plain SQL: five set queries whatever the number of dossiers. */
export function buildDayRecord(sqlite: Sqlite, header: DayRecordHeader): DayRecord {
  const { from, to } = dayBounds(header.day);
  const all = (query: string, ...params: unknown[]) => sqlite.prepare(query).all(...params) as Row[];
  const dayIds = `SELECT DISTINCT dossier_id FROM dossier_events WHERE counter = @counter AND at >= @from AND at < @to AND action <> 'correct'`;
  const p = { counter: header.counter, from, to };

  // An action the hub's order refused (flagged conflict) did not take effect: not among the day's actions.
  const dayEvents = all(
    `SELECT dossier_id, action FROM dossier_events e WHERE counter = @counter AND at >= @from AND at < @to AND action <> 'correct'
        AND NOT EXISTS (SELECT 1 FROM hub_conflicts c WHERE c.event_id = e.id) ORDER BY id`,
    p,
  );
  const dossiers = all(
    `SELECT d.*, pv.procedure_id, pv.version AS procedure_version, pv.code AS procedure_code, pv.name AS procedure_name,
            a.kind AS a_kind, a.full_name AS a_full_name, a.personal_id AS a_personal_id, a.document_type AS a_document_type,
            a.document_number AS a_document_number, a.nationality AS a_nationality, a.birth_date AS a_birth_date, a.sex AS a_sex,
            a.bhxh_number AS a_bhxh_number, a.health_card_number AS a_health_card_number, a.unit_code AS a_unit_code, a.tax_code AS a_tax_code,
            a.contact_person AS a_contact_person, a.phone AS a_phone, a.email AS a_email, a.address AS a_address, c.full_name AS clerk_name
       FROM dossiers d JOIN procedure_versions pv ON pv.id = d.procedure_version_id JOIN dossier_applicants a ON a.dossier_id = d.id
       JOIN clerks c ON c.id = d.responsible_clerk_id
      WHERE d.id IN (${dayIds}) ORDER BY d.id`,
    p,
  );
  const byDossier = (rows: Row[]) => {
    const map = new Map<number, Row[]>();
    for (const row of rows) {
      const id = row.dossier_id as number;
      const list = map.get(id);
      if (list) list.push(row);
      else map.set(id, [row]);
    }
    return map;
  };
  const components = byDossier(all(`SELECT * FROM dossier_components WHERE dossier_id IN (${dayIds}) ORDER BY dossier_id, position`, p));
  const history = byDossier(
    all(
      `SELECT e.dossier_id, e.at, e.action, e.from_state, e.to_state, e.reason, e.payload, e.counter, c.full_name AS clerk_name
         FROM dossier_events e JOIN clerks c ON c.id = e.clerk_id
        WHERE e.dossier_id IN (${dayIds}) AND e.at < @to ORDER BY e.dossier_id, e.id`,
      p,
    ),
  );
  const documents = byDossier(
    all(`SELECT dossier_id, kind, number, pdf_sha256, form_set, issued_at FROM documents WHERE dossier_id IN (${dayIds}) AND issued_at < @to ORDER BY dossier_id, id`, p),
  );
  const attachments = optionalRows(sqlite, 'attachments', dayIds, p);
  const ratings = optionalRows(sqlite, 'satisfaction_ratings', dayIds, p) ?? optionalRows(sqlite, 'satisfaction', dayIds, p);
  const actionsOf = byDossier(dayEvents);

  const records = dossiers.map((d) => {
    const id = d.id as number;
    const events = history.get(id) ?? [];
    // Keys in alphabetical order: canonicalJson then has nothing to copy.
    return {
      applicant: {
        address: d.a_address,
        bhxhNumber: d.a_bhxh_number,
        birthDate: d.a_birth_date,
        contactPerson: d.a_contact_person,
        documentNumber: d.a_document_number,
        documentType: d.a_document_type,
        email: d.a_email,
        fullName: d.a_full_name,
        healthCardNumber: d.a_health_card_number,
        kind: d.a_kind,
        nationality: d.a_nationality,
        personalId: d.a_personal_id,
        phone: d.a_phone,
        sex: d.a_sex,
        taxCode: d.a_tax_code,
        unitCode: d.a_unit_code,
      },
      attachments: attachments?.get(id) ?? [],
      channel: d.channel,
      channelReference: d.channel_reference,
      code: d.code,
      components: (components.get(id) ?? []).map((c) => ({
        copyType: c.copy_type,
        count: c.count,
        formCode: c.form_code,
        key: c.component_key,
        name: c.name,
        note: c.note,
        position: c.position,
        required: c.required === 1,
        status: c.status,
      })),
      counter: d.counter,
      dayActions: (actionsOf.get(id) ?? []).map((e) => e.action),
      deliveryAddress: d.delivery_address,
      documents: (documents.get(id) ?? []).map((doc) => ({ formSet: doc.form_set, issuedAt: doc.issued_at, kind: doc.kind, number: doc.number, sha256: doc.pdf_sha256 })),
      dueAt: d.due_at,
      dueDate: d.due_date,
      guidanceCount: d.guidance_count,
      history: events.map((e) => ({
        action: e.action,
        at: e.at,
        clerk: e.clerk_name,
        counter: e.counter,
        from: e.from_state,
        payload: JSON.parse(e.payload as string) as unknown,
        reason: e.reason,
        to: e.to_state,
      })),
      id,
      procedure: { code: d.procedure_code, id: d.procedure_id, name: d.procedure_name, version: d.procedure_version },
      ratings: ratings?.get(id) ?? [],
      receivedAt: d.received_at,
      register: d.register_volume ? { number: d.register_number, volume: d.register_volume } : null,
      responsibleClerk: d.clerk_name,
      resultDelivery: d.result_delivery,
      setCount: d.set_count,
      stateAtDayEnd: events.at(-1)?.to_state ?? d.state,
      submittedAt: d.submitted_at,
      submitter: d.submitter ? (JSON.parse(d.submitter as string) as unknown) : null,
      timeLimitDays: d.time_limit_days,
    };
  });

  const register = registerRows(dossiers, history, header, to);
  const actions: Record<string, number> = {};
  for (const e of dayEvents) actions[e.action as string] = (actions[e.action as string] ?? 0) + 1;
  const sum = (pick: (r: (typeof records)[number]) => unknown[]) => records.reduce((n, r) => n + pick(r).length, 0);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    ...header,
    counts: {
      dossiers: records.length,
      registerRows: register.length,
      components: sum((r) => r.components),
      documents: sum((r) => r.documents),
      attachments: sum((r) => r.attachments),
      ratings: sum((r) => r.ratings),
      corrections: header.corrections.length,
      actions,
    },
    register: { rows: register },
    dossiers: records,
    sources: { attachments: attachments !== null, satisfaction: ratings !== null },
  };
}

/** Mẫu 06 rows: the dossiers this counter received that day, dates as known at the day's end. */
function registerRows(dossiers: Row[], history: Map<number, Row[]>, header: DayRecordHeader, to: string): RegisterRow[] {
  const dayOf = (at: unknown) => (typeof at === 'string' && at < to ? vnDate(new Date(at)) : undefined);
  return dossiers
    .filter((d) => d.counter === header.counter && typeof d.received_at === 'string' && (d.received_at as string).startsWith(header.day))
    .sort((a, b) => ((a.received_at as string) < (b.received_at as string) ? -1 : (a.received_at as string) > (b.received_at as string) ? 1 : (a.id as number) - (b.id as number)))
    .map((d) => {
      const steps = history.get(d.id as number) ?? [];
      const stepDay = (action: string) => dayOf(steps.find((e) => e.action === action)?.at);
      const returnedOn = stepDay('returnResult') ?? stepDay('resolveOnTheSpot');
      const transferredOn = stepDay('handOver');
      const resultReceivedOn = stepDay('receiveResult');
      // Keys in alphabetical order, like the dossiers'.
      return {
        addressPhone: [d.a_address, d.a_phone].filter(Boolean).join('; '),
        applicantName: d.a_full_name as string,
        ...(d.due_date ? { appointmentOn: d.due_date as string } : {}),
        dossierCode: (d.code as string | null) ?? '',
        procedureName: d.procedure_name as string,
        receivedOn: vnDate(new Date(d.received_at as string)),
        resolvingAgency: header.office.officeName,
        ...(resultReceivedOn ? { resultReceivedOn } : {}),
        ...(returnedOn ? { returnedOn } : {}),
        setCount: d.set_count as number,
        ...(transferredOn ? { transferredOn } : {}),
      };
    });
}

/**
 * Rows of a table another feature may or may not have (scans, ratings): only
 * when it exists and links to a dossier; byte columns are left out (the scan's
 * SHA-256 identifies it), and rows made after the day are not the day's.
 */
function optionalRows(sqlite: Sqlite, table: string, dayIds: string, params: Row): Map<number, Row[]> | null {
  const exists = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table);
  if (!exists) return null;
  const columns = sqlite.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as { name: string; type: string }[];
  const names = columns.map((c) => c.name);
  if (!names.includes('dossier_id')) return null;
  const kept = columns.filter((c) => c.type.toUpperCase() !== 'BLOB').map((c) => `"${c.name}"`);
  const time = ['created_at', 'added_at', 'scanned_at', 'rated_at', 'at'].find((c) => names.includes(c));
  const order = names.includes('id') ? '"id"' : 'rowid';
  const rows = sqlite
    .prepare(`SELECT ${kept.join(', ')} FROM "${table}" WHERE dossier_id IN (${dayIds}) ${time ? `AND "${time}" < @to` : ''} ORDER BY dossier_id, ${order}`)
    .all(params) as Row[];
  const map = new Map<number, Row[]>();
  for (const row of rows) {
    const id = row.dossier_id as number;
    const clean = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? null : v]));
    map.set(id, [...(map.get(id) ?? []), clean]);
  }
  return map;
}

export function serialiseRecord(record: DayRecord): string {
  return canonicalJson(record);
}
