// @runs: test
// `hub init` and `hub add-counter` on a real PostgreSQL: the schema, the
// counters' role, and what a counter's credentials may not do.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli';
import { startTestPostgres, type TestPostgres } from '../support/postgres';

let hub: TestPostgres;

beforeAll(async () => {
  hub = await startTestPostgres();
});
afterAll(() => hub?.stop());

async function asUser(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

const insert = `INSERT INTO motcua.changes (change_id, origin, local_seq, kind, dossier_key, body) VALUES ($1, $2, $3, 'event', '1:1', '{}')`;

describe('hub init', () => {
  it('creates the schema, the counters role and per-counter login roles; is idempotent', async () => {
    expect(await main(['hub', 'init', `--url=${hub.adminUrl}`])).toBe(0);
    expect(await main(['hub', 'init', `--url=${hub.adminUrl}`])).toBe(0);
    expect(await main(['hub', 'add-counter', `--url=${hub.adminUrl}`, '--counter=1', '--password=quay-1'])).toBe(0);
    expect(await main(['hub', 'add-counter', `--url=${hub.adminUrl}`, '--counter=2', '--password=quay-2'])).toBe(0);
    const tables = await asUser(hub.adminUrl, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'motcua' ORDER BY 1`);
    expect(tables.rows.map((r) => r.table_name)).toEqual(['blobs', 'changes', 'conflicts', 'counters', 'dossiers', 'events', 'projected']);
    const roles = await asUser(hub.adminUrl, `SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'motcua%' ORDER BY 1`);
    expect(roles.rows).toEqual([
      { rolname: 'motcua_counter_1', rolcanlogin: true },
      { rolname: 'motcua_counter_2', rolcanlogin: true },
      { rolname: 'motcua_counters', rolcanlogin: false },
    ]);
  });

  it('lets a counter append its own rows only, never update, delete or write as another counter', async () => {
    const counter1 = hub.urlFor('motcua_counter_1', 'quay-1');
    await asUser(counter1, insert, ['1:1', 1, 1]);
    // A resend of the same change is absorbed, not duplicated.
    await asUser(counter1, `${insert} ON CONFLICT (change_id) DO NOTHING`, ['1:1', 1, 1]);
    await expect(asUser(counter1, insert, ['2:1', 2, 1])).rejects.toThrow(/row-level security/);
    await expect(asUser(counter1, `UPDATE motcua.changes SET body = '{"x":1}'`)).rejects.toThrow(/permission denied/);
    await expect(asUser(counter1, `DELETE FROM motcua.changes`)).rejects.toThrow(/permission denied/);
    await expect(asUser(counter1, `TRUNCATE motcua.changes`)).rejects.toThrow(/permission denied/);
    await expect(asUser(counter1, `UPDATE motcua.counters SET role_name = 'motcua_counter_1' WHERE counter = 2`)).rejects.toThrow(/permission denied/);
    await expect(asUser(counter1, insert, ['1:9', 1, 8])).rejects.toThrow(/check constraint/);
    const rows = await asUser(hub.urlFor('motcua_counter_2', 'quay-2'), 'SELECT change_id FROM motcua.changes');
    expect(rows.rows).toEqual([{ change_id: '1:1' }]);
  });
});
