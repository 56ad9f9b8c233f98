// @runs: main
// Reading and writing dossiers. Every state change goes through transition(),
// which asks the state machine and appends the "4 Rõ" event (who, when, which
// counter, why) in the caller's transaction.
import { DomainError, type CallContext } from '../api/kit';
import { qb, type Sql } from '../db/sql';
import { componentDefaults, dossierActionNames, dossierStateNames } from '../shared/vi/intake';
import { nextState, type DossierAction, type DossierState } from './states';
import type { Updateable } from 'kysely';
import type { DossiersTable } from './tables';

export interface Actor {
  clerkId: number;
  counter: number;
}

export function actorOf(ctx: CallContext): Actor {
  if (ctx.clerkId === null || ctx.counter === null) throw new DomainError('NOT_SIGNED_IN');
  return { clerkId: ctx.clerkId, counter: ctx.counter };
}

export function dossierRow(sql: Sql, dossierId: number) {
  const row = sql.one(qb.selectFrom('dossiers').selectAll().where('id', '=', dossierId));
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

export function recordEvent(
  sql: Sql,
  event: { dossierId: number; at: string; actor: Actor; action: DossierAction | 'correct' | 'settleConflict'; from: DossierState | null; to: DossierState | null; reason?: string; payload?: Record<string, unknown> },
): void {
  sql.run(
    qb.insertInto('dossier_events').values({
      dossier_id: event.dossierId,
      at: event.at,
      clerk_id: event.actor.clerkId,
      counter: event.actor.counter,
      action: event.action,
      from_state: event.from,
      to_state: event.to,
      reason: event.reason ?? null,
      payload: JSON.stringify(event.payload ?? {}),
    }),
  );
}

/** Applies an action to an existing dossier: refuses moves the state machine forbids. */
export function transition(
  sql: Sql,
  dossierId: number,
  action: DossierAction,
  at: string,
  actor: Actor,
  changes: Omit<Updateable<DossiersTable>, 'id' | 'state'> = {},
  note: { reason?: string; payload?: Record<string, unknown> } = {},
): DossierState {
  const current = dossierRow(sql, dossierId).state;
  const to = nextState(action, current);
  if (!to) throw new DomainError('CONFLICT', componentDefaults.transitionRefused(dossierActionNames[action], dossierStateNames[current]));
  sql.run(qb.updateTable('dossiers').set({ ...changes, state: to, updated_at: at }).where('id', '=', dossierId));
  recordEvent(sql, { dossierId, at, actor, action, from: current, to, ...note });
  return to;
}

export function dossierEvents(sql: Sql, dossierId: number) {
  return sql.all(
    qb
      .selectFrom('dossier_events')
      .innerJoin('clerks', 'clerks.id', 'dossier_events.clerk_id')
      .select(['dossier_events.id', 'at', 'action', 'from_state', 'to_state', 'reason', 'payload', 'counter', 'clerks.full_name as clerk_name'])
      .where('dossier_id', '=', dossierId)
      .orderBy('dossier_events.id'),
  );
}

export function dossierComponents(sql: Sql, dossierId: number) {
  return sql.all(qb.selectFrom('dossier_components').selectAll().where('dossier_id', '=', dossierId).orderBy('position'));
}
