// @runs: main
// The list of migrations, append-only: never edit or reorder a released one,
// add a new file with the next number. test/unit/db.test.ts checks the result
// against the schema snapshot.
import { m0001 } from './0001_foundation';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [m0001];
