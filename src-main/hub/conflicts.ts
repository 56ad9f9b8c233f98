// @runs: main
// Conflicts as this counter knows them: actions the hub's order found taken on
// a dossier another counter had changed meanwhile. Both histories are in the
// dossier's events. A supervisor settles a conflict with one more event on the
// dossier ('settleConflict'): it travels through the hub like any event, so
// every counter reads the same settlement, and nothing is deleted or rewritten.
import { DomainError } from '../api/kit';
import { qb, type Sql } from '../db/sql';
import { dossierEvents, dossierRow, recordEvent, type Actor } from '../dossiers/store';
import { canApply, type DossierAction, type DossierState } from '../dossiers/states';
import { dossierActionNames, dossierStateNames } from '../shared/vi/intake';
import { hubWords } from '../shared/vi/hub';
import type { Lifecycle, ReturnDetails } from '../queue/lifecycle';
import { stepWords } from '../queue/papers';

/** Which outcome stands: the one the hub's order accepted, or the action taken while disconnected. */
export type Kept = 'accepted' | 'disconnected';

export const SETTLE_ACTION = 'settleConflict';

export interface Settlement {
  at: string;
  counter: number;
  clerkName: string;
  kept: Kept;
  reason: string;
}

export interface HubConflict {
  dossierId: number;
  dossierCode: string | null;
  changeId: string;
  /** The counter that took the action. */
  origin: number;
  action: string;
  detectedAt: string;
  settlement: Settlement | null;
}

/** One step of a history as the conflict screen shows it. */
export interface HistoryStep {
  at: string;
  counter: number;
  clerkName: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  /** What the step's event says (department and receiver of a hand-over, the result's number…), as the control sheet words it; null when it says nothing more. */
  details: string | null;
}

type EventRow = ReturnType<typeof dossierEvents>[number];

function conflictRows(sql: Sql, dossierId?: number) {
  let query = qb
    .selectFrom('hub_conflicts')
    .innerJoin('dossiers', 'dossiers.id', 'hub_conflicts.dossier_id')
    .select(['hub_conflicts.dossier_id', 'dossiers.code', 'change_id', 'origin', 'action', 'detected_at', 'event_id'])
    .orderBy('hub_conflicts.id', 'desc');
  if (dossierId !== undefined) query = query.where('hub_conflicts.dossier_id', '=', dossierId);
  return sql.all(query);
}

/** The settlements recorded on a dossier, by the change id they settle. */
function settlements(events: EventRow[]): Map<string, Settlement> {
  const found = new Map<string, Settlement>();
  for (const e of events.filter((e) => e.action === SETTLE_ACTION)) {
    const payload = JSON.parse(e.payload) as { changeId: string; kept: Kept };
    found.set(payload.changeId, { at: e.at, counter: e.counter, clerkName: e.clerk_name, kept: payload.kept, reason: e.reason ?? '' });
  }
  return found;
}

/** Every flagged conflict (of one dossier, or all), newest first, each with its settlement if a supervisor made one. */
export function listConflicts(sql: Sql, dossierId?: number): HubConflict[] {
  const rows = conflictRows(sql, dossierId);
  const settled = new Map<number, Map<string, Settlement>>();
  const settlementOf = (id: number, changeId: string) => {
    if (!settled.has(id)) settled.set(id, settlements(dossierEvents(sql, id)));
    return settled.get(id)?.get(changeId) ?? null;
  };
  return rows.map((r) => ({
    dossierId: r.dossier_id,
    dossierCode: r.code,
    changeId: r.change_id,
    origin: r.origin,
    action: r.action,
    detectedAt: r.detected_at,
    settlement: settlementOf(r.dossier_id, r.change_id),
  }));
}

/** Conflicts no supervisor has settled yet (the shell's footer). */
export function openConflictCount(sql: Sql): number {
  return listConflicts(sql).filter((c) => c.settlement === null).length;
}

/** Which event of the dossier each of its conflicts flagged, by change id: the one its row names (migration 0027). */
function losingEvents(sql: Sql, dossierId: number, events: EventRow[]): Map<string, EventRow> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const found = new Map<string, EventRow>();
  for (const c of conflictRows(sql, dossierId)) {
    const event = c.event_id === null ? undefined : byId.get(c.event_id);
    if (event) found.set(c.change_id, event);
  }
  return found;
}

function step(e: EventRow, unit: string): HistoryStep {
  const words = stepWords(e, unit);
  return { at: e.at, counter: e.counter, clerkName: e.clerk_name, action: e.action, fromState: e.from_state, toState: e.to_state, reason: e.reason, details: words ? hubWords.conflicts.stepDetails(words) : null };
}

function conflictOf(sql: Sql, changeId: string): HubConflict {
  const conflict = listConflicts(sql).find((c) => c.changeId === changeId);
  if (!conflict) throw new DomainError('NOT_FOUND', hubWords.conflictUnknown);
  return conflict;
}

/**
 * Both histories of a conflict: the dossier's events as the hub's order
 * accepted them (every action but the flagged ones), and the action taken while
 * disconnected, each step with its details (`unit`: the counter's unit, as the
 * control sheet names it); with the dossier's state now and, before the
 * supervisor chooses, why the disconnected action cannot stand now (null when
 * it can).
 */
export function conflictDetail(
  sql: Sql,
  changeId: string,
  unit: string,
): { conflict: HubConflict; state: string; accepted: HistoryStep[]; disconnected: HistoryStep[]; keepRefusal: string | null } {
  const conflict = conflictOf(sql, changeId);
  const events = dossierEvents(sql, conflict.dossierId);
  const losing = losingEvents(sql, conflict.dossierId, events);
  const flagged = new Set([...losing.values()].map((e) => e.id));
  const mine = losing.get(changeId);
  const state = dossierRow(sql, conflict.dossierId).state;
  return {
    conflict,
    state,
    accepted: events.filter((e) => !flagged.has(e.id)).map((e) => step(e, unit)),
    disconnected: mine ? [step(mine, unit)] : [],
    keepRefusal: mine ? replayRefusal(mine.action, state) : hubWords.conflictUnknown,
  };
}

/** The actions a supervisor can take again to let the disconnected one stand (replay below). */
const REPLAYABLE: readonly string[] = ['handOver', 'requestSupplement', 'receiveSupplement', 'receiveResult', 'returnResult', 'stop', 'apologise'];

/**
 * Why the action taken while disconnected cannot be taken again from the
 * dossier's state now, or null when the state machine allows it. The one rule
 * both the conflict screen (before the choice) and settleConflict (at it) apply.
 */
export function replayRefusal(action: string, state: string): string | null {
  const name = dossierActionNames[action as DossierAction] ?? action;
  if (!REPLAYABLE.includes(action)) return hubWords.cannotReplay(name);
  if (!canApply(action as DossierAction, state as DossierState)) return hubWords.settleRefused(name, dossierStateNames[state as DossierState] ?? state);
  return null;
}

type Payload = Record<string, unknown>;

/** The action taken while disconnected, taken again now by the supervisor: the state machine decides, as for any action. */
function replay(lifecycle: Lifecycle, dossierId: number, event: EventRow, actor: Actor): void {
  const p = JSON.parse(event.payload) as Payload;
  const reason = event.reason ?? '';
  const action = event.action as DossierAction;
  switch (action) {
    case 'handOver':
      return lifecycle.handOver(dossierId, { department: String(p.department), receiverName: String(p.receiverName) }, actor);
    case 'requestSupplement':
      return lifecycle.requestSupplement(dossierId, { reason }, actor);
    case 'receiveSupplement':
      return lifecycle.receiveSupplement(dossierId, { documents: String(p.documents) }, actor);
    case 'receiveResult':
      return lifecycle.receiveResult(dossierId, { resultNumber: String(p.resultNumber), items: p.items as { name: string; count: number }[], deliveredBy: p.deliveredBy as string | undefined }, actor);
    case 'returnResult':
      return void lifecycle.returnResult(dossierId, returnInput(p as unknown as ReturnDetails), actor, () => (p.collector as { fullName: string }).fullName);
    case 'stop':
      return lifecycle.stop(dossierId, { kind: p.kind === 'withdrawn' ? 'withdrawn' : 'applicantRequest', reason }, actor);
    case 'apologise':
      return void lifecycle.apologise(dossierId, { reason, newDueDate: String(p.newDueAt).slice(0, 10) }, actor);
    default:
      // replayRefusal has refused it already; kept so a new action cannot slip through unreplayed.
      throw new DomainError('CONFLICT', hubWords.cannotReplay(dossierActionNames[action] ?? action));
  }
}

function returnInput(details: ReturnDetails) {
  if (details.method === 'post') return details;
  const { collector } = details;
  return { ...details, collector: collector.kind === 'applicant' ? { kind: 'applicant' as const } : collector };
}

/**
 * A supervisor settles a conflict: one 'settleConflict' event with the reason,
 * then, when the action taken while disconnected is to stand, that action taken
 * again now by the supervisor (refused, changing nothing, when the state machine
 * does not allow it from the dossier's state). Refuses a conflict already settled.
 */
export function settleConflict(deps: { sql: Sql; lifecycle: Lifecycle; now: string }, input: { changeId: string; kept: Kept; reason: string }, actor: Actor): HubConflict {
  const { sql } = deps;
  const conflict = conflictOf(sql, input.changeId);
  if (conflict.settlement) throw new DomainError('CONFLICT', hubWords.alreadySettled);
  sql.tx(() => {
    const event = losingEvents(sql, conflict.dossierId, dossierEvents(sql, conflict.dossierId)).get(input.changeId);
    if (!event) throw new DomainError('NOT_FOUND', hubWords.conflictUnknown);
    const state = dossierRow(sql, conflict.dossierId).state;
    const refusal = input.kept === 'disconnected' ? replayRefusal(event.action, state) : null;
    if (refusal) throw new DomainError('CONFLICT', refusal);
    recordEvent(sql, {
      dossierId: conflict.dossierId,
      at: deps.now,
      actor,
      action: SETTLE_ACTION,
      from: state,
      to: state,
      reason: input.reason,
      payload: { changeId: input.changeId, kept: input.kept, origin: conflict.origin, action: conflict.action },
    });
    if (input.kept === 'accepted') return;
    try {
      replay(deps.lifecycle, conflict.dossierId, event, actor);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'CONFLICT') throw new DomainError('CONFLICT', hubWords.settleRefused(dossierActionNames[event.action as DossierAction] ?? event.action, dossierStateNames[state]));
      throw error;
    }
  });
  return conflictOf(sql, input.changeId);
}
