// @runs: shared
// The dossier's life as one explicit state machine: every action names the
// states it may start from and the state it leads to. `null` is a submission
// that is not yet a dossier (the intake form). Nothing else may change a state.

export const DOSSIER_STATES = ['guidance_issued', 'refused', 'received', 'in_processing', 'awaiting_supplement', 'result_ready', 'returned', 'stopped'] as const;

export type DossierState = (typeof DOSSIER_STATES)[number];

export type DossierAction =
  | 'accept'
  | 'issueGuidance'
  | 'refuse'
  | 'resolveOnTheSpot'
  | 'handOver'
  | 'requestSupplement'
  | 'receiveSupplement'
  | 'receiveResult'
  | 'returnResult'
  | 'stop'
  | 'apologise';

type From = DossierState | null;

const OPEN: DossierState[] = ['received', 'in_processing', 'awaiting_supplement', 'result_ready'];

export const transitions: Record<DossierAction, { from: From[]; to: DossierState | 'same' }> = {
  accept: { from: [null, 'guidance_issued'], to: 'received' },
  // One request to supplement, in writing: never from guidance_issued again.
  issueGuidance: { from: [null], to: 'guidance_issued' },
  refuse: { from: [null, 'guidance_issued'], to: 'refused' },
  resolveOnTheSpot: { from: [null, 'guidance_issued'], to: 'returned' },
  handOver: { from: ['received'], to: 'in_processing' },
  requestSupplement: { from: ['in_processing'], to: 'awaiting_supplement' },
  receiveSupplement: { from: ['awaiting_supplement'], to: 'in_processing' },
  receiveResult: { from: ['received', 'in_processing'], to: 'result_ready' },
  returnResult: { from: ['result_ready'], to: 'returned' },
  stop: { from: ['guidance_issued', ...OPEN], to: 'stopped' },
  // A late dossier keeps its state and gains an apology with a new date.
  apologise: { from: OPEN, to: 'same' },
};

/** Dossiers still owed a result: the queue follows these. */
export const OPEN_STATES: readonly DossierState[] = OPEN;

export function canApply(action: DossierAction, from: From): boolean {
  return transitions[action].from.includes(from);
}

/** The state after an action, or null when the action is not allowed from there. */
export function nextState(action: DossierAction, from: From): DossierState | null {
  if (!canApply(action, from)) return null;
  const to = transitions[action].to;
  return to === 'same' ? (from as DossierState) : to;
}
