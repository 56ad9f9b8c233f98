// @runs: main
// The office hub's PostgreSQL schema: one append-only, ordered log of every
// counter's changes (motcua.changes, seq = the hub's order and every reader's
// cursor) and the counters allowed to write it. Counters log in as their own
// role, a member of motcua_counters: they may read the log and INSERT rows of
// their own counter only (row-level security); no role but the owner may
// UPDATE or DELETE, so the hub cannot be used to rewrite history.
import type { Generated } from 'kysely';
import type { HubBlobsTable } from './blobs-schema';
import { CHANGE_KINDS, type ChangeKind } from './tables';

export const HUB_SCHEMA = 'motcua';
export const COUNTERS_ROLE = 'motcua_counters';
export const NOTIFY_CHANNEL = 'motcua_changes';
/** pg_advisory_xact_lock key: pushes are serialised so that seq order is commit order (a cursor never skips a row). */
export const PUSH_LOCK = 7_150_015;

/** The login role of one counter. */
export function counterRole(counter: number): string {
  return `motcua_counter_${counter}`;
}

/**
 * Grants and row-level security of a hub table that counters append to: every counter reads every row, and inserts
 * only rows whose origin is its own counter; no counter may update or delete (no grant). Takes the table's name in
 * the motcua schema (a constant of this code, never input).
 */
export function appendOnlyByCounter(table: string): string {
  return `
GRANT SELECT, INSERT ON motcua.${table} TO ${COUNTERS_ROLE};
ALTER TABLE motcua.${table} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS ${table}_read ON motcua.${table};
CREATE POLICY ${table}_read ON motcua.${table} FOR SELECT TO ${COUNTERS_ROLE} USING (true);
DROP POLICY IF EXISTS ${table}_own ON motcua.${table};
CREATE POLICY ${table}_own ON motcua.${table} FOR INSERT TO ${COUNTERS_ROLE}
  WITH CHECK (origin = (SELECT c.counter FROM motcua.counters c WHERE c.role_name = current_user));
`;
}

export const HUB_INIT_SQL = `
CREATE SCHEMA IF NOT EXISTS motcua;
REVOKE ALL ON SCHEMA motcua FROM PUBLIC;

CREATE TABLE IF NOT EXISTS motcua.counters (
  counter integer PRIMARY KEY CHECK (counter > 0),
  role_name text NOT NULL UNIQUE,
  joined_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS motcua.changes (
  seq bigserial PRIMARY KEY,
  change_id text NOT NULL UNIQUE,
  origin integer NOT NULL REFERENCES motcua.counters (counter),
  local_seq bigint NOT NULL,
  kind text NOT NULL,
  dossier_key text,
  body jsonb NOT NULL,
  logged_at timestamptz NOT NULL DEFAULT now(),
  CHECK (change_id = origin || ':' || local_seq)
);
-- The kinds a change may carry (tables.ts CHANGE_KINDS); replaced on every init, so an older hub learns new kinds.
ALTER TABLE motcua.changes DROP CONSTRAINT IF EXISTS changes_kind_check;
ALTER TABLE motcua.changes DROP CONSTRAINT IF EXISTS changes_kind;
ALTER TABLE motcua.changes ADD CONSTRAINT changes_kind CHECK (kind IN (${CHANGE_KINDS.map((k) => `'${k}'`).join(', ')}));
-- The sending counter's token of the change (its outbox entry's nonce): a different change under a known id is told from a resend.
ALTER TABLE motcua.changes ADD COLUMN IF NOT EXISTS nonce text;
CREATE INDEX IF NOT EXISTS changes_dossier ON motcua.changes (dossier_key, seq);
-- A counter's own changes past the last it confirmed, read before every send (a restored backup is found there).
CREATE INDEX IF NOT EXISTS changes_origin ON motcua.changes (origin, local_seq);

CREATE OR REPLACE FUNCTION motcua.notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_notify('${NOTIFY_CHANNEL}', ''); RETURN NULL; END $$;
DROP TRIGGER IF EXISTS changes_notify ON motcua.changes;
CREATE TRIGGER changes_notify AFTER INSERT ON motcua.changes FOR EACH STATEMENT EXECUTE FUNCTION motcua.notify_change();

DO $$ BEGIN CREATE ROLE ${COUNTERS_ROLE} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT USAGE ON SCHEMA motcua TO ${COUNTERS_ROLE};
GRANT SELECT ON motcua.counters TO ${COUNTERS_ROLE};
GRANT USAGE ON SEQUENCE motcua.changes_seq_seq TO ${COUNTERS_ROLE};
${appendOnlyByCounter('changes')}`;

export interface HubChangesTable {
  /** bigserial: pg gives it back as a string. */
  seq: Generated<string>;
  change_id: string;
  origin: number;
  local_seq: number;
  kind: ChangeKind;
  dossier_key: string | null;
  body: unknown;
  nonce: string | null;
  logged_at: Generated<Date>;
}

export interface HubCountersTable {
  counter: number;
  role_name: string;
  joined_at: Generated<Date>;
}

export interface HubDatabase {
  'motcua.changes': HubChangesTable;
  'motcua.counters': HubCountersTable;
  'motcua.blobs': HubBlobsTable;
}
