// @runs: main
// The derived queue columns of a received dossier (migration 0006's rules),
// written with the row so that migration 0023's insert trigger need not
// UPDATE it: a first join inserts a million dossiers.
const OPEN_STATES = new Set(['received', 'in_processing', 'awaiting_supplement']);

interface DerivedFrom {
  state?: string | null;
  due_date?: string | null;
  extended_due_date?: string | null;
  returned_at?: string | null;
}

export interface Derived {
  current_due_date: string | null;
  open_due_date: string | null;
  return_timing: 'early' | 'onTime' | 'late' | null;
}

function returnTiming(returnedAt: string | null | undefined, dueDate: string | null | undefined): Derived['return_timing'] {
  if (returnedAt == null || dueDate == null) return null;
  const day = returnedAt.slice(0, 10);
  return day < dueDate ? 'early' : day === dueDate ? 'onTime' : 'late';
}

function computed(row: DerivedFrom): Derived {
  const current = row.extended_due_date ?? row.due_date ?? null;
  return { current_due_date: current, open_due_date: OPEN_STATES.has(row.state ?? '') ? current : null, return_timing: returnTiming(row.returned_at, row.due_date) };
}

/**
 * Takes the columns of a dossier about to be inserted; gives them with the
 * derived queue columns filled. A wrong value would only cost time: the insert
 * trigger (0023) compares and corrects.
 */
export function withDerived<T extends DerivedFrom>(row: T): T & Derived {
  return { ...row, ...computed(row) };
}
