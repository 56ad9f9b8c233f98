// @runs: main
// Satisfaction per factor, from the ratings the citizens gave at the return of
// their result (migration 0009: one row per dossier, three factors scored 1–5).
// That feature is built separately: when this database has no such table (or
// not its factor columns) the report shows empty figures and a note instead of failing.
import { sql } from 'kysely';
import { qb, type Sql } from '../db/sql';
import { reportWords as w } from '../shared/vi/reports';
import type { Report } from './contract';
import type { DateRange } from './period';

type Satisfaction = Report['satisfaction'];

const FACTOR_COLUMNS = { procedure: 'procedure_quality', staff: 'staff_attitude', result: 'result_quality' } as const;
type Factor = keyof typeof FACTOR_COLUMNS;
const FACTORS = Object.keys(FACTOR_COLUMNS) as Factor[];
const NEEDED = [...Object.values(FACTOR_COLUMNS), 'rated_day', 'counter', 'clerk_id'];

function ratingsReadable(db: Sql): boolean {
  const columns = db.sqlite.prepare(`SELECT name FROM pragma_table_info('satisfaction_ratings')`).all() as { name: string }[];
  const names = new Set(columns.map((c) => c.name));
  return NEEDED.every((n) => names.has(n));
}

const empty = (factor: Factor) => ({ factor, label: w.factors[factor], average: null, count: 0, shareAtLeast4: null });

export function satisfactionFigures(db: Sql, range: DateRange, counter: number, clerkId?: number): Satisfaction {
  if (!ratingsReadable(db)) return { available: false, factors: FACTORS.map(empty) };
  const row = db.one(
    qb
      .selectFrom('satisfaction_ratings')
      .where('rated_day', '>=', range.from)
      .where('rated_day', '<=', range.to)
      .where('counter', '=', counter)
      .$if(clerkId !== undefined, (q) => q.where('clerk_id', '=', clerkId as number))
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        ...FACTORS.flatMap((f) => [
          sql<number | null>`avg(${sql.ref(FACTOR_COLUMNS[f])})`.as(`${f}Average`),
          sql<number | null>`sum(${sql.ref(FACTOR_COLUMNS[f])} >= 4)`.as(`${f}Good`),
        ]),
      ]),
  ) as Record<string, number | null> | undefined;
  const n = Number(row?.n ?? 0);
  return {
    available: true,
    factors: FACTORS.map((factor) =>
      n === 0 ? empty(factor) : { factor, label: w.factors[factor], average: row?.[`${factor}Average`] ?? null, count: n, shareAtLeast4: Number(row?.[`${factor}Good`] ?? 0) / n },
    ),
  };
}
