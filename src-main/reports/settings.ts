// @runs: main
// Who sees whose figures: a supervisor may limit each clerk's reports (and
// satisfaction figures) to the clerk's own work.
import { z } from 'zod';
import { DomainError, type CallContext } from '../api/kit';
import { settingKey, type SettingsStore } from '../settings/store';
import { reportWords as w } from '../shared/vi/reports';

export const reportScopeSchema = z.object({
  /** On: a clerk's reports and satisfaction figures cover only that clerk; supervisors still see everyone. */
  ownFiguresOnly: z.boolean(),
});
export type ReportScope = z.infer<typeof reportScopeSchema>;

export const reportScopeKey = settingKey<ReportScope>('reports.scope', reportScopeSchema, { ownFiguresOnly: false });

/**
 * The clerk a report or a figure may cover for this caller: what was asked, except that a clerk
 * limited to their own figures gets only their own, and is refused another clerk's.
 */
export function allowedClerkId(settings: SettingsStore, ctx: CallContext, requested: number | undefined): number | undefined {
  if (ctx.role !== 'clerk' || ctx.clerkId === null || !settings.get(reportScopeKey).ownFiguresOnly) return requested;
  if (requested !== undefined && requested !== ctx.clerkId) throw new DomainError('FORBIDDEN', w.errors.ownFiguresOnly, 'clerkId');
  return ctx.clerkId;
}
