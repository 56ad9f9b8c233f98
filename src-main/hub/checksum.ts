// @runs: main
// One checksum per dossier over what every counter must agree on: the row,
// the applicant as received, the components and the whole history, all in
// office form (no local ids), events in the order of their office-wide keys.
import { createHash } from 'node:crypto';
import { qb, type Sql } from '../db/sql';
import { keyOfLocal } from './identity';
import { dossierImage } from './outgoing';

function history(sql: Sql, dossierId: number, self: number): unknown[] {
  const events = sql.all(qb.selectFrom('dossier_events').innerJoin('clerks', 'clerks.id', 'dossier_events.clerk_id').selectAll('dossier_events').select('clerks.full_name').where('dossier_id', '=', dossierId));
  return events
    .map(({ id, dossier_id: _dossier, clerk_id: clerk, ...e }) => ({ key: keyOfLocal(sql, 'event', id, self), clerk: keyOfLocal(sql, 'clerk', clerk, self), ...e }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Office-wide dossier key → sha256 of the dossier in office form. */
export function dossierChecksums(sql: Sql, self: number): Map<string, string> {
  const sums = new Map<string, string>();
  for (const { id } of sql.all(qb.selectFrom('dossiers').select('id'))) {
    const image = dossierImage(sql, id, self);
    const text = JSON.stringify({ ...image, responsibleClerk: image.responsibleClerk.key, history: history(sql, id, self) });
    sums.set(image.key, createHash('sha256').update(text).digest('hex'));
  }
  return sums;
}
