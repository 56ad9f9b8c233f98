// @runs: main
// Writing what other counters did, in the hub's order. Every counter reads the
// same log and judges each action the same way: an action is accepted when the
// counter that took it knew every earlier event of the dossier (its position
// equals the events counted so far); otherwise it was taken on a dossier that
// another counter changed meanwhile: it is kept in the history and flagged as a
// conflict on every counter, and the dossier stays as the accepted actions left it.
import type { Insertable } from 'kysely';
import type { Database } from '../db/schema';
import { qb, type Sql } from '../db/sql';
import { hubWords } from '../shared/vi/hub';
import { localOfKey, rememberKey } from './identity';
import type { ClerkRef, DossierImage, EventBody } from './outgoing';

/** One row of the hub's log as read by a counter. */
export interface HubChange {
  seq: number;
  change_id: string;
  origin: number;
  kind: string;
  dossier_key: string | null;
  body: unknown;
}

type Row<T extends keyof Database> = Insertable<Database[T]>;
type DossierColumns = Omit<Row<'dossiers'>, 'applicant_id' | 'procedure_version_id' | 'responsible_clerk_id'>;
type SnapshotColumns = Omit<Row<'dossier_applicants'>, 'dossier_id'>;

/** A received change this counter cannot hold (its catalogue lacks the procedure): the cursor stops before it. */
export class HubApplyError extends Error {}

function localClerk(sql: Sql, ref: ClerkRef, self: number, now: string): number {
  const known = localOfKey(sql, 'clerk', ref.key, self);
  if (known !== undefined) return known;
  // Another counter's clerk, for the history's names: never able to sign in here.
  const id = sql.run(
    qb.insertInto('clerks').values({ full_name: ref.fullName, username: `hub:${ref.key}`, password_hash: '!', role: 'clerk', active: 0, created_at: now }),
  ).lastInsertRowid;
  rememberKey(sql, 'clerk', id, ref.key);
  return id;
}

function procedureVersion(sql: Sql, image: DossierImage): number {
  const { id, version } = image.procedure;
  const row = sql.one(qb.selectFrom('procedure_versions').select('id').where('procedure_id', '=', id).where('version', '=', version));
  if (!row) throw new HubApplyError(hubWords.catalogueDiffers(id, version));
  return row.id;
}

/** The directory entry a received dossier points at: the one with its identifier, or a new one. */
function directoryApplicant(sql: Sql, applicant: Record<string, unknown>, now: string): number {
  const personalId = applicant.personal_id as string | null;
  const unitCode = applicant.unit_code as string | null;
  const known = personalId
    ? sql.one(qb.selectFrom('applicants').select('id').where('personal_id', '=', personalId))
    : unitCode
      ? sql.one(qb.selectFrom('applicants').select('id').where('unit_code', '=', unitCode))
      : undefined;
  if (known) return known.id;
  return sql.run(qb.insertInto('applicants').values({ ...(applicant as SnapshotColumns), created_at: now, updated_at: now })).lastInsertRowid;
}

function insertComponents(sql: Sql, dossierId: number, components: Record<string, unknown>[]): void {
  for (const c of components) sql.run(qb.insertInto('dossier_components').values({ ...(c as Omit<Row<'dossier_components'>, 'dossier_id'>), dossier_id: dossierId }));
}

function writeComponents(sql: Sql, dossierId: number, components: Record<string, unknown>[]): void {
  sql.run(qb.deleteFrom('dossier_components').where('dossier_id', '=', dossierId));
  insertComponents(sql, dossierId, components);
}

function sameComponents(sql: Sql, dossierId: number, components: Record<string, unknown>[]): boolean {
  const here = sql.all(qb.selectFrom('dossier_components').selectAll().where('dossier_id', '=', dossierId).orderBy('position'));
  return JSON.stringify(here.map(({ id: _id, dossier_id: _d, ...c }) => c)) === JSON.stringify(components);
}

/** Creates or rewrites a received dossier as the image says: row, applicant snapshot, components; gives its local id. */
export function writeDossier(sql: Sql, localId: number | undefined, image: DossierImage, self: number, now: string): number {
  const columns = { ...(image.row as DossierColumns), procedure_version_id: procedureVersion(sql, image), responsible_clerk_id: localClerk(sql, image.responsibleClerk, self, now) };
  if (localId === undefined) {
    // A dossier new here: nothing to compare with (a first join writes a million of these).
    const dossierId = sql.run(qb.insertInto('dossiers').values({ ...columns, applicant_id: directoryApplicant(sql, image.applicant, now) })).lastInsertRowid;
    rememberKey(sql, 'dossier', dossierId, image.key);
    sql.run(qb.insertInto('dossier_applicants').values({ ...(image.applicant as SnapshotColumns), dossier_id: dossierId }));
    insertComponents(sql, dossierId, image.components);
    return dossierId;
  }
  sql.run(qb.updateTable('dossiers').set(columns).where('id', '=', localId));
  writeSnapshot(sql, localId, image.applicant as SnapshotColumns);
  if (!sameComponents(sql, localId, image.components)) writeComponents(sql, localId, image.components);
  return localId;
}

/** Writes the applicant snapshot only when it differs: a closed day's snapshot refuses even a same-value update. */
function writeSnapshot(sql: Sql, dossierId: number, applicant: SnapshotColumns): void {
  const here = sql.one(qb.selectFrom('dossier_applicants').selectAll().where('dossier_id', '=', dossierId));
  if (!here) sql.run(qb.insertInto('dossier_applicants').values({ ...applicant, dossier_id: dossierId }));
  else if (JSON.stringify({ ...here, dossier_id: undefined }) !== JSON.stringify({ ...applicant, dossier_id: undefined })) {
    sql.run(qb.updateTable('dossier_applicants').set(applicant).where('dossier_id', '=', dossierId));
  }
}

/** This counter's own dossier goes back to the row the hub's order accepted (its intake record is unchanged). */
function restoreOwnRow(sql: Sql, dossierId: number, accepted: DossierImage): void {
  sql.run(qb.updateTable('dossiers').set(accepted.row as DossierColumns).where('id', '=', dossierId));
}

/** Adds a received event to the dossier's history, once: an event already held is left alone. */
export function insertEvent(sql: Sql, dossierId: number, received: EventBody['event'], self: number, now: string): void {
  if (localOfKey(sql, 'event', received.key, self) !== undefined) return;
  const { key, clerk, ...event } = received;
  const id = sql.run(qb.insertInto('dossier_events').values({ ...event, dossier_id: dossierId, clerk_id: localClerk(sql, clerk, self, now) })).lastInsertRowid;
  rememberKey(sql, 'event', id, key);
}

function applyEvent(sql: Sql, change: HubChange, self: number, now: string): void {
  const body = change.body as EventBody;
  const own = change.origin === self;
  let dossierId = localOfKey(sql, 'dossier', body.dossier.key, self);
  const judged = dossierId === undefined ? undefined : sql.one(qb.selectFrom('hub_dossiers').selectAll().where('dossier_id', '=', dossierId));
  const known = judged?.events ?? 0;
  const accepted = body.position === known;
  if (!own) {
    if (dossierId === undefined || accepted) dossierId = writeDossier(sql, dossierId, body.dossier, self, now);
    insertEvent(sql, dossierId, body.event, self, now);
  } else if (!accepted && judged && dossierId !== undefined) {
    restoreOwnRow(sql, dossierId, JSON.parse(judged.accepted) as DossierImage);
  }
  if (dossierId === undefined) return;
  if (!accepted) flagConflict(sql, dossierId, change, body.event.action, now);
  const image = accepted ? JSON.stringify(body.dossier) : (judged?.accepted ?? JSON.stringify(body.dossier));
  sql.run(
    qb
      .insertInto('hub_dossiers')
      .values({ dossier_id: dossierId, events: known + 1, accepted: image })
      .onConflict((oc) => oc.column('dossier_id').doUpdateSet({ events: known + 1, accepted: image })),
  );
}

/** Records an action the hub's order refused (once per change). */
export function flagConflict(sql: Sql, dossierId: number, change: Pick<HubChange, 'change_id' | 'seq' | 'origin'>, action: string, now: string): void {
  sql.run(
    qb
      .insertInto('hub_conflicts')
      .values({ dossier_id: dossierId, change_id: change.change_id, hub_seq: change.seq, origin: change.origin, action, detected_at: now })
      .onConflict((oc) => oc.column('change_id').doNothing()),
  );
}

function keepRecord(sql: Sql, change: HubChange, self: number): void {
  if (change.origin === self) return;
  sql.run(
    qb
      .insertInto('hub_records')
      .values({ change_id: change.change_id, origin: change.origin, kind: change.kind, dossier_key: change.dossier_key, body: JSON.stringify(change.body) })
      .onConflict((oc) => oc.column('change_id').doNothing()),
  );
}

/** Applies one received change as its kind asks (a first join's copy sends its records through here too). */
export function applyChange(sql: Sql, change: HubChange, self: number, now: string): void {
  if (change.kind === 'event') applyEvent(sql, change, self, now);
  else keepRecord(sql, change, self);
}

/**
 * Applies a batch read after the cursor, in one transaction with the cursor's
 * move: a counter killed mid-batch resumes from the same row. Received rows do
 * not enter this counter's outbox (hub_state.applying).
 */
export function applyChanges(sql: Sql, changes: HubChange[], self: number, now: string): void {
  if (changes.length === 0) return;
  sql.tx(() => {
    sql.run(qb.updateTable('hub_state').set({ applying: 1 }));
    for (const change of changes) applyChange(sql, change, self, now);
    sql.run(qb.updateTable('hub_state').set({ applying: 0, cursor: changes.at(-1)?.seq ?? 0 }));
  });
}
