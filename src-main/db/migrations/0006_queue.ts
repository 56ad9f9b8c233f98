// @runs: main
import type { Migration } from './index';

export const m0006: Migration = {
  version: 6,
  name: '0006_queue',
  sql: `
-- The life of a dossier after intake. due_date/due_at stay the original
-- appointment for ever; an apology adds the extended date beside them.
ALTER TABLE dossiers ADD COLUMN department TEXT;
ALTER TABLE dossiers ADD COLUMN handed_over_at TEXT;
ALTER TABLE dossiers ADD COLUMN result_received_at TEXT;
-- JSON: [{ "name": "Thẻ BHYT", "count": 1 }], what came back from the department.
ALTER TABLE dossiers ADD COLUMN result_items TEXT;
-- JSON: who collected the result at the counter, or the postal details.
ALTER TABLE dossiers ADD COLUMN return_details TEXT;
ALTER TABLE dossiers ADD COLUMN extended_due_date TEXT;
ALTER TABLE dossiers ADD COLUMN extended_due_at TEXT;
ALTER TABLE dossiers ADD COLUMN extension_count INTEGER NOT NULL DEFAULT 0;

-- Derived, never written: the date the office now owes the result; the same
-- date for the dossiers still being resolved (the due-soon and overdue views);
-- and how a returned dossier compares with its ORIGINAL date (statistics count
-- an apologised dossier late).
ALTER TABLE dossiers ADD COLUMN current_due_date TEXT GENERATED ALWAYS AS (COALESCE(extended_due_date, due_date)) VIRTUAL;
ALTER TABLE dossiers ADD COLUMN open_due_date TEXT GENERATED ALWAYS AS (
  CASE WHEN state IN ('received', 'in_processing', 'awaiting_supplement') THEN COALESCE(extended_due_date, due_date) END
) VIRTUAL;
ALTER TABLE dossiers ADD COLUMN return_timing TEXT GENERATED ALWAYS AS (
  CASE
    WHEN returned_at IS NULL OR due_date IS NULL THEN NULL
    WHEN substr(returned_at, 1, 10) < due_date THEN 'early'
    WHEN substr(returned_at, 1, 10) = due_date THEN 'onTime'
    ELSE 'late'
  END
) VIRTUAL;

-- One index per kind of view, each ordered like the view so a page is a range
-- read (keyset paging) and a count never touches the table.
CREATE INDEX dossiers_queue_state ON dossiers (state, current_due_date);
CREATE INDEX dossiers_queue_open_due ON dossiers (open_due_date) WHERE open_due_date IS NOT NULL;
CREATE INDEX dossiers_queue_returned ON dossiers (returned_at, return_timing) WHERE returned_at IS NOT NULL;
`,
};
