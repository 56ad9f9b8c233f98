// @runs: main
import type { Migration } from './index';

// The office hub (src-main/hub/). The counter's SQLite stays its working store;
// these tables only remember what to send, what was received and how the
// hub's order judged each action. Triggers fill the outbox in the clerk's own
// transaction, except while received changes are being written (hub_state.applying).
export const outboxTrigger = (name: string, event: string, table: string, kind: string, rowId: string, position = 'NULL') => `
CREATE TRIGGER ${name} AFTER ${event} ON ${table}
WHEN (SELECT applying FROM hub_state) = 0
BEGIN INSERT INTO hub_outbox (kind, row_id, position) VALUES ('${kind}', ${rowId}, ${position}); END;`;

export const m0020: Migration = {
  version: 20,
  name: '0020_hub_sync',
  sql: `
-- One row: the cursor (last hub seq applied), the last outbox seq the hub confirmed, the last exchange.
CREATE TABLE hub_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1)),
  cursor INTEGER NOT NULL DEFAULT 0,
  pushed INTEGER NOT NULL DEFAULT 0,
  last_exchange_at TEXT,
  last_error TEXT
) STRICT;
INSERT INTO hub_state (id) VALUES (1);

-- What this counter did, in commit order. position: the dossier's events this counter knew when it acted.
CREATE TABLE hub_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('event', 'document', 'rating', 'closure')),
  row_id INTEGER NOT NULL,
  position INTEGER
) STRICT;
${outboxTrigger('hub_outbox_event', 'INSERT', 'dossier_events', 'event', 'NEW.id', '(SELECT count(*) - 1 FROM dossier_events e WHERE e.dossier_id = NEW.dossier_id)')}
${outboxTrigger('hub_outbox_document', 'INSERT', 'documents', 'document', 'NEW.id')}
${outboxTrigger('hub_outbox_rating', 'INSERT', 'satisfaction_ratings', 'rating', 'NEW.id')}
${outboxTrigger('hub_outbox_closure', 'INSERT', 'day_closures', 'closure', 'NEW.rowid')}
${outboxTrigger('hub_outbox_closure_update', 'UPDATE', 'day_closures', 'closure', 'NEW.rowid')}

-- Rows that came from another counter: their office-wide identity (origin counter, id there).
CREATE TABLE hub_ids (
  kind TEXT NOT NULL CHECK (kind IN ('dossier', 'clerk', 'event')),
  local_id INTEGER NOT NULL,
  origin INTEGER NOT NULL,
  origin_id INTEGER NOT NULL,
  PRIMARY KEY (kind, local_id),
  UNIQUE (kind, origin, origin_id)
) STRICT;

-- Per dossier, the hub's order as this counter has read it: events counted and the last accepted change.
CREATE TABLE hub_dossiers (
  dossier_id INTEGER PRIMARY KEY REFERENCES dossiers (id),
  events INTEGER NOT NULL,
  accepted TEXT NOT NULL
) STRICT;

-- An action the hub's order found taken on a dossier another counter had changed meanwhile: kept, flagged.
CREATE TABLE hub_conflicts (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers (id),
  change_id TEXT NOT NULL UNIQUE,
  hub_seq INTEGER NOT NULL,
  origin INTEGER NOT NULL,
  action TEXT NOT NULL,
  detected_at TEXT NOT NULL
) STRICT;
CREATE INDEX hub_conflicts_dossier ON hub_conflicts (dossier_id);

-- Other counters' papers (metadata), ratings and day closures, as received.
CREATE TABLE hub_records (
  change_id TEXT PRIMARY KEY,
  origin INTEGER NOT NULL,
  kind TEXT NOT NULL,
  dossier_key TEXT,
  body TEXT NOT NULL
) STRICT;
`,
};
