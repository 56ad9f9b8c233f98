// @runs: main
import type { Migration } from './index';

export const m0012: Migration = {
  version: 12,
  name: '0012_reports',
  sql: `
-- Reports read the "4 Rõ" log by counter, action and period: a month is one
-- range per reported action, and the clerk and dossier come from the index
-- itself (the counter+time index of the day closing would need a table read per event).
CREATE INDEX reports_events ON dossier_events (counter, action, at, clerk_id, dossier_id);
-- The first apology of a returned dossier holds its original appointment.
CREATE INDEX reports_apologies ON dossier_events (dossier_id, id) WHERE action = 'apologise';

-- How long an intake took: from the first autosave of its draft to the decision.
-- The decision's transaction deletes the draft right after appending its event,
-- so the trigger pairs the deleted draft with the newest event when that event is
-- the same clerk's intake decision taken after the draft began. A draft thrown
-- away by hand matches nothing (the newest event is older than the draft, or is
-- already paired). Intakes decided without a draft have no row: unknown.
CREATE TABLE report_intake_times (
  event_id INTEGER PRIMARY KEY REFERENCES dossier_events (id),
  clerk_id INTEGER NOT NULL,
  counter INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  seconds INTEGER NOT NULL
) STRICT;
CREATE INDEX report_intake_times_decided ON report_intake_times (decided_at, counter, clerk_id, seconds);
CREATE TRIGGER report_intake_time_on_decision AFTER DELETE ON drafts
BEGIN
  INSERT OR IGNORE INTO report_intake_times (event_id, clerk_id, counter, started_at, decided_at, seconds)
  SELECT e.id, e.clerk_id, e.counter, OLD.created_at, e.at, CAST(round((julianday(e.at) - julianday(OLD.created_at)) * 86400) AS INTEGER)
  FROM dossier_events e
  WHERE e.id = (SELECT max(id) FROM dossier_events)
    AND e.clerk_id = OLD.clerk_id
    AND e.action IN ('accept', 'issueGuidance', 'refuse', 'resolveOnTheSpot')
    AND e.at >= OLD.created_at;
END;
`,
};
