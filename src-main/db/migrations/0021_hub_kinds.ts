// @runs: main
import { outboxTrigger } from './0020_hub_sync';
import type { Migration } from './index';

// The office hub carries more than dossiers: clerks, office settings, scans and
// the day's packages travel too. SQLite cannot widen a CHECK, so the outbox and
// the id map are rebuilt with the longer lists (rows kept; the triggers that
// fill the outbox name it, so they are dropped first and made again as in 0020).
export const m0021: Migration = {
  version: 21,
  name: '0021_hub_kinds',
  sql: `
DROP TRIGGER hub_outbox_event;
DROP TRIGGER hub_outbox_document;
DROP TRIGGER hub_outbox_rating;
DROP TRIGGER hub_outbox_closure;
DROP TRIGGER hub_outbox_closure_update;
CREATE TABLE hub_outbox_new (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('event', 'document', 'rating', 'closure', 'clerk', 'setting', 'attachment', 'package')),
  row_id INTEGER NOT NULL,
  position INTEGER
) STRICT;
INSERT INTO hub_outbox_new (seq, kind, row_id, position) SELECT seq, kind, row_id, position FROM hub_outbox;
-- Keep the outbox numbering where it was (the hub holds change ids made of it).
DELETE FROM sqlite_sequence WHERE name = 'hub_outbox_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'hub_outbox_new', seq FROM sqlite_sequence WHERE name = 'hub_outbox';
DROP TABLE hub_outbox;
ALTER TABLE hub_outbox_new RENAME TO hub_outbox;
${outboxTrigger('hub_outbox_event', 'INSERT', 'dossier_events', 'event', 'NEW.id', '(SELECT count(*) - 1 FROM dossier_events e WHERE e.dossier_id = NEW.dossier_id)')}
${outboxTrigger('hub_outbox_document', 'INSERT', 'documents', 'document', 'NEW.id')}
${outboxTrigger('hub_outbox_rating', 'INSERT', 'satisfaction_ratings', 'rating', 'NEW.id')}
${outboxTrigger('hub_outbox_closure', 'INSERT', 'day_closures', 'closure', 'NEW.rowid')}
${outboxTrigger('hub_outbox_closure_update', 'UPDATE', 'day_closures', 'closure', 'NEW.rowid')}

CREATE TABLE hub_ids_new (
  kind TEXT NOT NULL CHECK (kind IN ('dossier', 'clerk', 'event', 'document', 'attachment')),
  local_id INTEGER NOT NULL,
  origin INTEGER NOT NULL,
  origin_id INTEGER NOT NULL,
  PRIMARY KEY (kind, local_id),
  UNIQUE (kind, origin, origin_id)
) STRICT;
INSERT INTO hub_ids_new SELECT kind, local_id, origin, origin_id FROM hub_ids;
DROP TABLE hub_ids;
ALTER TABLE hub_ids_new RENAME TO hub_ids;
`,
};
