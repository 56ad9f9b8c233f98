// @runs: main
// Satisfaction per factor, read from the satisfaction feature's ratings when
// this database has them. That feature is built separately, so its table is
// found through sqlite_master and its columns through table_info; without a
// readable table the report shows empty figures and a note instead of failing.
import type { Sql } from '../db/sql';
import { reportWords } from '../shared/vi/reports';
import type { Report } from './contract';
import { nextDay, type DateRange } from './period';

type Satisfaction = Report['satisfaction'];

const FACTOR_LABELS: Record<string, string> = reportWords.factors;

interface Shape {
  table: string;
  factor: string;
  score: string;
  at: string;
  counter: string | null;
  clerk: string | null;
}

const pick = (columns: Set<string>, names: string[]) => names.find((n) => columns.has(n)) ?? null;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** One rating per row with a factor, a 1–5 score and a time: the long shape a survey table has. */
function findShape(db: Sql): Shape | null {
  const tables = db.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'satisfaction%' ORDER BY name`).all() as { name: string }[];
  for (const { name } of tables) {
    const columns = new Set((db.sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name));
    const factor = pick(columns, ['factor', 'factor_key', 'criterion']);
    const score = pick(columns, ['score', 'rating', 'value', 'stars']);
    const at = pick(columns, ['at', 'rated_at', 'created_at', 'submitted_at']);
    if (factor && score && at) return { table: name, factor, score, at, counter: pick(columns, ['counter']), clerk: pick(columns, ['clerk_id']) };
  }
  return null;
}

export function satisfactionFigures(db: Sql, range: DateRange, counter: number, clerkId?: number): Satisfaction {
  const shape = findShape(db);
  if (!shape) return { available: false, factors: Object.entries(FACTOR_LABELS).map(([factor, label]) => ({ factor, label, average: null, count: 0, shareAtLeast4: null })) };
  const where = [`${quote(shape.at)} >= ?`, `${quote(shape.at)} < ?`];
  const params: unknown[] = [range.from, nextDay(range.to)];
  if (shape.counter) {
    where.push(`${quote(shape.counter)} = ?`);
    params.push(counter);
  }
  if (clerkId !== undefined && shape.clerk) {
    where.push(`${quote(shape.clerk)} = ?`);
    params.push(clerkId);
  }
  const rows = db.sqlite
    .prepare(
      `SELECT ${quote(shape.factor)} AS factor, avg(${quote(shape.score)}) AS average, count(*) AS n, sum(${quote(shape.score)} >= 4) AS good
       FROM ${quote(shape.table)} WHERE ${where.join(' AND ')} GROUP BY 1`,
    )
    .all(...params) as { factor: string; average: number; n: number; good: number }[];
  const found = new Map(rows.map((r) => [String(r.factor), r]));
  const keys = [...new Set([...Object.keys(FACTOR_LABELS), ...found.keys()])];
  return {
    available: true,
    factors: keys.map((factor) => {
      const row = found.get(factor);
      return { factor, label: FACTOR_LABELS[factor] ?? factor, average: row ? row.average : null, count: row?.n ?? 0, shareAtLeast4: row ? row.good / row.n : null };
    }),
  };
}
