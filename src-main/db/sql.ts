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

  constructor(readonly sqlite: Sqlite) {}

  private prepare(query: CompiledQuery) {
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

  /** Runs fn in one transaction (nested calls become savepoints). */
  tx<T>(fn: () => T): T {
    return this.sqlite.transaction(fn)();
  }
}

export type { InferResult };
