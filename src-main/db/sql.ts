// @runs: main
// Kysely builds and types the queries; better-sqlite3 runs them synchronously.
// Synchronous execution keeps a clerk's action one plain SQLite transaction
// (sqlite.transaction) with no awaits inside, which is both the fastest and the
// simplest way to make "every step is written at once" true.
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
  type CompiledQuery,
  type InferResult,
  type Insertable,
} from 'kysely';
import type { Sqlite } from './open';
import type { Database } from './schema';

export const qb = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

type Statement = ReturnType<Sqlite['prepare']> & { all(...params: unknown[]): unknown[]; get(...params: unknown[]): unknown; run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint } };

type Row<Q> = Q extends Compilable<infer R> ? R : never;

/** Runs compiled kysely queries against one better-sqlite3 connection, caching statements. */
export class Sql {
  private readonly statements = new Map<string, Statement>();
  /** The INSERT text of each table and column list that insert() was given. */
  private readonly inserts = new Map<string, string>();

  constructor(readonly sqlite: Sqlite) {}

  private prepare(query: Pick<CompiledQuery, 'sql'>) {
    let statement = this.statements.get(query.sql);
    if (!statement) {
      statement = this.sqlite.prepare(query.sql) as Statement;
      this.statements.set(query.sql, statement);
    }
    return statement;
  }

  all<Q extends Compilable>(query: Q): Row<Q>[] {
    const compiled = query.compile();
    return this.prepare(compiled).all(...compiled.parameters) as Row<Q>[];
  }

  one<Q extends Compilable>(query: Q): Row<Q> | undefined {
    const compiled = query.compile();
    return this.prepare(compiled).get(...compiled.parameters) as Row<Q> | undefined;
  }

  run(query: Compilable): { changes: number; lastInsertRowid: number } {
    const compiled = query.compile();
    const info = this.prepare(compiled).run(...compiled.parameters);
    return { changes: info.changes, lastInsertRowid: Number(info.lastInsertRowid) };
  }

  /**
   * Inserts one row as `qb.insertInto(table).values(row)` would (undefined
   * values left out, identifiers quoted alike) without building a kysely query
   * each time: a first join writes millions of rows, and building the query
   * cost more than SQLite's insert (docs/PERFORMANCE.md). Gives the rowid.
   */
  insert<T extends keyof Database & string>(table: T, row: Insertable<Database[T]>): number {
    const columns = Object.keys(row).filter((column) => (row as Record<string, unknown>)[column] !== undefined);
    const shape = JSON.stringify([table, ...columns]);
    let text = this.inserts.get(shape);
    if (text === undefined) {
      text = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
      this.inserts.set(shape, text);
    }
    const info = this.prepare({ sql: text }).run(...columns.map((column) => (row as Record<string, unknown>)[column]));
    return Number(info.lastInsertRowid);
  }

  /** The first row of a fixed SQL text (a statement prepared once): for lookups run once per copied row. */
  get<R>(text: string, ...parameters: unknown[]): R | undefined {
    return this.prepare({ sql: text }).get(...parameters) as R | undefined;
  }

  /** Runs a fixed SQL text (a statement prepared once): for writes run once per copied row. */
  exec(text: string, ...parameters: unknown[]): void {
    this.prepare({ sql: text }).run(...parameters);
  }

  /** Runs fn in one transaction (nested calls become savepoints). */
  tx<T>(fn: () => T): T {
    return this.sqlite.transaction(fn)();
  }
}

/** An identifier quoted as kysely's SQLite compiler quotes it. */
function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

export type { InferResult };
