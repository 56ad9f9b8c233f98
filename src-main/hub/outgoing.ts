// @runs: main
// What this counter sends: its outbox read into changes with office-wide ids.
// An event travels with the dossier as it stands here (row, applicant snapshot,
// components), so a counter that never saw the dossier can hold it whole.
import type { Selectable } from 'kysely';
import { qb, type Sql } from '../db/sql';
import { keyOfLocal } from './identity';
import { officeChangeBody } from './office-kinds';
import type { HubOutboxTable } from './tables';

type OutboxEntry = Selectable<HubOutboxTable>;

/** A clerk by office-wide key; the name is what other counters show in the history. */
export interface ClerkRef {
  key: string;
  fullName: string;
}

/** A dossier in office form: no local ids, the procedure by its natural key. */
export interface DossierImage {
  key: string;
  row: Record<string, unknown>;
  procedure: { id: string; version: number };
  responsibleClerk: ClerkRef;
  applicant: Record<string, unknown>;
  components: Record<string, unknown>[];
}

export interface EventBody {
  /** How many events of the dossier this counter knew when it acted: the hub's order accepts the action only if none came between. */
  position: number;
  event: { key: string; at: string; clerk: ClerkRef; counter: number; action: string; from_state: string | null; to_state: string | null; reason: string | null; payload: string };
  dossier: DossierImage;
}

export interface OutgoingChange {
  change_id: string;
  origin: number;
  local_seq: number;
  kind: HubOutboxTable['kind'];
  dossier_key: string | null;
  body: unknown;
  nonce: string | null;
}

/** Columns the counter derives itself (triggers of 0006) or that are local ids. */
const NOT_SENT = new Set(['id', 'applicant_id', 'procedure_version_id', 'responsible_clerk_id', 'current_due_date', 'open_due_date', 'return_timing', 'dossier_id', 'pdf']);

function withoutLocal(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !NOT_SENT.has(column)));
}

/** A local clerk by office-wide key and name. */
export function clerkRef(sql: Sql, clerkId: number, self: number): ClerkRef {
  const clerk = sql.one(qb.selectFrom('clerks').select('full_name').where('id', '=', clerkId));
  return { key: keyOfLocal(sql, 'clerk', clerkId, self), fullName: clerk?.full_name ?? '' };
}

/** The dossier as it stands on this counter, in office form. */
export function dossierImage(sql: Sql, dossierId: number, self: number): DossierImage {
  const row = sql.one(qb.selectFrom('dossiers').selectAll().where('id', '=', dossierId));
  if (!row) throw new Error(`dossier ${dossierId} missing`);
  const version = sql.one(qb.selectFrom('procedure_versions').select(['procedure_id', 'version']).where('id', '=', row.procedure_version_id));
  const applicant = sql.one(qb.selectFrom('dossier_applicants').selectAll().where('dossier_id', '=', dossierId));
  const components = sql.all(qb.selectFrom('dossier_components').selectAll().where('dossier_id', '=', dossierId).orderBy('position'));
  return {
    key: keyOfLocal(sql, 'dossier', dossierId, self),
    row: withoutLocal(row),
    procedure: { id: version?.procedure_id ?? '', version: version?.version ?? 0 },
    responsibleClerk: clerkRef(sql, row.responsible_clerk_id, self),
    applicant: applicant ? withoutLocal(applicant) : {},
    components: components.map(withoutLocal),
  };
}

function eventBody(sql: Sql, entry: OutboxEntry, self: number): EventBody | null {
  const e = sql.one(qb.selectFrom('dossier_events').selectAll().where('id', '=', entry.row_id));
  if (!e) return null;
  return {
    position: entry.position ?? 0,
    event: {
      key: keyOfLocal(sql, 'event', e.id, self),
      at: e.at,
      clerk: clerkRef(sql, e.clerk_id, self),
      counter: e.counter,
      action: e.action,
      from_state: e.from_state,
      to_state: e.to_state,
      reason: e.reason,
      payload: e.payload,
    },
    dossier: dossierImage(sql, e.dossier_id, self),
  };
}

const RECORD_TABLES = { document: 'documents', rating: 'satisfaction_ratings', closure: 'day_closures', package: 'export_outbox' } as const;
/** A package's destination (a folder path, a URL that may carry a token) and its error text stay on the counter: the office sees its state. */
const PRIVATE_COLUMNS = ['target', 'last_error', 'idempotency_key'];
const CLERK_COLUMNS = ['issued_by', 'clerk_id', 'closed_by', 'reopened_by'];

/** A paper's record (not its PDF), a rating, a day closure or a package's sending state, its clerks by office-wide key. */
function recordBody(sql: Sql, entry: OutboxEntry, self: number): Record<string, unknown> | undefined {
  const table = RECORD_TABLES[entry.kind as keyof typeof RECORD_TABLES];
  const row = sql.sqlite.prepare(`SELECT * FROM ${table} WHERE rowid = ?`).get(entry.row_id) as Record<string, unknown> | undefined;
  if (!row) return undefined;
  const clerks = CLERK_COLUMNS.filter((c) => typeof row[c] === 'number').map((c) => [c, clerkRef(sql, row[c] as number, self).key]);
  const shared = Object.entries(row).filter(([column]) => !PRIVATE_COLUMNS.includes(column));
  return { ...Object.fromEntries(shared), ...Object.fromEntries(clerks) };
}

/** One outbox entry as the change sent to the hub; null when its row is gone. */
export function outboxChange(sql: Sql, entry: OutboxEntry, self: number): OutgoingChange | null {
  const base = { change_id: `${self}:${entry.seq}`, origin: self, local_seq: entry.seq, kind: entry.kind, nonce: entry.nonce };
  if (entry.kind === 'event') {
    const body = eventBody(sql, entry, self);
    return body && { ...base, dossier_key: body.dossier.key, body };
  }
  const office = officeChangeBody(sql, entry.kind, entry.row_id, self);
  if (office !== undefined) return office && { ...base, ...office };
  const row = recordBody(sql, entry, self);
  if (!row) return null;
  const dossierId = typeof row.dossier_id === 'number' ? row.dossier_id : null;
  const dossierKey = dossierId === null ? null : keyOfLocal(sql, 'dossier', dossierId, self);
  return { ...base, dossier_key: dossierKey, body: withoutLocal(row) };
}

/** The next changes to send after the last seq the hub confirmed, read in one snapshot, and the outbox seq they reach. */
export function pendingChanges(sql: Sql, self: number, limit: number): { changes: OutgoingChange[]; upTo: number } {
  return sql.tx(() => {
    const pushed = sql.one(qb.selectFrom('hub_state').select('pushed'))?.pushed ?? 0;
    const entries = sql.all(qb.selectFrom('hub_outbox').selectAll().where('seq', '>', pushed).orderBy('seq').limit(limit));
    const changes = entries.map((entry) => outboxChange(sql, entry, self)).filter((c): c is OutgoingChange => c !== null);
    return { changes, upTo: entries.at(-1)?.seq ?? pushed };
  });
}

/** How many changes wait to be sent. */
export function waitingCount(sql: Sql): number {
  const pushed = sql.one(qb.selectFrom('hub_state').select('pushed'))?.pushed ?? 0;
  return Number(sql.one(qb.selectFrom('hub_outbox').select((eb) => eb.fn.countAll().as('n')).where('seq', '>', pushed))?.n ?? 0);
}
