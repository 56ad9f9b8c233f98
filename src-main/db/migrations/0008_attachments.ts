// @runs: main
import type { Migration } from './index';

export const m0008: Migration = {
  version: 8,
  name: '0008_attachments',
  sql: `
-- Scanned papers (Decree 107/2021, Circular 01/2023): one row per paper attached
-- to a dossier component or to the result. The bytes live once per content in
-- <dataDir>/scans/<sha256[0..2]>/<sha256>.<ext>; rows only point at them.
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers (id),
  -- A dossier_components.component_key of the dossier, or 'result'.
  target TEXT NOT NULL,
  file_name TEXT NOT NULL,
  mime_type TEXT NOT NULL CHECK (mime_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size INTEGER NOT NULL CHECK (size > 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  pages INTEGER,
  dpi INTEGER,
  colour INTEGER CHECK (colour IN (0, 1)),
  source TEXT NOT NULL CHECK (source IN ('upload', 'scanner')),
  added_by INTEGER NOT NULL REFERENCES clerks (id),
  counter INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  verified_by INTEGER REFERENCES clerks (id),
  verified_at TEXT,
  removed_by INTEGER REFERENCES clerks (id),
  removed_at TEXT,
  removed_reason TEXT
) STRICT;
CREATE INDEX attachments_dossier ON attachments (dossier_id, target);
CREATE INDEX attachments_sha256 ON attachments (sha256);
`,
};
