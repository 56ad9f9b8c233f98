// @runs: main
import { outboxTrigger } from './0020_hub_sync';
import type { Migration } from './index';

// Clerks, the office's settings and scans' records travel through the office
// hub (src-main/hub/clerks.ts, office-settings.ts, scans.ts). The outbox is
// filled by triggers in the clerk's own transaction, as for dossiers.
export const m0025: Migration = {
  version: 25,
  name: '0025_hub_clerks_settings_scans',
  sql: `
-- When a supervisor last ended this clerk's lockout: it travels, so an unlock at any counter ends an earlier lock at every counter.
ALTER TABLE clerks ADD COLUMN unlocked_at TEXT;
${outboxTrigger('hub_outbox_clerk', 'INSERT', 'clerks', 'clerk', 'NEW.id')}
${outboxTrigger('hub_outbox_clerk_update', 'UPDATE', 'clerks', 'clerk', 'NEW.id')}
${outboxTrigger('hub_outbox_attachment', 'INSERT', 'attachments', 'attachment', 'NEW.id')}
${outboxTrigger('hub_outbox_attachment_update', 'UPDATE', 'attachments', 'attachment', 'NEW.id')}

-- Every change of an office-wide setting, this counter's and the others' in the order received: who, when, the value
-- (JSON, as in settings). The settings table holds the value last in the hub's order; this is its history.
CREATE TABLE office_setting_changes (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  clerk_id INTEGER NOT NULL REFERENCES clerks (id),
  counter INTEGER NOT NULL,
  at TEXT NOT NULL,
  -- Another counter's change: its place in the hub's order. NULL for this counter's own.
  hub_seq INTEGER
) STRICT;
CREATE INDEX office_setting_changes_key ON office_setting_changes (key, id);
CREATE TRIGGER office_setting_changes_no_update BEFORE UPDATE ON office_setting_changes
BEGIN SELECT RAISE(ABORT, 'office_setting_changes is append-only'); END;
CREATE TRIGGER office_setting_changes_no_delete BEFORE DELETE ON office_setting_changes
BEGIN SELECT RAISE(ABORT, 'office_setting_changes is append-only'); END;
${outboxTrigger('hub_outbox_setting', 'INSERT', 'office_setting_changes', 'setting', 'NEW.id')}

-- Which clerk (office-wide key) first claimed a user name in the hub's order: that clerk keeps it on every counter.
CREATE TABLE hub_usernames (
  username TEXT PRIMARY KEY,
  clerk_key TEXT NOT NULL
) STRICT;

-- Two clerks created apart under one user name: the later in the hub's order signs in under parked_as until a supervisor settles it.
CREATE TABLE hub_clerk_clashes (
  parked_key TEXT PRIMARY KEY,
  username TEXT NOT NULL,
  kept_key TEXT NOT NULL,
  parked_as TEXT NOT NULL,
  detected_at TEXT NOT NULL
) STRICT;

-- What this counter already holds travels on its next exchange (received rows stay with their origin).
INSERT INTO hub_outbox (kind, row_id) SELECT 'clerk', id FROM clerks WHERE id NOT IN (SELECT local_id FROM hub_ids WHERE kind = 'clerk') ORDER BY id;
INSERT INTO hub_outbox (kind, row_id) SELECT 'attachment', id FROM attachments WHERE id NOT IN (SELECT local_id FROM hub_ids WHERE kind = 'attachment') ORDER BY id;
`,
};
