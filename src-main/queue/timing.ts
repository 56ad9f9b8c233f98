// @runs: shared
// How a result compares with the ORIGINAL appointment: an apology moves the
// date the office owes, never the statistics (REFERENCE.md §1.4, §1.5).

export type Timing = 'early' | 'onTime' | 'late';

/** By calendar day, as the control sheet and the register read it. */
export function timingOf(dueDate: string, at: string): Timing {
  const day = at.slice(0, 10);
  if (day < dueDate) return 'early';
  return day === dueDate ? 'onTime' : 'late';
}

/** Late when returned after its original due date, or (not yet returned) when that date has passed. */
export function isLate(dossier: { due_date: string | null; returned_at: string | null }, today?: string): boolean {
  if (!dossier.due_date) return false;
  const at = dossier.returned_at ?? today;
  return at !== undefined && timingOf(dossier.due_date, at) === 'late';
}
