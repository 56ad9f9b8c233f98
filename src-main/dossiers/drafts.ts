// @runs: main
// The half-filled intake form, saved as the clerk types, offered back after a
// crash, a power cut or a closed window.
import { DomainError } from '../api/kit';
import { qb, type Sql } from '../db/sql';
import { intakeMessages as m } from '../shared/vi/intake';

export interface DraftSummary {
  draftId: number;
  updatedAt: string;
  applicantName: string;
  procedureName: string;
}

export function saveDraft(sql: Sql, clerkId: number, draftId: number | undefined, content: string, now: string): number {
  if (draftId === undefined) {
    return sql.run(qb.insertInto('drafts').values({ clerk_id: clerkId, dossier_id: null, content, created_at: now, updated_at: now })).lastInsertRowid;
  }
  const { changes } = sql.run(qb.updateTable('drafts').set({ content, updated_at: now }).where('id', '=', draftId).where('clerk_id', '=', clerkId));
  if (changes === 0) throw new DomainError('NOT_FOUND', m.draftNotFound);
  return draftId;
}

export function loadDraft(sql: Sql, clerkId: number, draftId: number): string {
  const row = sql.one(qb.selectFrom('drafts').select('content').where('id', '=', draftId).where('clerk_id', '=', clerkId));
  if (!row) throw new DomainError('NOT_FOUND', m.draftNotFound);
  return row.content;
}

export function listDrafts(sql: Sql, clerkId: number): DraftSummary[] {
  return sql.all(qb.selectFrom('drafts').select(['id', 'updated_at', 'content']).where('clerk_id', '=', clerkId).orderBy('updated_at', 'desc')).map((row) => {
    const content = safeParse(row.content);
    return {
      draftId: row.id,
      updatedAt: row.updated_at,
      applicantName: typeof content.applicantName === 'string' ? content.applicantName : '',
      procedureName: typeof content.procedureName === 'string' ? content.procedureName : '',
    };
  });
}

/** Discards a draft on purpose: the clerk's own, or any clerk's for a supervisor (end of day). */
export function discardDraft(sql: Sql, draftId: number, clerkId: number, supervisor: boolean): void {
  const row = sql.one(qb.selectFrom('drafts').select('clerk_id').where('id', '=', draftId));
  if (!row) throw new DomainError('NOT_FOUND', m.draftNotFound);
  if (row.clerk_id !== clerkId && !supervisor) throw new DomainError('FORBIDDEN', m.draftOfAnother);
  sql.run(qb.deleteFrom('drafts').where('id', '=', draftId));
}

/** Removes a draft inside the decision's transaction (the intake it held is now a dossier). */
export function discardDraftIn(sql: Sql, draftId: number, clerkId: number): void {
  sql.run(qb.deleteFrom('drafts').where('id', '=', draftId).where('clerk_id', '=', clerkId));
}

function safeParse(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
