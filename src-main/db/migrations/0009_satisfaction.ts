// @runs: main
import type { Migration } from './index';

export const m0009: Migration = {
  version: 9,
  name: '0009_satisfaction',
  sql: `
-- The citizen's rating at the return of the result: three factors on a
-- 5-level scale (1 Rất không hài lòng … 5 Rất hài lòng), one rating per dossier.
CREATE TABLE satisfaction_ratings (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL UNIQUE REFERENCES dossiers (id),
  dossier_code TEXT NOT NULL,
  procedure_quality INTEGER NOT NULL CHECK (procedure_quality BETWEEN 1 AND 5),
  staff_attitude INTEGER NOT NULL CHECK (staff_attitude BETWEEN 1 AND 5),
  result_quality INTEGER NOT NULL CHECK (result_quality BETWEEN 1 AND 5),
  comment TEXT,
  rated_at TEXT NOT NULL,
  rated_day TEXT NOT NULL,
  clerk_id INTEGER NOT NULL REFERENCES clerks (id),
  counter INTEGER NOT NULL
) STRICT;
CREATE INDEX satisfaction_ratings_day ON satisfaction_ratings (rated_day);
`,
};
