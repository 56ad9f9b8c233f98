// @runs: main
// Connections to the office hub: kysely's PostgreSQL dialect on a small pg pool.
// A hub that goes away must never crash the counter: every pool and client gets
// an error listener, and connecting gives up quickly.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { HubDatabase } from './hub-schema';

const CONNECT_TIMEOUT_MS = 3_000;
const QUERY_TIMEOUT_MS = 15_000;

/** pg options for one hub URL. */
export function poolConfig(url: string): pg.PoolConfig {
  return { connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: QUERY_TIMEOUT_MS, max: 2, idleTimeoutMillis: 10_000 };
}

export interface HubConnection {
  db: Kysely<HubDatabase>;
  pool: pg.Pool;
  close(): Promise<void>;
}

/** A kysely handle on the hub; errors of idle connections are reported, not thrown. */
export function connectHub(url: string, onError: (error: Error) => void = () => {}): HubConnection {
  const pool = new pg.Pool(poolConfig(url));
  pool.on('error', onError);
  // A connection that dies while checked out (between two statements of a push) reports here too.
  pool.on('connect', (client) => client.on('error', onError));
  const db = new Kysely<HubDatabase>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool, close: () => db.destroy() };
}

/** A dedicated client for LISTEN (a pool would hand the connection back). */
export function listenerClient(url: string, onError: (error: Error) => void): pg.Client {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', onError);
  return client;
}
