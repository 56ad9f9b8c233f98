import { describe, expect, it } from 'vitest';
import { canApply, nextState, transitions, type DossierAction, type DossierState } from '../../src-main/dossiers/states';

const ALL: (DossierState | null)[] = [null, 'guidance_issued', 'refused', 'received', 'in_processing', 'awaiting_supplement', 'result_ready', 'returned', 'stopped'];

/** The allowed moves, written out by hand from the one-stop rules, to check the machine against. */
const allowed: Record<DossierAction, [DossierState | null, DossierState][]> = {
  accept: [[null, 'received'], ['guidance_issued', 'received']],
  issueGuidance: [[null, 'guidance_issued']],
  refuse: [[null, 'refused'], ['guidance_issued', 'refused']],
  resolveOnTheSpot: [[null, 'returned'], ['guidance_issued', 'returned']],
  handOver: [['received', 'in_processing']],
  requestSupplement: [['in_processing', 'awaiting_supplement']],
  receiveSupplement: [['awaiting_supplement', 'in_processing']],
  receiveResult: [['received', 'result_ready'], ['in_processing', 'result_ready']],
  returnResult: [['result_ready', 'returned']],
  stop: [['guidance_issued', 'stopped'], ['received', 'stopped'], ['in_processing', 'stopped'], ['awaiting_supplement', 'stopped'], ['result_ready', 'stopped']],
  apologise: [['received', 'received'], ['in_processing', 'in_processing'], ['awaiting_supplement', 'awaiting_supplement'], ['result_ready', 'result_ready']],
};

describe('dossier state machine', () => {
  for (const action of Object.keys(transitions) as DossierAction[]) {
    for (const from of ALL) {
      const expected = allowed[action].find(([f]) => f === from)?.[1] ?? null;
      it(`${action} from ${from ?? '(new)'} → ${expected ?? 'refused'}`, () => {
        expect(nextState(action, from)).toBe(expected);
        expect(canApply(action, from)).toBe(expected !== null);
      });
    }
  }

  it('never asks for a supplement twice at intake', () => {
    expect(nextState('issueGuidance', 'guidance_issued')).toBeNull();
  });

  it('closed dossiers stay closed', () => {
    for (const closed of ['refused', 'returned', 'stopped'] as const) {
      for (const action of Object.keys(transitions) as DossierAction[]) expect(nextState(action, closed)).toBeNull();
    }
  });
});
