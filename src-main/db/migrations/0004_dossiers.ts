// @runs: main
import type { Migration } from './index';

export const m0004: Migration = {
  version: 4,
  name: '0004_dossiers',
  sql: `
-- People and organisations who bring dossiers, kept for look-up as the clerk types.
CREATE TABLE applicants (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
  full_name TEXT NOT NULL,
  folded_name TEXT NOT NULL,
  personal_id TEXT,
  birth_date TEXT,
  sex TEXT CHECK (sex IN ('nam', 'nu')),
  bhxh_number TEXT,
  health_card_number TEXT,
  unit_code TEXT,
  tax_code TEXT,
  contact_person TEXT,
  phone TEXT,
  email TEXT,
  address TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX applicants_personal_id ON applicants (personal_id) WHERE personal_id IS NOT NULL;
CREATE UNIQUE INDEX applicants_unit_code ON applicants (unit_code) WHERE unit_code IS NOT NULL;
CREATE INDEX applicants_folded_name ON applicants (folded_name);

-- One submission at the counter. The code (Mã hồ sơ) is given only when the
-- dossier is accepted as complete, and never changes afterwards.
CREATE TABLE dossiers (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE,
  procedure_version_id INTEGER NOT NULL REFERENCES procedure_versions (id),
  applicant_id INTEGER NOT NULL REFERENCES applicants (id),
  submitter TEXT,
  channel TEXT NOT NULL CHECK (channel IN ('counter', 'post', 'online')),
  channel_reference TEXT,
  result_delivery TEXT NOT NULL CHECK (result_delivery IN ('counter', 'post')),
  delivery_address TEXT,
  state TEXT NOT NULL,
  counter INTEGER NOT NULL,
  responsible_clerk_id INTEGER NOT NULL REFERENCES clerks (id),
  submitted_at TEXT NOT NULL,
  received_at TEXT,
  time_limit_days INTEGER,
  due_date TEXT,
  due_at TEXT,
  calendar_version INTEGER,
  set_count INTEGER NOT NULL DEFAULT 1,
  register_volume TEXT,
  register_number INTEGER,
  guidance_count INTEGER NOT NULL DEFAULT 0,
  result_number TEXT,
  returned_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX dossiers_state_due ON dossiers (state, due_date);
CREATE INDEX dossiers_received ON dossiers (received_at);
CREATE INDEX dossiers_applicant ON dossiers (applicant_id);
CREATE UNIQUE INDEX dossiers_register ON dossiers (register_volume, register_number) WHERE register_volume IS NOT NULL;

-- What was handed in, component by component.
CREATE TABLE dossier_components (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers (id),
  position INTEGER NOT NULL,
  component_key TEXT NOT NULL,
  name TEXT NOT NULL,
  form_code TEXT,
  copy_type TEXT NOT NULL,
  count INTEGER NOT NULL,
  required INTEGER NOT NULL CHECK (required IN (0, 1)),
  status TEXT NOT NULL CHECK (status IN ('received', 'missing', 'faulty', 'not_needed')),
  note TEXT,
  UNIQUE (dossier_id, component_key)
) STRICT;

-- "4 Rõ": every change of state, who, when, from which counter, and why. Append-only.
CREATE TABLE dossier_events (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers (id),
  at TEXT NOT NULL,
  clerk_id INTEGER NOT NULL REFERENCES clerks (id),
  counter INTEGER NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT,
  reason TEXT,
  payload TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id, id);
CREATE TRIGGER dossier_events_no_update BEFORE UPDATE ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier_events is append-only'); END;
CREATE TRIGGER dossier_events_no_delete BEFORE DELETE ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier_events is append-only'); END;

-- The last sequence given per office, day and counter, advanced inside the dossier's transaction.
CREATE TABLE code_counters (
  office_code TEXT NOT NULL,
  day TEXT NOT NULL,
  counter INTEGER NOT NULL,
  last_sequence INTEGER NOT NULL,
  PRIMARY KEY (office_code, day, counter)
) STRICT;

-- The half-filled intake form, saved as the clerk types.
CREATE TABLE drafts (
  id INTEGER PRIMARY KEY,
  clerk_id INTEGER NOT NULL REFERENCES clerks (id),
  dossier_id INTEGER REFERENCES dossiers (id),
  content TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`,
};
