// @runs: main
import type { Migration } from './index';

/**
 * The derived queue columns, recomputed by trigger whenever what they derive
 * from changes (intake writes dossiers too). Real columns rather than generated
 * ones: SQLite cannot answer a range on a generated column from the index alone,
 * and the counts of the views must never read the table.
 */
const derive = (row: 'new') => `
  UPDATE dossiers SET
    current_due_date = COALESCE(${row}.extended_due_date, ${row}.due_date),
    open_due_date = CASE WHEN ${row}.state IN ('received', 'in_processing', 'awaiting_supplement') THEN COALESCE(${row}.extended_due_date, ${row}.due_date) END,
    return_timing = CASE
      WHEN ${row}.returned_at IS NULL OR ${row}.due_date IS NULL THEN NULL
      WHEN substr(${row}.returned_at, 1, 10) < ${row}.due_date THEN 'early'
      WHEN substr(${row}.returned_at, 1, 10) = ${row}.due_date THEN 'onTime'
      ELSE 'late'
    END
  WHERE id = ${row}.id;`;

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

-- Derived (kept by the triggers below): the date the office now owes the
-- result; the same date while the dossier is still being resolved (due-soon
-- and overdue views); how a returned dossier compares with its ORIGINAL date
-- (statistics count an apologised dossier late).
ALTER TABLE dossiers ADD COLUMN current_due_date TEXT;
ALTER TABLE dossiers ADD COLUMN open_due_date TEXT;
ALTER TABLE dossiers ADD COLUMN return_timing TEXT CHECK (return_timing IN ('early', 'onTime', 'late'));

-- Returns per day and timing, kept by trigger, so the statistics of any range
-- (five years included) add up a few rows instead of counting every dossier.
CREATE TABLE queue_return_days (
  day TEXT NOT NULL,
  timing TEXT NOT NULL CHECK (timing IN ('early', 'onTime', 'late')),
  n INTEGER NOT NULL,
  PRIMARY KEY (day, timing)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER dossiers_queue_insert AFTER INSERT ON dossiers
BEGIN ${derive('new')}
END;
CREATE TRIGGER dossiers_queue_update AFTER UPDATE OF state, due_date, extended_due_date, returned_at ON dossiers
BEGIN ${derive('new')}
END;
-- OLD and NEW are this statement's own before and after, so the counters
-- stay right whichever trigger runs first.
CREATE TRIGGER dossiers_queue_return_days AFTER UPDATE OF returned_at, return_timing ON dossiers
WHEN old.returned_at IS NOT new.returned_at OR old.return_timing IS NOT new.return_timing
BEGIN
  UPDATE queue_return_days SET n = n - 1
  WHERE old.return_timing IS NOT NULL AND day = substr(old.returned_at, 1, 10) AND timing = old.return_timing;
  INSERT INTO queue_return_days (day, timing, n)
  SELECT substr(new.returned_at, 1, 10), new.return_timing, 1 WHERE new.return_timing IS NOT NULL AND new.returned_at IS NOT NULL
  ON CONFLICT (day, timing) DO UPDATE SET n = n + 1;
END;
UPDATE dossiers SET state = state;

-- One index per kind of view, each in the order the view is shown, so a page
-- is a range read after the last row shown (keyset) and a count reads the
-- index alone.
CREATE INDEX dossiers_queue_state ON dossiers (state, current_due_date);
CREATE INDEX dossiers_queue_open_due ON dossiers (open_due_date) WHERE open_due_date IS NOT NULL;
CREATE INDEX dossiers_queue_returned ON dossiers (returned_at) WHERE returned_at IS NOT NULL;
`,
};
