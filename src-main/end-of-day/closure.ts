// @runs: main
// Closing a counter's day (chốt sổ): what is still unfinished, the closure
// itself (which freezes the day's record as revision N), a supervisor's reopen,
// and a supervisor's correction of a closed day's intake record, which is
// logged and makes the day's record a new revision.
import { DomainError } from '../api/kit';
import { qb } from '../db/sql';
import { applyCorrection } from '../dossiers/corrections';
import { recordEvent } from '../dossiers/store';
import type { FeatureDeps } from '../services/deps';
import { officeSetting } from '../settings/keys';
import { toVnIso, vnDate } from '../shared/time';
import { endOfDayMessages as m } from '../shared/vi/end-of-day';
import { buildDayRecord, dayBounds, serialiseRecord, type CorrectionEntry, type OpenItems } from './snapshot';

export interface Who {
  clerkId: number | null;
  counter: number;
}

export class Closure {
  constructor(private readonly deps: FeatureDeps) {}

  private now(): string {
    return toVnIso(this.deps.clock.now());
  }

  openItems(counter: number, day: string): OpenItems {
    const { from, to } = dayBounds(day);
    const sqlite = this.deps.sql.sqlite;
    const drafts = sqlite
      .prepare(
        `SELECT d.id AS draftId, c.full_name AS clerkName, d.updated_at AS updatedAt,
                COALESCE(CASE WHEN json_valid(d.content) THEN json_extract(d.content, '$.applicantName') END, '') AS applicantName,
                COALESCE(CASE WHEN json_valid(d.content) THEN json_extract(d.content, '$.procedureName') END, '') AS procedureName
           FROM drafts d JOIN clerks c ON c.id = d.clerk_id WHERE d.created_at < ? ORDER BY d.id`,
      )
      .all(to) as OpenItems['drafts'];
    const withoutReceipt = sqlite
      .prepare(
        `SELECT d.id AS dossierId, d.code AS code, a.full_name AS applicantName FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id
          WHERE d.counter = ? AND d.received_at >= ? AND d.received_at < ? AND d.code IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM documents x WHERE x.dossier_id = d.id AND x.kind IN ('receipt', 'receiptAndHandover'))
          ORDER BY d.id`,
      )
      .all(counter, from, to) as OpenItems['withoutReceipt'];
    const resultsNotReturned = sqlite
      .prepare(
        `SELECT d.id AS dossierId, d.code AS code, a.full_name AS applicantName, d.result_received_at AS resultReceivedAt FROM dossiers d
           JOIN dossier_applicants a ON a.dossier_id = d.id
          WHERE d.counter = ? AND d.state = 'result_ready' AND (d.result_received_at IS NULL OR d.result_received_at < ?) ORDER BY d.id`,
      )
      .all(counter, to) as OpenItems['resultsNotReturned'];
    return { drafts, withoutReceipt, resultsNotReturned };
  }

  closure(counter: number, day: string) {
    return this.deps.sql.one(qb.selectFrom('day_closures').selectAll().where('counter', '=', counter).where('day', '=', day));
  }

  latestRevision(counter: number, day: string): number {
    const row = this.deps.sql.one(
      qb
        .selectFrom('day_exports')
        .select((eb) => eb.fn.max('revision').as('n'))
        .where('counter', '=', counter)
        .where('day', '=', day),
    );
    return Number(row?.n ?? 0);
  }

  close(who: Who, day: string, confirmOpenItems: boolean): { revision: number; openItems: OpenItems } {
    if (day > vnDate(this.deps.clock.now())) throw new DomainError('INVALID_INPUT', m.futureDay, 'date');
    return this.deps.sql.tx(() => {
      if (this.closure(who.counter, day)?.status === 'closed') throw new DomainError('CONFLICT', m.alreadyClosed(day));
      const open = this.openItems(who.counter, day);
      const count = open.drafts.length + open.withoutReceipt.length + open.resultsNotReturned.length;
      if (count > 0 && !confirmOpenItems) throw new DomainError('DAY_OPEN_ITEMS', m.openItems(count));
      const at = this.now();
      const values = { status: 'closed' as const, closed_at: at, closed_by: who.clerkId, open_items: JSON.stringify(open) };
      this.deps.sql.run(
        qb
          .insertInto('day_closures')
          .values({ counter: who.counter, day, ...values })
          .onConflict((oc) => oc.columns(['counter', 'day']).doUpdateSet(values)),
      );
      const revision = this.freeze(who.counter, day, at);
      this.deps.audit.record('endOfDay.close', who, { day, revision, openItems: count });
      return { revision, openItems: open };
    });
  }

  reopen(who: Who & { clerkId: number }, day: string, reason: string): void {
    this.deps.sql.tx(() => {
      if (this.closure(who.counter, day)?.status !== 'closed') throw new DomainError('DAY_NOT_CLOSED', m.notClosed(day));
      this.deps.sql.run(
        qb
          .updateTable('day_closures')
          .set({ status: 'reopened', reopened_at: this.now(), reopened_by: who.clerkId, reopen_reason: reason })
          .where('counter', '=', who.counter)
          .where('day', '=', day),
      );
      this.deps.audit.record('endOfDay.reopen', who, { day, reason });
    });
  }

  /** Changes one field of a closed day's dossier through the unlock row, logs it, and freezes the next revision. */
  correct(who: Who & { clerkId: number }, input: { dossierId: number; field: string; value: string; reason: string }): { revision: number; day: string } {
    return this.deps.sql.tx(() => {
      const dossier = this.deps.sql.one(qb.selectFrom('dossiers').selectAll().where('id', '=', input.dossierId));
      if (!dossier) throw new DomainError('NOT_FOUND');
      const day = (dossier.received_at ?? dossier.submitted_at).slice(0, 10);
      if (this.closure(dossier.counter, day)?.status !== 'closed') throw new DomainError('DAY_NOT_CLOSED', m.notClosed(day));
      const at = this.now();
      const sql = this.deps.sql;
      sql.run(qb.insertInto('closed_day_unlock').values({ dossier_id: dossier.id }));
      const { oldValue, newValue } = applyCorrection(sql, dossier, input.field, input.value);
      sql.run(qb.deleteFrom('closed_day_unlock').where('dossier_id', '=', dossier.id));
      const revision = this.latestRevision(dossier.counter, day) + 1;
      sql.run(
        qb.insertInto('day_corrections').values({
          counter: dossier.counter,
          day,
          revision,
          dossier_id: dossier.id,
          field: input.field,
          old_value: oldValue,
          new_value: newValue,
          reason: input.reason,
          clerk_id: who.clerkId,
          at,
        }),
      );
      recordEvent(sql, {
        dossierId: dossier.id,
        at,
        actor: { clerkId: who.clerkId, counter: who.counter },
        action: 'correct',
        from: dossier.state,
        to: dossier.state,
        reason: input.reason,
        payload: { day, field: input.field, oldValue, newValue, revision },
      });
      this.freeze(dossier.counter, day, at, revision);
      this.deps.audit.record('endOfDay.correct', who, { dossierId: dossier.id, day, field: input.field, revision });
      return { revision, day };
    });
  }

  /** Builds and stores the day's record as it is now: revision N, made at `at`. */
  private freeze(counter: number, day: string, at: string, revision = this.latestRevision(counter, day) + 1): number {
    const office = this.deps.settings.get(officeSetting);
    if (!office) throw new DomainError('SETUP_REQUIRED');
    const closure = this.closure(counter, day);
    if (!closure) throw new DomainError('DAY_NOT_CLOSED', m.notClosed(day));
    const record = buildDayRecord(this.deps.sql.sqlite, {
      office,
      counter,
      day,
      revision,
      madeAt: at,
      closedAt: closure.closed_at,
      closedBy: closure.closed_by === null ? null : this.clerkName(closure.closed_by),
      openItems: JSON.parse(closure.open_items) as OpenItems,
      corrections: this.corrections(counter, day),
    });
    this.deps.sql.run(qb.insertInto('day_exports').values({ counter, day, revision, made_at: at, content: serialiseRecord(record) }));
    return revision;
  }

  corrections(counter: number, day: string): CorrectionEntry[] {
    return this.deps.sql
      .all(
        qb
          .selectFrom('day_corrections as k')
          .innerJoin('dossiers as d', 'd.id', 'k.dossier_id')
          .innerJoin('clerks as c', 'c.id', 'k.clerk_id')
          .select(['k.revision', 'k.dossier_id', 'd.code', 'k.field', 'k.old_value', 'k.new_value', 'k.reason', 'c.full_name', 'k.at'])
          .where('k.counter', '=', counter)
          .where('k.day', '=', day)
          .orderBy('k.id'),
      )
      .map((k) => ({
        revision: k.revision,
        dossierId: k.dossier_id,
        dossierCode: k.code,
        field: k.field,
        oldValue: k.old_value,
        newValue: k.new_value,
        reason: k.reason,
        by: k.full_name,
        at: k.at,
      }));
  }

  clerkName(clerkId: number): string {
    return this.deps.sql.one(qb.selectFrom('clerks').select('full_name').where('id', '=', clerkId))?.full_name ?? '';
  }
}
