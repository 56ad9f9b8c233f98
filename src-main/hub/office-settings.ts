// @runs: main
// The office's own settings come from the hub; the counter's own stay here.
// Office-wide: the office's name, code, address, phone, parent agency and place;
// the idle lock; the scans accepted and their size limit; the identity document
// types; the form set; the shared folder of scans, if any. The counter's own: its number,
// folders, printer, paper and copies, the hub connection, end-of-day sending,
// the queue's and reports' views. A change made in Cài đặt is logged here (who,
// when, the value) and travels; every counter writes the value last in the hub's
// order and keeps every earlier one in office_setting_changes, its history.
import { qb, type Sql } from '../db/sql';
import type { Actor } from '../dossiers/store';
import type { Clock } from '../services/clock';
import { toVnIso } from '../shared/time';
import { acceptedKindsSetting, maxMegabytesSetting } from '../attachments/settings';
import { formSetSetting } from '../documents/settings';
import { documentTypesSetting } from '../people/document-types';
import { idleMinutesSetting, officeSetting } from '../settings/keys';
import type { SettingKey } from '../settings/store';
import type { ClerkRef } from './outgoing';
import { keyOfLocal } from './identity';
import { localClerk, type HubChange } from './incoming';
import { waitsToBeSent } from './pending';
import { sharedScansFolderSetting } from './scan-folder';

/** The settings that are the office's, not the counter's (README, "The office hub"). */
export const OFFICE_SETTINGS: readonly SettingKey<unknown>[] = [
  officeSetting,
  idleMinutesSetting,
  acceptedKindsSetting,
  maxMegabytesSetting,
  documentTypesSetting,
  formSetSetting,
  sharedScansFolderSetting,
] as SettingKey<unknown>[];

const OFFICE_KEYS = OFFICE_SETTINGS.map((s) => s.key);

/** One change of an office setting in office form. */
export interface SettingBody {
  key: string;
  /** JSON, as in the settings table. */
  value: string;
  clerk: ClerkRef;
  counter: number;
  at: string;
}

function storedValue(sql: Sql, key: string): string | undefined {
  return sql.one(qb.selectFrom('settings').select('value').where('key', '=', key))?.value;
}

function lastLogged(sql: Sql, key: string): string | undefined {
  return sql.one(qb.selectFrom('office_setting_changes').select('value').where('key', '=', key).orderBy('id', 'desc').limit(1))?.value;
}

/**
 * Takes the store after a supervisor's change and who made it; logs every office
 * setting whose value differs from its last logged one (the outbox trigger sends it).
 * Call inside the change's transaction.
 */
export function recordOfficeSettings(deps: { sql: Sql; clock: Clock }, actor: Actor): void {
  const at = toVnIso(deps.clock.now());
  for (const key of OFFICE_KEYS) {
    const value = storedValue(deps.sql, key);
    if (value === undefined || value === lastLogged(deps.sql, key)) continue;
    deps.sql.run(qb.insertInto('office_setting_changes').values({ key, value, clerk_id: actor.clerkId, counter: actor.counter, at, hub_seq: null }));
  }
}

/** A logged change in office form, its clerk by office-wide key. */
export function settingBody(sql: Sql, changeId: number, self: number): SettingBody | null {
  const row = sql.one(
    qb
      .selectFrom('office_setting_changes')
      .innerJoin('clerks', 'clerks.id', 'office_setting_changes.clerk_id')
      .select(['key', 'value', 'clerk_id', 'clerks.full_name', 'counter', 'at'])
      .where('office_setting_changes.id', '=', changeId),
  );
  if (!row) return null;
  return { key: row.key, value: row.value, clerk: { key: keyOfLocal(sql, 'clerk', row.clerk_id, self), fullName: row.full_name }, counter: row.counter, at: row.at };
}

/** This counter's unsent changes of one key: they come later in the hub's order and win. */
function ownChangeWaits(sql: Sql, key: string): boolean {
  const ids = sql.all(qb.selectFrom('office_setting_changes').select('id').where('key', '=', key).where('hub_seq', 'is', null)).map((r) => r.id);
  return waitsToBeSent(sql, 'setting', ids);
}

/**
 * Writes a setting change read from the hub: another counter's is added to the
 * history; the value, this counter's own included, becomes the setting here
 * unless this counter changed it since. A key this counter does not hold as the
 * office's is kept in the history only.
 */
export function applySetting(sql: Sql, change: HubChange, self: number, now: string): void {
  const body = change.body as SettingBody;
  if (change.origin !== self) {
    const clerkId = localClerk(sql, body.clerk, self, now);
    sql.run(qb.insertInto('office_setting_changes').values({ key: body.key, value: body.value, clerk_id: clerkId, counter: body.counter, at: body.at, hub_seq: change.seq }));
  }
  if (!OFFICE_KEYS.includes(body.key) || ownChangeWaits(sql, body.key)) return;
  sql.run(qb.insertInto('settings').values({ key: body.key, value: body.value }).onConflict((oc) => oc.column('key').doUpdateSet({ value: body.value })));
}

/** One entry of an office setting's history, newest first. */
export interface SettingHistoryEntry {
  key: string;
  value: unknown;
  clerkName: string;
  counter: number;
  at: string;
}

/** The history of the office's settings (or of one), newest first, as this counter received it. */
export function officeSettingHistory(sql: Sql, key?: string): SettingHistoryEntry[] {
  let query = qb
    .selectFrom('office_setting_changes')
    .innerJoin('clerks', 'clerks.id', 'office_setting_changes.clerk_id')
    .select(['key', 'value', 'clerks.full_name', 'counter', 'at'])
    .orderBy('office_setting_changes.id', 'desc');
  if (key) query = query.where('key', '=', key);
  return sql.all(query).map((r) => ({ key: r.key, value: JSON.parse(r.value) as unknown, clerkName: r.full_name, counter: r.counter, at: r.at }));
}
