// @runs: shared
// "One of" component groups (Law 41/2024 Art. 77: the pension's termination
// paper or written request; Art. 25.2: the paper book or a look-up of the
// electronic one). Shared by the completeness check, the guidance slip and the
// checklist screen, so all three read a group the same way.

/** A checklist line: one component on its own, or a group of which any one member suffices. */
export interface ChecklistEntry<T> {
  group: string | null;
  members: T[];
}

/**
 * Takes components in catalogue order; gives one entry per ungrouped component and one per group,
 * placed where its first member is. Refuses nothing (the catalogue schema checks groups).
 */
export function checklistEntries<T extends { group?: string }>(components: readonly T[]): ChecklistEntry<T>[] {
  const entries: ChecklistEntry<T>[] = [];
  const byGroup = new Map<string, ChecklistEntry<T>>();
  for (const component of components) {
    const key = component.group;
    if (!key) {
      entries.push({ group: null, members: [component] });
      continue;
    }
    const entry = byGroup.get(key);
    if (entry) entry.members.push(component);
    else {
      const created = { group: key, members: [component] };
      byGroup.set(key, created);
      entries.push(created);
    }
  }
  return entries;
}

interface Checked {
  required: boolean;
  status: 'received' | 'missing' | 'faulty' | 'not_needed';
}

/** A group is required when any member is; it is satisfied when any member is received. */
export function entryRequired(entry: ChecklistEntry<Checked>): boolean {
  return entry.members.some((m) => m.required);
}

export function entrySatisfied(entry: ChecklistEntry<Checked>): boolean {
  return entry.members.some((m) => m.status === 'received');
}

/**
 * What keeps a dossier from being accepted: a required entry not satisfied, or any faulty member.
 * Gives the entries lacking, in checklist order.
 */
export function lackingEntries<T extends Checked & { group?: string }>(components: readonly T[]): ChecklistEntry<T>[] {
  return checklistEntries(components).filter((e) => (entryRequired(e) && !entrySatisfied(e)) || e.members.some((m) => m.status === 'faulty'));
}

/**
 * What a guidance slip asks for: every missing or faulty component, except members of a group that
 * another member already satisfies (a faulty one is still asked again). A group none of whose members
 * came in is one entry.
 */
export function outstandingEntries<T extends Checked & { group?: string }>(components: readonly T[]): ChecklistEntry<T>[] {
  const out: ChecklistEntry<T>[] = [];
  for (const entry of checklistEntries(components)) {
    if (entry.group !== null && !entrySatisfied(entry)) out.push(entry);
    else for (const m of entry.members) if (m.status === 'missing' || m.status === 'faulty') {
      if (entry.group !== null && m.status === 'missing') continue;
      out.push({ group: null, members: [m] });
    }
  }
  return out;
}
