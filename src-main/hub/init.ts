// @runs: main
// The IT officer's two hub commands: create the schema (idempotent) and add a
// counter's login role. Both run with the hub owner's credentials, never a counter's.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { connectHub } from './connect';
import { HUB_BLOBS_SQL } from './blobs-schema';
import { COUNTERS_ROLE, counterRole, HUB_INIT_SQL } from './hub-schema';
import { PROJECTION_SQL } from './projection';

/** Creates (or completes) the hub's schema, the counters' group role and the office's projection (back-filled from the log). */
export async function initHub(adminUrl: string): Promise<void> {
  const hub = connectHub(adminUrl);
  try {
    await sql.raw(HUB_INIT_SQL + PROJECTION_SQL).execute(hub.db);
    await sql.raw(HUB_BLOBS_SQL).execute(hub.db);
  } finally {
    await hub.close();
  }
}

/** Creates or resets counter n's login role; gives the password (generated when none is given). */
export async function addCounter(adminUrl: string, counter: number, password = randomBytes(18).toString('base64url')): Promise<{ role: string; password: string }> {
  const role = counterRole(counter);
  const hub = connectHub(adminUrl);
  try {
    await hub.db.transaction().execute(async (tx) => {
      const exists = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_roles WHERE rolname = ${role}`.execute(tx);
      const verb = exists.rows[0]?.n ? 'ALTER' : 'CREATE';
      await sql.raw(`${verb} ROLE ${role} LOGIN PASSWORD '${password.replace(/'/g, "''")}'`).execute(tx);
      await sql.raw(`GRANT ${COUNTERS_ROLE} TO ${role}`).execute(tx);
      await tx.insertInto('motcua.counters').values({ counter, role_name: role }).onConflict((oc) => oc.column('counter').doUpdateSet({ role_name: role })).execute();
    });
  } finally {
    await hub.close();
  }
  return { role, password };
}
