// @runs: main
import type { Migration } from './index';

export const m0002: Migration = {
  version: 2,
  name: '0002_catalogue',
  sql: `
-- The procedures (thủ tục hành chính) this counter receives. Their content lives
-- in procedure_versions; this row says which version is current, whether the
-- procedure is still offered, where it sits in the list and how often it is used.
CREATE TABLE procedures (
  id TEXT PRIMARY KEY,
  current_version INTEGER NOT NULL CHECK (current_version >= 1),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  position INTEGER NOT NULL,
  usage_count INTEGER NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
  created_at TEXT NOT NULL
) STRICT;

-- Every version a procedure ever had. A dossier points at the version it was
-- received under, so versions are append-only.
CREATE TABLE procedure_versions (
  id INTEGER PRIMARY KEY,
  procedure_id TEXT NOT NULL REFERENCES procedures (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  code TEXT,
  name TEXT NOT NULL,
  field TEXT NOT NULL CHECK (field IN ('thu_so_the', 'che_do_bhxh', 'bhyt', 'bhtn')),
  time_limit_days INTEGER NOT NULL CHECK (time_limit_days >= 0),
  on_the_spot INTEGER NOT NULL CHECK (on_the_spot IN (0, 1)),
  legal_basis TEXT NOT NULL,
  legal_basis_date TEXT,
  result TEXT NOT NULL,
  fee TEXT,
  components TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES clerks (id),
  change_note TEXT,
  UNIQUE (procedure_id, version)
) STRICT;
CREATE TRIGGER procedure_versions_no_update BEFORE UPDATE ON procedure_versions
BEGIN SELECT RAISE(ABORT, 'procedure_versions is append-only'); END;
CREATE TRIGGER procedure_versions_no_delete BEFORE DELETE ON procedure_versions
BEGIN SELECT RAISE(ABORT, 'procedure_versions is append-only'); END;
`,
};
