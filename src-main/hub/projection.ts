// @runs: main
// The hub's own picture of the office's dossiers, kept ON THE HUB from the log:
// motcua.dossiers (each dossier as the last accepted action left it),
// motcua.events (every action, for the office reports) and motcua.conflicts.
// A trigger on motcua.changes writes them as each row arrives. It runs as the
// hub's owner (SECURITY DEFINER): counters may still only INSERT their own log
// rows and only read the projection. It judges an action the way every counter
// does (incoming.ts): accepted when its position equals the events counted so
// far; a dossier first seen takes the image it came with.
import { PUSH_LOCK } from './hub-schema';

export const PROJECTION_SQL = `
CREATE TABLE IF NOT EXISTS motcua.dossiers (
  dossier_key text PRIMARY KEY,
  origin integer NOT NULL,
  counter integer,
  procedure_id text,
  procedure_version integer,
  code text,
  channel text,
  state text,
  received_at text,
  received_on text,
  due_date text,
  original_due text,
  returned_at text,
  result_received_at text,
  applicant_name text,
  applicant_personal_id text,
  events integer NOT NULL,
  last_seq bigint NOT NULL,
  accepted jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS dossiers_received_on ON motcua.dossiers (received_on);
CREATE INDEX IF NOT EXISTS dossiers_counter_received ON motcua.dossiers (counter, received_on);

CREATE TABLE IF NOT EXISTS motcua.events (
  seq bigint PRIMARY KEY,
  dossier_key text NOT NULL,
  event_key text NOT NULL,
  origin integer NOT NULL,
  counter integer NOT NULL,
  clerk_key text NOT NULL,
  clerk_name text NOT NULL,
  action text NOT NULL,
  at text NOT NULL,
  from_state text,
  to_state text,
  reason text,
  payload text NOT NULL,
  accepted boolean NOT NULL
);
CREATE INDEX IF NOT EXISTS events_at ON motcua.events (at) INCLUDE (action, counter, clerk_key, dossier_key);
CREATE INDEX IF NOT EXISTS events_dossier ON motcua.events (dossier_key, seq);

CREATE TABLE IF NOT EXISTS motcua.conflicts (
  change_id text PRIMARY KEY,
  seq bigint NOT NULL,
  dossier_key text NOT NULL,
  origin integer NOT NULL,
  action text NOT NULL
);
CREATE INDEX IF NOT EXISTS conflicts_dossier ON motcua.conflicts (dossier_key);

-- The last log seq the projection holds: a re-run of init back-fills after it.
CREATE TABLE IF NOT EXISTS motcua.projected (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), seq bigint NOT NULL);
INSERT INTO motcua.projected (seq) VALUES (0) ON CONFLICT DO NOTHING;

CREATE OR REPLACE FUNCTION motcua.project_event(p_seq bigint, p_change_id text, p_origin integer, p_body jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = motcua, pg_catalog AS $$
DECLARE
  k text := p_body->'dossier'->>'key';
  img jsonb := p_body->'dossier';
  r jsonb := p_body->'dossier'->'row';
  ev jsonb := p_body->'event';
  known integer;
  ok boolean;
BEGIN
  -- Not an event a counter sends (no dossier or no event key): nothing to project.
  IF k IS NULL OR ev->>'key' IS NULL THEN RETURN; END IF;
  SELECT events INTO known FROM motcua.dossiers WHERE dossier_key = k FOR UPDATE;
  ok := (p_body->>'position')::integer = coalesce(known, 0);
  IF known IS NULL OR ok THEN
    INSERT INTO motcua.dossiers AS d (dossier_key, origin, counter, procedure_id, procedure_version, code, channel, state, received_at, received_on,
      due_date, returned_at, result_received_at, applicant_name, applicant_personal_id, events, last_seq, accepted)
    VALUES (k, split_part(k, ':', 1)::integer, (r->>'counter')::integer, img->'procedure'->>'id', (img->'procedure'->>'version')::integer, r->>'code',
      r->>'channel', r->>'state', r->>'received_at', substr(r->>'received_at', 1, 10), r->>'due_date', r->>'returned_at', r->>'result_received_at',
      img->'applicant'->>'full_name', img->'applicant'->>'personal_id', 1, p_seq, img)
    ON CONFLICT (dossier_key) DO UPDATE SET counter = excluded.counter, procedure_id = excluded.procedure_id, procedure_version = excluded.procedure_version,
      code = excluded.code, channel = excluded.channel, state = excluded.state, received_at = excluded.received_at, received_on = excluded.received_on,
      due_date = excluded.due_date, returned_at = excluded.returned_at, result_received_at = excluded.result_received_at,
      applicant_name = excluded.applicant_name, applicant_personal_id = excluded.applicant_personal_id,
      events = d.events + 1, last_seq = p_seq, accepted = excluded.accepted;
  ELSE
    UPDATE motcua.dossiers SET events = events + 1, last_seq = p_seq WHERE dossier_key = k;
  END IF;
  -- The first appointment, for the reports' timing: an apology records it before giving a new date.
  IF ev->>'action' = 'apologise' THEN
    UPDATE motcua.dossiers SET original_due = coalesce(original_due, substr((ev->>'payload')::jsonb->>'originalDueAt', 1, 10)) WHERE dossier_key = k;
  END IF;
  IF NOT ok THEN
    INSERT INTO motcua.conflicts VALUES (p_change_id, p_seq, k, p_origin, ev->>'action') ON CONFLICT DO NOTHING;
  END IF;
  INSERT INTO motcua.events VALUES (p_seq, k, ev->>'key', p_origin, (ev->>'counter')::integer, ev->'clerk'->>'key', ev->'clerk'->>'fullName',
    ev->>'action', ev->>'at', ev->>'from_state', ev->>'to_state', ev->>'reason', ev->>'payload', ok) ON CONFLICT DO NOTHING;
END $$;

CREATE OR REPLACE FUNCTION motcua.project_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = motcua, pg_catalog AS $$
BEGIN
  IF NEW.kind = 'event' THEN PERFORM motcua.project_event(NEW.seq, NEW.change_id, NEW.origin, NEW.body); END IF;
  UPDATE motcua.projected SET seq = greatest(seq, NEW.seq);
  RETURN NULL;
END $$;
-- An emptied log (the IT officer starting over) empties its projection too.
CREATE OR REPLACE FUNCTION motcua.clear_projection() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = motcua, pg_catalog AS $$
BEGIN
  TRUNCATE motcua.dossiers, motcua.events, motcua.conflicts;
  UPDATE motcua.projected SET seq = 0;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION motcua.project_event(bigint, text, integer, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION motcua.project_change() FROM PUBLIC;
REVOKE ALL ON FUNCTION motcua.clear_projection() FROM PUBLIC;

-- Back-fill what the log holds beyond the projection, in the log's order, with pushes held off meanwhile.
SELECT pg_advisory_xact_lock(${PUSH_LOCK});
DO $$ DECLARE c record; BEGIN
  FOR c IN SELECT seq, change_id, origin, body FROM motcua.changes WHERE kind = 'event' AND seq > (SELECT seq FROM motcua.projected) ORDER BY seq LOOP
    PERFORM motcua.project_event(c.seq, c.change_id, c.origin, c.body);
  END LOOP;
END $$;
UPDATE motcua.projected SET seq = coalesce((SELECT max(seq) FROM motcua.changes), 0);

DROP TRIGGER IF EXISTS changes_project ON motcua.changes;
CREATE TRIGGER changes_project AFTER INSERT ON motcua.changes FOR EACH ROW EXECUTE FUNCTION motcua.project_change();
DROP TRIGGER IF EXISTS changes_truncate ON motcua.changes;
CREATE TRIGGER changes_truncate AFTER TRUNCATE ON motcua.changes FOR EACH STATEMENT EXECUTE FUNCTION motcua.clear_projection();
-- Records that are not events, for a joining counter to read without scanning the events.
CREATE INDEX IF NOT EXISTS changes_records ON motcua.changes (seq) WHERE kind <> 'event';

GRANT SELECT ON motcua.dossiers, motcua.events, motcua.conflicts, motcua.projected TO motcua_counters;
`;

export interface HubDossiersTable {
  dossier_key: string;
  origin: number;
  counter: number | null;
  procedure_id: string | null;
  procedure_version: number | null;
  code: string | null;
  channel: 'counter' | 'post' | 'online' | null;
  state: string | null;
  received_at: string | null;
  received_on: string | null;
  due_date: string | null;
  original_due: string | null;
  returned_at: string | null;
  result_received_at: string | null;
  applicant_name: string | null;
  applicant_personal_id: string | null;
  events: number;
  last_seq: string;
  /** The DossierImage of the last accepted action. */
  accepted: unknown;
}

export interface HubEventsTable {
  seq: string;
  dossier_key: string;
  event_key: string;
  origin: number;
  counter: number;
  clerk_key: string;
  clerk_name: string;
  action: string;
  at: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  payload: string;
  accepted: boolean;
}

export interface HubConflictsTable {
  change_id: string;
  seq: string;
  dossier_key: string;
  origin: number;
  action: string;
}

/** The projection's tables, for kysely's withTables on a hub connection. */
export type HubProjection = {
  'motcua.dossiers': HubDossiersTable;
  'motcua.events': HubEventsTable;
  'motcua.conflicts': HubConflictsTable;
  'motcua.projected': { only_row: boolean; seq: string };
};
