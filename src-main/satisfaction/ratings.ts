// @runs: main
// The citizen's rating of one returned dossier, and the figures over a period.
import { sql as raw } from 'kysely';
import { DomainError } from '../api/kit';
import { qb } from '../db/sql';
import type { Actor } from '../dossiers/store';
import type { FeatureDeps } from '../services/deps';
import { toVnIso, vnDate } from '../shared/time';
import { fieldMessages } from '../shared/vi/fields';
import { FACTORS, factorNames, satisfactionMessages as m, type Factor } from '../shared/vi/satisfaction';

export type Levels = Record<Factor, number>;

export interface RatingRecord extends Levels {
  dossierId: number;
  dossierCode: string;
  comment: string | null;
  ratedAt: string;
}

const COLUMNS = { procedureQuality: 'procedure_quality', staffAttitude: 'staff_attitude', resultQuality: 'result_quality' } as const;

export class Satisfaction {
  constructor(private readonly deps: Pick<FeatureDeps, 'sql' | 'clock' | 'audit'>) {}

  rate(dossierId: number, levels: Levels, comment: string | undefined, actor: Actor): RatingRecord {
    return this.deps.sql.tx(() => {
      const dossier = this.deps.sql.one(qb.selectFrom('dossiers').select(['code', 'state']).where('id', '=', dossierId));
      if (!dossier) throw new DomainError('NOT_FOUND');
      if (this.get(dossierId)) throw new DomainError('SATISFACTION_ALREADY_RATED');
      if (dossier.state !== 'returned') throw new DomainError('CONFLICT', m.notReturned);
      if (!dossier.code) throw new DomainError('CONFLICT', m.noCode);
      const now = this.deps.clock.now();
      this.deps.sql.run(
        qb.insertInto('satisfaction_ratings').values({
          dossier_id: dossierId,
          dossier_code: dossier.code,
          procedure_quality: levels.procedureQuality,
          staff_attitude: levels.staffAttitude,
          result_quality: levels.resultQuality,
          comment: comment ?? null,
          rated_at: toVnIso(now),
          rated_day: vnDate(now),
          clerk_id: actor.clerkId,
          counter: actor.counter,
        }),
      );
      this.deps.audit.record('satisfaction.rate', actor, { dossierId });
      return this.get(dossierId) as RatingRecord;
    });
  }

  get(dossierId: number): RatingRecord | null {
    const row = this.deps.sql.one(qb.selectFrom('satisfaction_ratings').selectAll().where('dossier_id', '=', dossierId));
    if (!row) return null;
    return {
      dossierId: row.dossier_id,
      dossierCode: row.dossier_code,
      procedureQuality: row.procedure_quality,
      staffAttitude: row.staff_attitude,
      resultQuality: row.result_quality,
      comment: row.comment,
      ratedAt: row.rated_at,
    };
  }

  /**
   * Per factor: average and share of "Hài lòng" or better (≥ 4); overall: share of all answers ≥ 4;
   * the same per clerk who handed the result over. With a clerk, only that clerk's ratings.
   */
  stats(from: string, to: string, clerkId?: number) {
    if (from > to) throw new DomainError('INVALID_INPUT', fieldMessages.rangeReversed, 'to');
    const whole = this.figures(from, to, clerkId);
    const byClerk = this.clerksRated(from, to, clerkId).map((c) => ({ ...c, ...this.figures(from, to, c.clerkId) }));
    return { from, to, ...whole, byClerk };
  }

  /** The clerks with ratings in the period, by name. */
  private clerksRated(from: string, to: string, clerkId?: number): { clerkId: number; name: string }[] {
    return this.deps.sql
      .all(
        qb
          .selectFrom('satisfaction_ratings as r')
          .innerJoin('clerks as c', 'c.id', 'r.clerk_id')
          .where('r.rated_day', '>=', from)
          .where('r.rated_day', '<=', to)
          .$if(clerkId !== undefined, (q) => q.where('r.clerk_id', '=', clerkId as number))
          .select(['c.id as clerkId', 'c.full_name as name'])
          .distinct()
          .orderBy('c.full_name'),
      )
      .map((r) => ({ clerkId: Number(r.clerkId), name: r.name }));
  }

  private figures(from: string, to: string, clerkId?: number) {
    const row = this.deps.sql.one(
      qb
        .selectFrom('satisfaction_ratings')
        .where('rated_day', '>=', from)
        .where('rated_day', '<=', to)
        .$if(clerkId !== undefined, (q) => q.where('clerk_id', '=', clerkId as number))
        .select((eb) => [
          eb.fn.countAll<number>().as('count'),
          ...FACTORS.flatMap((f) => [
            eb.fn.avg<number | null>(COLUMNS[f]).as(`${f}_avg`),
            eb.fn.sum<number | null>(raw<number>`${raw.ref(COLUMNS[f])} >= 4`).as(`${f}_ok`),
          ]),
        ]),
    ) as Record<string, number | null> & { count: number };
    const count = row.count;
    const factors = FACTORS.map((factor) => ({
      factor,
      name: factorNames[factor],
      average: count ? round(row[`${factor}_avg`] ?? 0) : null,
      satisfiedShare: count ? round((row[`${factor}_ok`] ?? 0) / count) : null,
    }));
    const satisfied = FACTORS.reduce((n, f) => n + (row[`${f}_ok`] ?? 0), 0);
    return { count, factors, satisfiedShare: count ? round(satisfied / (count * FACTORS.length)) : null };
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
