// @runs: main
import type { Migration } from './index';

export const m0005: Migration = {
  version: 5,
  name: '0005_documents',
  sql: `
-- Every paper handed over at the counter, kept exactly as given: the bytes and
-- the view model they were rendered from, so it can be shown and printed again.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER REFERENCES dossiers (id),
  kind TEXT NOT NULL CHECK (kind IN ('receipt', 'guidance', 'refusal', 'apology', 'control', 'register', 'postalHandover', 'stopNotice', 'receiptAndHandover')),
  form_set TEXT NOT NULL CHECK (form_set IN ('2018', '2025')),
  number TEXT NOT NULL,
  paper TEXT NOT NULL CHECK (paper IN ('A4', 'A5')),
  inputs TEXT NOT NULL,
  inputs_sha256 TEXT NOT NULL,
  pdf BLOB NOT NULL,
  pdf_sha256 TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  issued_by INTEGER NOT NULL REFERENCES clerks (id),
  reprints INTEGER NOT NULL DEFAULT 0,
  last_reprinted_at TEXT
) STRICT;
CREATE INDEX documents_dossier ON documents (dossier_id, id);
`,
};
