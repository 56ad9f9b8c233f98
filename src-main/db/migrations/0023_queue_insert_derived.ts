// @runs: main
import type { Migration } from './index';

const OPEN_STATES = "('received', 'in_processing', 'awaiting_supplement')";
const current = 'COALESCE(new.extended_due_date, new.due_date)';
const timing = `CASE
      WHEN new.returned_at IS NULL OR new.due_date IS NULL THEN NULL
      WHEN substr(new.returned_at, 1, 10) < new.due_date THEN 'early'
      WHEN substr(new.returned_at, 1, 10) = new.due_date THEN 'onTime'
      ELSE 'late'
    END`;

/**
 * 0006's insert trigger UPDATEd every new dossier to fill its derived queue
 * columns, which re-ran the closed-day and queue update triggers and rewrote
 * the row's indexes: much of a first join's time on the counter. A dossier
 * inserted with those columns already right (a first join's copy computes them,
 * hub/derived.ts) is now left alone; any other is UPDATEd as before. The
 * return counted per day follows the timing the row was inserted with, and
 * the UPDATE that corrects a wrong one moves the count (0006's
 * dossiers_queue_return_days), so the counts stay what 0006 gave.
 */
export const m0023: Migration = {
  version: 23,
  name: '0023_queue_insert_derived',
  sql: `
DROP TRIGGER dossiers_queue_insert;
CREATE TRIGGER dossiers_queue_derive_insert AFTER INSERT ON dossiers
BEGIN
  INSERT INTO queue_return_days (day, timing, n)
  SELECT substr(new.returned_at, 1, 10), new.return_timing, 1 WHERE new.return_timing IS NOT NULL AND new.returned_at IS NOT NULL
  ON CONFLICT (day, timing) DO UPDATE SET n = n + 1;
  UPDATE dossiers SET
    current_due_date = ${current},
    open_due_date = CASE WHEN new.state IN ${OPEN_STATES} THEN ${current} END,
    return_timing = ${timing}
  WHERE id = new.id AND (
    current_due_date IS NOT ${current}
    OR open_due_date IS NOT (CASE WHEN new.state IN ${OPEN_STATES} THEN ${current} END)
    OR return_timing IS NOT (${timing})
  );
END;
`,
};
