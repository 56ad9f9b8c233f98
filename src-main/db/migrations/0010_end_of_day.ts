// @runs: main
import type { Migration } from './index';

export const m0010: Migration = {
  version: 10,
  name: '0010_end_of_day',
  sql: `
-- One row per counter and day once the day has been closed (chốt sổ). closed_by
-- is null when the IT officer's scheduled CLI closed it. open_items: what was
-- still unfinished when the closer confirmed (JSON).
CREATE TABLE day_closures (
  counter INTEGER NOT NULL,
  day TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('closed', 'reopened')),
  closed_at TEXT NOT NULL,
  closed_by INTEGER REFERENCES clerks (id),
  open_items TEXT NOT NULL,
  reopened_at TEXT,
  reopened_by INTEGER REFERENCES clerks (id),
  reopen_reason TEXT,
  PRIMARY KEY (counter, day)
) STRICT;

-- The day's record frozen at each closure or correction: the export package is
-- rendered from this text only, so exporting a revision again gives the same bytes.
CREATE TABLE day_exports (
  counter INTEGER NOT NULL,
  day TEXT NOT NULL,
  revision INTEGER NOT NULL,
  made_at TEXT NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (counter, day, revision)
) STRICT;

-- Corrections of a closed day's intake record, applied by a supervisor. Append-only.
CREATE TABLE day_corrections (
  id INTEGER PRIMARY KEY,
  counter INTEGER NOT NULL,
  day TEXT NOT NULL,
  revision INTEGER NOT NULL,
  dossier_id INTEGER NOT NULL REFERENCES dossiers (id),
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  reason TEXT NOT NULL,
  clerk_id INTEGER NOT NULL REFERENCES clerks (id),
  at TEXT NOT NULL
) STRICT;
CREATE INDEX day_corrections_day ON day_corrections (counter, day, id);
CREATE TRIGGER day_corrections_no_update BEFORE UPDATE ON day_corrections
BEGIN SELECT RAISE(ABORT, 'day_corrections is append-only'); END;
CREATE TRIGGER day_corrections_no_delete BEFORE DELETE ON day_corrections
BEGIN SELECT RAISE(ABORT, 'day_corrections is append-only'); END;

-- The correction path: a row here (inserted and deleted inside the correction's
-- own transaction, so never seen committed) lets that one dossier be changed.
CREATE TABLE closed_day_unlock (dossier_id INTEGER PRIMARY KEY) STRICT;

-- Packages waiting to leave, and what became of them. Survives restarts; the
-- idempotency key (office, counter, day, revision) is sent with every attempt.
CREATE TABLE export_outbox (
  id INTEGER PRIMARY KEY,
  idempotency_key TEXT NOT NULL,
  package_name TEXT NOT NULL,
  counter INTEGER NOT NULL,
  day TEXT NOT NULL,
  revision INTEGER NOT NULL,
  destination TEXT NOT NULL CHECK (destination IN ('folder', 'http')),
  target TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  queued_at TEXT NOT NULL,
  sent_at TEXT,
  UNIQUE (idempotency_key, destination, target)
) STRICT;
CREATE INDEX export_outbox_due ON export_outbox (state, next_attempt_at);

-- A day's package reads that counter's steps of that day.
CREATE INDEX dossier_events_counter_at ON dossier_events (counter, at);

-- A closed day's intake record is frozen. Intake columns may not change; the
-- lifecycle columns may (state, updated_at, department, handed_over_at,
-- result_received_at, result_items, result_number, return_details, returned_at,
-- extended_due_date, extended_due_at, extension_count) because hand-over,
-- result, return, apology and stop happen on later days as those days' work.
-- result_delivery and delivery_address are intake columns that the return
-- itself may set (by post), so they may change only on the step into 'returned'.
-- A guidance dossier completed on a later day is that day's intake (the row is
-- completed in place), so its move out of guidance_issued is allowed.
CREATE TRIGGER dossiers_closed_day_update BEFORE UPDATE ON dossiers
WHEN EXISTS (
    SELECT 1 FROM day_closures c
    WHERE c.counter = OLD.counter AND c.day = substr(COALESCE(OLD.received_at, OLD.submitted_at), 1, 10) AND c.status = 'closed'
  )
  AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = OLD.id)
  AND NOT (OLD.state = 'guidance_issued' AND NEW.state IS NOT OLD.state)
  AND (
    NEW.code IS NOT OLD.code OR NEW.procedure_version_id IS NOT OLD.procedure_version_id OR NEW.applicant_id IS NOT OLD.applicant_id
    OR NEW.submitter IS NOT OLD.submitter OR NEW.channel IS NOT OLD.channel OR NEW.channel_reference IS NOT OLD.channel_reference
    OR NEW.counter IS NOT OLD.counter OR NEW.responsible_clerk_id IS NOT OLD.responsible_clerk_id
    OR NEW.submitted_at IS NOT OLD.submitted_at OR NEW.received_at IS NOT OLD.received_at
    OR NEW.time_limit_days IS NOT OLD.time_limit_days OR NEW.due_date IS NOT OLD.due_date OR NEW.due_at IS NOT OLD.due_at
    OR NEW.calendar_version IS NOT OLD.calendar_version OR NEW.set_count IS NOT OLD.set_count
    OR NEW.register_volume IS NOT OLD.register_volume OR NEW.register_number IS NOT OLD.register_number
    OR NEW.guidance_count IS NOT OLD.guidance_count OR NEW.created_at IS NOT OLD.created_at
    OR ((NEW.result_delivery IS NOT OLD.result_delivery OR NEW.delivery_address IS NOT OLD.delivery_address)
        AND NOT (NEW.state = 'returned' AND OLD.state IS NOT 'returned'))
  )
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

CREATE TRIGGER dossiers_closed_day_delete BEFORE DELETE ON dossiers
WHEN EXISTS (
  SELECT 1 FROM day_closures c
  WHERE c.counter = OLD.counter AND c.day = substr(COALESCE(OLD.received_at, OLD.submitted_at), 1, 10) AND c.status = 'closed'
)
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- No new intake at a counter whose day is closed (reopen first).
CREATE TRIGGER dossiers_closed_day_insert BEFORE INSERT ON dossiers
WHEN EXISTS (SELECT 1 FROM day_closures c WHERE c.counter = NEW.counter AND c.day = substr(NEW.submitted_at, 1, 10) AND c.status = 'closed')
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- No intake decision at a counter on a day it has closed (a guidance dossier
-- completed in place included). Later steps (hand-over, result, return,
-- apology, stop) are never blocked; the panel shows those recorded after the
-- closure, which the frozen package does not hold until the day is reclosed.
CREATE TRIGGER dossier_events_closed_day BEFORE INSERT ON dossier_events
WHEN NEW.action IN ('accept', 'issueGuidance', 'refuse', 'resolveOnTheSpot')
  AND EXISTS (SELECT 1 FROM day_closures c WHERE c.counter = NEW.counter AND c.day = substr(NEW.at, 1, 10) AND c.status = 'closed')
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- The checklist of a closed day's dossier is part of its intake record. A
-- guidance dossier's checklist is rewritten when the citizen comes back.
CREATE TRIGGER dossier_components_closed_day_update BEFORE UPDATE ON dossier_components
WHEN EXISTS (
  SELECT 1 FROM dossiers d JOIN day_closures c ON c.counter = d.counter AND c.day = substr(COALESCE(d.received_at, d.submitted_at), 1, 10)
  WHERE d.id = OLD.dossier_id AND c.status = 'closed' AND d.state IS NOT 'guidance_issued'
    AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = d.id)
)
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;
CREATE TRIGGER dossier_components_closed_day_delete BEFORE DELETE ON dossier_components
WHEN EXISTS (
  SELECT 1 FROM dossiers d JOIN day_closures c ON c.counter = d.counter AND c.day = substr(COALESCE(d.received_at, d.submitted_at), 1, 10)
  WHERE d.id = OLD.dossier_id AND c.status = 'closed' AND d.state IS NOT 'guidance_issued'
    AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = d.id)
)
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;
CREATE TRIGGER dossier_components_closed_day_insert BEFORE INSERT ON dossier_components
WHEN EXISTS (
  SELECT 1 FROM dossiers d JOIN day_closures c ON c.counter = d.counter AND c.day = substr(COALESCE(d.received_at, d.submitted_at), 1, 10)
  WHERE d.id = NEW.dossier_id AND c.status = 'closed' AND d.state IS NOT 'guidance_issued'
    AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = d.id)
)
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;
`,
};
