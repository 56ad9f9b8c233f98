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
import { withDerived } from './derived';
import { localOfKey, ownIdFree, parseKey, rememberKey } from './identity';
import { applyOfficeChange, isOfficeKind } from './office-kinds';
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

/** The local row of a clerk named by a received change; a placeholder until the clerk's own change arrives (hub/clerks.ts). */
export function localClerk(sql: Sql, ref: ClerkRef, self: number, now: string): number {
  const known = localOfKey(sql, 'clerk', ref.key, self);
  if (known !== undefined) return known;
  // Another counter's clerk not received yet (created before clerks travelled): a name for the history, unable to sign in until its account arrives.
  const id = sql.run(
    qb.insertInto('clerks').values({ full_name: ref.fullName, username: `hub:${ref.key}`, password_hash: '!', role: 'clerk', active: 0, created_at: now }),
  ).lastInsertRowid;
  rememberKey(sql, 'clerk', id, ref.key, self);
  return id;
}

function procedureVersion(sql: Sql, image: DossierImage): number {
  const { id, version } = image.procedure;
  const row = sql.get<{ id: number }>('SELECT id FROM procedure_versions WHERE procedure_id = ? AND version = ?', id, version);
  if (!row) throw new HubApplyError(hubWords.catalogueDiffers(id, version));
  return row.id;
}

/** The directory entry a received dossier points at: the one with its identifier, or a new one. */
function directoryApplicant(sql: Sql, applicant: Record<string, unknown>, now: string): number {
  const personalId = applicant.personal_id as string | null;
  const unitCode = applicant.unit_code as string | null;
  const known = personalId
    ? sql.get<{ id: number }>('SELECT id FROM applicants WHERE personal_id = ?', personalId)
    : unitCode
      ? sql.get<{ id: number }>('SELECT id FROM applicants WHERE unit_code = ?', unitCode)
      : undefined;
  if (known) return known.id;
  return sql.insert('applicants', { ...(applicant as SnapshotColumns), created_at: now, updated_at: now });
}

function insertComponents(sql: Sql, dossierId: number, components: Record<string, unknown>[]): void {
  for (const c of components) sql.insert('dossier_components', { ...(c as Omit<Row<'dossier_components'>, 'dossier_id'>), dossier_id: dossierId });
}

function writeComponents(sql: Sql, dossierId: number, components: Record<string, unknown>[]): void {
  sql.run(qb.deleteFrom('dossier_components').where('dossier_id', '=', dossierId));
  insertComponents(sql, dossierId, components);
}

function sameComponents(sql: Sql, dossierId: number, components: Record<string, unknown>[]): boolean {
  const here = sql.all(qb.selectFrom('dossier_components').selectAll().where('dossier_id', '=', dossierId).orderBy('position'));
  return JSON.stringify(here.map(({ id: _id, dossier_id: _d, ...c }) => c)) === JSON.stringify(components);
}

type Numbers = Pick<DossierColumns, 'code' | 'register_volume' | 'register_number'>;

/** Another dossier here with the same code or register number (only this counter's own: a restored backup's later intake). */
function numbersHolder(sql: Sql, numbers: Numbers, exceptId: number | undefined): (Numbers & { id: number }) | undefined {
  const { code, register_volume: volume, register_number: number } = numbers;
  return sql.get(
    'SELECT id, code, register_volume, register_number FROM dossiers WHERE (code = ? OR (register_volume = ? AND register_number = ?)) AND id != ?',
    code ?? null,
    volume ?? null,
    number ?? null,
    exceptId ?? 0,
  );
}

/** The numbers a dossier keeps when the one that holds them came first in the hub's order: a marked code, no register number. */
function givenWay<T extends Numbers>(row: T, holder: Numbers): T {
  const code = row.code && row.code === holder.code ? `${row.code}${hubWords.restoredCodeSuffix}` : row.code;
  const sameRegister = row.register_volume === holder.register_volume && row.register_number === holder.register_number;
  return { ...row, code, register_number: sameRegister ? null : row.register_number };
}

/**
 * A dossier received after a restored backup may carry the code or register
 * number that this counter gave again, offline, before it got the dossier
 * back. The one first in the hub's order keeps it, on every counter alike: a
 * reclaimed dossier of this counter came first, so the local one gives way;
 * any other received dossier came later, so it gives way.
 */
function settleNumbers<T extends Numbers>(sql: Sql, columns: T, localId: number | undefined, reclaimed: boolean): T {
  let settled = columns;
  // At most one holder of the code, one of the register number, and one of a code marked by an earlier restore.
  for (let round = 0, holder = numbersHolder(sql, settled, localId); holder && round < 3; round++, holder = numbersHolder(sql, settled, localId)) {
    if (reclaimed) sql.run(qb.updateTable('dossiers').set(givenWay(holder, settled)).where('id', '=', holder.id));
    else settled = givenWay(settled, holder);
  }
  return settled;
}

/** Creates or rewrites a received dossier as the image says: row, applicant snapshot, components; gives its local id. */
export function writeDossier(sql: Sql, localId: number | undefined, image: DossierImage, self: number, now: string): number {
  const row = { ...(image.row as DossierColumns), procedure_version_id: procedureVersion(sql, image), responsible_clerk_id: localClerk(sql, image.responsibleClerk, self, now) };
  const columns = settleNumbers(sql, row, localId, localId === undefined && parseKey(image.key).origin === self);
  if (localId === undefined) {
    // A dossier new here: nothing to compare with (a first join writes a million of these).
    const id = ownIdFree(sql, 'dossier', image.key, self);
    const dossierId = sql.insert('dossiers', { ...withDerived(columns), id, applicant_id: directoryApplicant(sql, image.applicant, now) });
    rememberKey(sql, 'dossier', dossierId, image.key, self);
    sql.insert('dossier_applicants', { ...(image.applicant as SnapshotColumns), dossier_id: dossierId });
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

/** Whether this counter took a later action on the dossier that the hub's log has not given back yet (its row already shows that one). */
function laterOwnAction(sql: Sql, dossierId: number, change: HubChange): boolean {
  // From the dossier's few events to their outbox entries (index hub_outbox_row), not through a long outbox.
  const later = qb
    .selectFrom('dossier_events')
    .innerJoin('hub_outbox', (join) => join.onRef('hub_outbox.row_id', '=', 'dossier_events.id').on('hub_outbox.kind', '=', 'event'))
    .select('hub_outbox.seq')
    .where('dossier_events.dossier_id', '=', dossierId)
    .where('hub_outbox.seq', '>', parseKey(change.change_id).originId)
    .limit(1);
  return sql.one(later) !== undefined;
}

/**
 * This counter's own dossier takes the row the hub's order accepted last. Its
 * intake record is unchanged, and so are its numbers: settled here after a
 * restore (settleNumbers), they may differ from the image that was sent.
 */
function restoreOwnRow(sql: Sql, dossierId: number, accepted: DossierImage): void {
  const { code: _code, register_volume: _volume, register_number: _number, ...row } = accepted.row as DossierColumns;
  sql.run(qb.updateTable('dossiers').set(row).where('id', '=', dossierId));
}

/** Adds a received event to the dossier's history, once: an event already held is left alone. */
export function insertEvent(sql: Sql, dossierId: number, received: EventBody['event'], self: number, now: string): void {
  if (localOfKey(sql, 'event', received.key, self) !== undefined) return;
  const { key, clerk, ...event } = received;
  const own = ownIdFree(sql, 'event', key, self);
  const id = sql.insert('dossier_events', { ...event, id: own, dossier_id: dossierId, clerk_id: localClerk(sql, clerk, self, now) });
  rememberKey(sql, 'event', id, key, self);
}

function applyEvent(sql: Sql, change: HubChange, self: number, now: string): void {
  const body = change.body as EventBody;
  // This counter's own action, unless a restored backup lacks it: then it is written back from the hub like any other.
  const own = change.origin === self && localOfKey(sql, 'event', body.event.key, self) !== undefined;
  let dossierId = localOfKey(sql, 'dossier', body.dossier.key, self);
  const judged = dossierId === undefined ? undefined : sql.one(qb.selectFrom('hub_dossiers').selectAll().where('dossier_id', '=', dossierId));
  const known = judged?.events ?? 0;
  const accepted = body.position === known;
  if (!own) {
    if (dossierId === undefined || accepted) dossierId = writeDossier(sql, dossierId, body.dossier, self, now);
    insertEvent(sql, dossierId, body.event, self, now);
  } else if (dossierId !== undefined && !laterOwnAction(sql, dossierId, change)) {
    // Read back in the hub's order, this counter's own action settles its row: as the action left it when accepted,
    // as the last accepted one left it when not. Not while a later action of its own waits: its read-back settles it.
    const settled = accepted ? body.dossier : judged && (JSON.parse(judged.accepted) as DossierImage);
    if (settled) restoreOwnRow(sql, dossierId, settled);
  }
  if (dossierId === undefined) return;
  if (!accepted) flagConflict(sql, dossierId, change, { action: body.event.action, eventId: localOfKey(sql, 'event', body.event.key, self) ?? null }, now);
  const image = accepted ? JSON.stringify(body.dossier) : (judged?.accepted ?? JSON.stringify(body.dossier));
  sql.run(
    qb
      .insertInto('hub_dossiers')
      .values({ dossier_id: dossierId, events: known + 1, accepted: image })
      .onConflict((oc) => oc.column('dossier_id').doUpdateSet({ events: known + 1, accepted: image })),
  );
}

/**
 * Records an action the hub's order refused (once per change), with the local
 * id of its event: that event did not take effect, so reports and registers
 * leave it out, and a settlement replays exactly it.
 */
export function flagConflict(
  sql: Sql,
  dossierId: number,
  change: Pick<HubChange, 'change_id' | 'seq' | 'origin'>,
  refused: { action: string; eventId: number | null },
  now: string,
): void {
  sql.run(
    qb
      .insertInto('hub_conflicts')
      .values({ dossier_id: dossierId, change_id: change.change_id, hub_seq: change.seq, origin: change.origin, action: refused.action, event_id: refused.eventId, detected_at: now })
      .onConflict((oc) => oc.column('change_id').doNothing()),
  );
}

/** Whether the outbox still holds this change of this counter (else a restored backup lacks it: the hub's copy is kept). */
function ownHeld(sql: Sql, change: Omit<HubChange, 'body'>, self: number): boolean {
  return change.origin === self && sql.one(qb.selectFrom('hub_outbox').select('seq').where('seq', '=', parseKey(change.change_id).originId)) !== undefined;
}

/** Keeps another counter's record (a paper, a rating, a closure…) as the hub's JSON text: a statement prepared once, a first join keeps a million. */
function keepRecordText(sql: Sql, change: Omit<HubChange, 'body'>, text: string, self: number): void {
  if (ownHeld(sql, change, self)) return;
  sql.exec(
    'INSERT INTO hub_records (change_id, origin, kind, dossier_key, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT (change_id) DO NOTHING',
    change.change_id,
    change.origin,
    change.kind,
    change.dossier_key,
    text,
  );
}

/** Applies one received change as its kind asks (a first join's copy sends its records through here too). */
export function applyChange(sql: Sql, change: HubChange, self: number, now: string): void {
  if (change.kind === 'event') applyEvent(sql, change, self, now);
  else if (!applyOfficeChange(sql, change, self, now)) keepRecordText(sql, change, JSON.stringify(change.body), self);
}

/**
 * Applies a received change that is not an event, its body still the hub's
 * JSON text (a first join's copy reads a million records this way): parsed
 * only for the kinds written into tables here (clerks, settings, scans).
 */
export function applyRecordText(sql: Sql, change: Omit<HubChange, 'body'>, text: string, self: number, now: string): void {
  if (isOfficeKind(change.kind)) applyChange(sql, { ...change, body: JSON.parse(text) as unknown }, self, now);
  else keepRecordText(sql, change, text, self);
}

/**
 * The outbox keeps a row until this counter has read its change back from the
 * hub's log (then both the hub and the cursor hold it); AUTOINCREMENT keeps the
 * numbering going past pruned rows.
 */
function pruneOutbox(sql: Sql, changes: HubChange[], self: number): void {
  const own = changes.filter((c) => c.origin === self).map((c) => parseKey(c.change_id).originId);
  if (own.length === 0) return;
  const pushed = sql.one(qb.selectFrom('hub_state').select('pushed'))?.pushed ?? 0;
  sql.run(qb.deleteFrom('hub_outbox').where('seq', '<=', Math.min(Math.max(...own), pushed)));
}

/**
 * Applies a batch read after the cursor, in one transaction with the cursor's
 * move: a counter killed mid-batch resumes from the same row. Received rows do
 * not enter this counter's outbox (hub_state.applying). Refuses (HubApplyError,
 * nothing written) a batch with a dossier whose procedure version the catalogue lacks.
 */
export function applyChanges(sql: Sql, changes: HubChange[], self: number, now: string): void {
  if (changes.length === 0) return;
  sql.tx(() => {
    sql.run(qb.updateTable('hub_state').set({ applying: 1 }));
    for (const change of changes) applyChange(sql, change, self, now);
    pruneOutbox(sql, changes, self);
    sql.run(qb.updateTable('hub_state').set({ applying: 0, cursor: changes.at(-1)?.seq ?? 0 }));
  });
}
