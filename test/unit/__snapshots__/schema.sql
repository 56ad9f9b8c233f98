-- index applicants_document_number
CREATE INDEX applicants_document_number ON applicants (document_number) WHERE document_number IS NOT NULL;

-- index applicants_folded_name
CREATE INDEX applicants_folded_name ON applicants (folded_name);

-- index applicants_personal_id
CREATE UNIQUE INDEX applicants_personal_id ON applicants (personal_id) WHERE personal_id IS NOT NULL;

-- index applicants_unit_code
CREATE UNIQUE INDEX applicants_unit_code ON applicants (unit_code) WHERE unit_code IS NOT NULL;

-- index attachments_dossier
CREATE INDEX attachments_dossier ON attachments (dossier_id, target);

-- index attachments_sha256
CREATE INDEX attachments_sha256 ON attachments (sha256);

-- index day_corrections_day
CREATE INDEX day_corrections_day ON day_corrections (counter, day, id);

-- index documents_dossier
CREATE INDEX documents_dossier ON documents (dossier_id, id);

-- index dossier_applicants_document_number
CREATE INDEX dossier_applicants_document_number ON dossier_applicants (document_number) WHERE document_number IS NOT NULL;

-- index dossier_applicants_folded_name
CREATE INDEX dossier_applicants_folded_name ON dossier_applicants (folded_name);

-- index dossier_applicants_personal_id
CREATE INDEX dossier_applicants_personal_id ON dossier_applicants (personal_id) WHERE personal_id IS NOT NULL;

-- index dossier_applicants_spelling
CREATE INDEX dossier_applicants_spelling ON dossier_applicants (folded_name, full_name);

-- index dossier_events_counter_at
CREATE INDEX dossier_events_counter_at ON dossier_events (counter, at);

-- index dossier_events_dossier
CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id, id);

-- index dossiers_applicant
CREATE INDEX dossiers_applicant ON dossiers (applicant_id);

-- index dossiers_code_compact
CREATE INDEX dossiers_code_compact ON dossiers (lower(replace(replace(replace(code, '-', ''), '.', ''), ' ', '')));

-- index dossiers_queue_counter_open_due
CREATE INDEX dossiers_queue_counter_open_due ON dossiers (counter, open_due_date) WHERE open_due_date IS NOT NULL;

-- index dossiers_queue_counter_received
CREATE INDEX dossiers_queue_counter_received ON dossiers (counter, received_at);

-- index dossiers_queue_counter_returned
CREATE INDEX dossiers_queue_counter_returned ON dossiers (counter, returned_at) WHERE returned_at IS NOT NULL;

-- index dossiers_queue_counter_state
CREATE INDEX dossiers_queue_counter_state ON dossiers (counter, state, current_due_date);

-- index dossiers_queue_open_due
CREATE INDEX dossiers_queue_open_due ON dossiers (open_due_date) WHERE open_due_date IS NOT NULL;

-- index dossiers_queue_returned
CREATE INDEX dossiers_queue_returned ON dossiers (returned_at) WHERE returned_at IS NOT NULL;

-- index dossiers_queue_state
CREATE INDEX dossiers_queue_state ON dossiers (state, current_due_date);

-- index dossiers_received
CREATE INDEX dossiers_received ON dossiers (received_at);

-- index dossiers_register
CREATE UNIQUE INDEX dossiers_register ON dossiers (register_volume, register_number) WHERE register_volume IS NOT NULL;

-- index dossiers_result_number
CREATE INDEX dossiers_result_number ON dossiers (lower(replace(replace(replace(result_number, '-', ''), '.', ''), ' ', ''))) WHERE result_number IS NOT NULL;

-- index dossiers_state_due
CREATE INDEX dossiers_state_due ON dossiers (state, due_date);

-- index export_outbox_due
CREATE INDEX export_outbox_due ON export_outbox (state, next_attempt_at);

-- index hub_conflicts_dossier
CREATE INDEX hub_conflicts_dossier ON hub_conflicts (dossier_id);

-- index hub_conflicts_event
CREATE INDEX hub_conflicts_event ON hub_conflicts (event_id);

-- index hub_outbox_row
CREATE INDEX hub_outbox_row ON hub_outbox (kind, row_id);

-- index office_setting_changes_key
CREATE INDEX office_setting_changes_key ON office_setting_changes (key, id);

-- index report_intake_times_decided
CREATE INDEX report_intake_times_decided ON report_intake_times (decided_at, counter, clerk_id, seconds);

-- index reports_apologies
CREATE INDEX reports_apologies ON dossier_events (dossier_id, id) WHERE action = 'apologise';

-- index reports_events
CREATE INDEX reports_events ON dossier_events (counter, action, at, clerk_id, dossier_id);

-- index satisfaction_ratings_day
CREATE INDEX satisfaction_ratings_day ON satisfaction_ratings (rated_day);

-- table applicants
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
, document_type TEXT, document_number TEXT, nationality TEXT) STRICT;

-- table attachments
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

-- table audit_log
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  clerk_id INTEGER REFERENCES clerks(id),
  counter INTEGER,
  action TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}'
) STRICT;

-- table calendar_days
CREATE TABLE calendar_days (
  date TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'compensatory', 'swap_off', 'swap_workday')),
  name TEXT NOT NULL,
  legal_source TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('official', 'provisional')),
  edited_by INTEGER REFERENCES clerks (id),
  edited_at TEXT NOT NULL
) STRICT;

-- table calendar_edits
CREATE TABLE calendar_edits (
  version INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  clerk_id INTEGER REFERENCES clerks (id),
  action TEXT NOT NULL CHECK (action IN ('seed', 'set', 'clear', 'confirm')),
  year INTEGER NOT NULL,
  date TEXT,
  before TEXT,
  after TEXT,
  reason TEXT
) STRICT;

-- table calendar_years
CREATE TABLE calendar_years (
  year INTEGER PRIMARY KEY,
  confirmed_by INTEGER REFERENCES clerks (id),
  confirmed_at TEXT
) STRICT;

-- table clerks
CREATE TABLE clerks (
  id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('supervisor', 'clerk')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
, unlocked_at TEXT) STRICT;

-- table closed_day_unlock
CREATE TABLE closed_day_unlock (dossier_id INTEGER PRIMARY KEY) STRICT;

-- table code_counters
CREATE TABLE code_counters (
  office_code TEXT NOT NULL,
  day TEXT NOT NULL,
  counter INTEGER NOT NULL,
  last_sequence INTEGER NOT NULL,
  PRIMARY KEY (office_code, day, counter)
) STRICT;

-- table day_closures
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

-- table day_corrections
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

-- table day_exports
CREATE TABLE day_exports (
  counter INTEGER NOT NULL,
  day TEXT NOT NULL,
  revision INTEGER NOT NULL,
  made_at TEXT NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (counter, day, revision)
) STRICT;

-- table documents
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

-- table dossier_applicants
CREATE TABLE dossier_applicants (
  dossier_id INTEGER PRIMARY KEY REFERENCES dossiers (id),
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
  address TEXT
, document_type TEXT, document_number TEXT, nationality TEXT) STRICT;

-- table dossier_components
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

-- table dossier_events
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

-- table dossiers
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
, department TEXT, handed_over_at TEXT, result_received_at TEXT, result_items TEXT, return_details TEXT, extended_due_date TEXT, extended_due_at TEXT, extension_count INTEGER NOT NULL DEFAULT 0, current_due_date TEXT, open_due_date TEXT, return_timing TEXT CHECK (return_timing IN ('early', 'onTime', 'late')), time_limit_unit TEXT
  CHECK (time_limit_unit IN ('working_days', 'days_excluding_holidays', 'calendar_days', 'same_day'))) STRICT;

-- table drafts
CREATE TABLE drafts (
  id INTEGER PRIMARY KEY,
  clerk_id INTEGER NOT NULL REFERENCES clerks (id),
  dossier_id INTEGER REFERENCES dossiers (id),
  content TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table export_outbox
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

-- table hub_clerk_clashes
CREATE TABLE hub_clerk_clashes (
  parked_key TEXT PRIMARY KEY,
  username TEXT NOT NULL,
  kept_key TEXT NOT NULL,
  parked_as TEXT NOT NULL,
  detected_at TEXT NOT NULL
) STRICT;

-- table hub_conflicts
CREATE TABLE hub_conflicts (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers (id),
  change_id TEXT NOT NULL UNIQUE,
  hub_seq INTEGER NOT NULL,
  origin INTEGER NOT NULL,
  action TEXT NOT NULL,
  detected_at TEXT NOT NULL
, event_id INTEGER REFERENCES dossier_events (id)) STRICT;

-- table hub_dossiers
CREATE TABLE hub_dossiers (
  dossier_id INTEGER PRIMARY KEY REFERENCES dossiers (id),
  events INTEGER NOT NULL,
  accepted TEXT NOT NULL
) STRICT;

-- table hub_ids
CREATE TABLE "hub_ids" (
  kind TEXT NOT NULL CHECK (kind IN ('dossier', 'clerk', 'event', 'document', 'attachment')),
  local_id INTEGER NOT NULL,
  origin INTEGER NOT NULL,
  origin_id INTEGER NOT NULL,
  PRIMARY KEY (kind, local_id),
  UNIQUE (kind, origin, origin_id)
) STRICT;

-- table hub_outbox
CREATE TABLE "hub_outbox" (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('event', 'document', 'rating', 'closure', 'clerk', 'setting', 'attachment', 'package')),
  row_id INTEGER NOT NULL,
  position INTEGER
, nonce TEXT) STRICT;

-- table hub_records
CREATE TABLE hub_records (
  change_id TEXT PRIMARY KEY,
  origin INTEGER NOT NULL,
  kind TEXT NOT NULL,
  dossier_key TEXT,
  body TEXT NOT NULL
) STRICT;

-- table hub_state
CREATE TABLE hub_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1)),
  cursor INTEGER NOT NULL DEFAULT 0,
  pushed INTEGER NOT NULL DEFAULT 0,
  last_exchange_at TEXT,
  last_error TEXT
, bulk INTEGER NOT NULL DEFAULT 0 CHECK (bulk IN (0, 1))) STRICT;

-- table hub_usernames
CREATE TABLE hub_usernames (
  username TEXT PRIMARY KEY,
  clerk_key TEXT NOT NULL
) STRICT;

-- table name_spellings
CREATE TABLE name_spellings (
  folded TEXT NOT NULL,
  spelling TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (folded, spelling)
) STRICT, WITHOUT ROWID;

-- table office_setting_changes
CREATE TABLE office_setting_changes (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  clerk_id INTEGER NOT NULL REFERENCES clerks (id),
  counter INTEGER NOT NULL,
  at TEXT NOT NULL,
  -- Another counter's change: its place in the hub's order. NULL for this counter's own.
  hub_seq INTEGER
) STRICT;

-- table procedure_versions
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
  change_note TEXT, time_limit_unit TEXT NOT NULL DEFAULT 'working_days'
  CHECK (time_limit_unit IN ('working_days', 'days_excluding_holidays', 'calendar_days', 'same_day')),
  UNIQUE (procedure_id, version)
) STRICT;

-- table procedures
CREATE TABLE procedures (
  id TEXT PRIMARY KEY,
  current_version INTEGER NOT NULL CHECK (current_version >= 1),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  position INTEGER NOT NULL,
  usage_count INTEGER NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
  created_at TEXT NOT NULL
) STRICT;

-- table queue_return_days
CREATE TABLE queue_return_days (
  day TEXT NOT NULL,
  timing TEXT NOT NULL CHECK (timing IN ('early', 'onTime', 'late')),
  n INTEGER NOT NULL,
  PRIMARY KEY (day, timing)
) STRICT, WITHOUT ROWID;

-- table report_intake_times
CREATE TABLE report_intake_times (
  event_id INTEGER PRIMARY KEY REFERENCES dossier_events (id),
  clerk_id INTEGER NOT NULL,
  counter INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  seconds INTEGER NOT NULL
) STRICT;

-- table satisfaction_ratings
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

-- table search_ids
CREATE VIRTUAL TABLE search_ids USING fts5 (
  ids,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);

-- table search_ids_config
CREATE TABLE 'search_ids_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_ids_data
CREATE TABLE 'search_ids_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_ids_docsize
CREATE TABLE 'search_ids_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table search_ids_idx
CREATE TABLE 'search_ids_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_names
CREATE VIRTUAL TABLE search_names USING fts5 (
  name,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0 tokenchars ''_''',
  prefix = '1 2 3 4 5 6 7'
);

-- table search_names_config
CREATE TABLE 'search_names_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_names_data
CREATE TABLE 'search_names_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_names_docsize
CREATE TABLE 'search_names_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table search_names_idx
CREATE TABLE 'search_names_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table set_aside_indexes
CREATE TABLE set_aside_indexes (
  name TEXT PRIMARY KEY,
  sql TEXT NOT NULL
) STRICT;

-- table settings
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- table sign_in_throttle
CREATE TABLE sign_in_throttle (
  scope TEXT NOT NULL CHECK (scope IN ('user', 'counter')),
  key TEXT NOT NULL,
  failures INTEGER NOT NULL CHECK (failures > 0),
  -- When the next attempt may be checked (the failure's time while the failures are free).
  retry_at TEXT NOT NULL,
  locked_at TEXT,
  PRIMARY KEY (scope, key)
) STRICT;

-- trigger audit_log_no_delete
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- trigger audit_log_no_update
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- trigger calendar_edits_no_delete
CREATE TRIGGER calendar_edits_no_delete BEFORE DELETE ON calendar_edits
BEGIN SELECT RAISE(ABORT, 'calendar_edits is append-only'); END;

-- trigger calendar_edits_no_update
CREATE TRIGGER calendar_edits_no_update BEFORE UPDATE ON calendar_edits
BEGIN SELECT RAISE(ABORT, 'calendar_edits is append-only'); END;

-- trigger day_corrections_no_delete
CREATE TRIGGER day_corrections_no_delete BEFORE DELETE ON day_corrections
BEGIN SELECT RAISE(ABORT, 'day_corrections is append-only'); END;

-- trigger day_corrections_no_update
CREATE TRIGGER day_corrections_no_update BEFORE UPDATE ON day_corrections
BEGIN SELECT RAISE(ABORT, 'day_corrections is append-only'); END;

-- trigger documents_as_issued
CREATE TRIGGER documents_as_issued BEFORE UPDATE ON documents
WHEN NEW.dossier_id IS NOT OLD.dossier_id OR NEW.kind IS NOT OLD.kind OR NEW.form_set IS NOT OLD.form_set OR NEW.number IS NOT OLD.number
  OR NEW.paper IS NOT OLD.paper OR NEW.inputs IS NOT OLD.inputs OR NEW.inputs_sha256 IS NOT OLD.inputs_sha256 OR NEW.pdf IS NOT OLD.pdf
  OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256 OR NEW.issued_at IS NOT OLD.issued_at OR NEW.issued_by IS NOT OLD.issued_by
BEGIN SELECT RAISE(ABORT, 'documents are kept as issued'); END;

-- trigger documents_no_delete
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN SELECT RAISE(ABORT, 'documents are kept as issued'); END;

-- trigger dossier_applicants_closed_day_delete
CREATE TRIGGER dossier_applicants_closed_day_delete BEFORE DELETE ON dossier_applicants
WHEN EXISTS (
  SELECT 1 FROM dossiers d JOIN day_closures c ON c.counter = d.counter AND c.day = substr(COALESCE(d.received_at, d.submitted_at), 1, 10)
  WHERE d.id = OLD.dossier_id AND c.status = 'closed' AND d.state IS NOT 'guidance_issued'
    AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = d.id))
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- trigger dossier_applicants_closed_day_insert
CREATE TRIGGER dossier_applicants_closed_day_insert BEFORE INSERT ON dossier_applicants
WHEN EXISTS (
  SELECT 1 FROM dossiers d JOIN day_closures c ON c.counter = d.counter AND c.day = substr(COALESCE(d.received_at, d.submitted_at), 1, 10)
  WHERE d.id = NEW.dossier_id AND c.status = 'closed' AND d.state IS NOT 'guidance_issued'
    AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = d.id))
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- trigger dossier_applicants_closed_day_update
CREATE TRIGGER dossier_applicants_closed_day_update BEFORE UPDATE ON dossier_applicants
WHEN EXISTS (
  SELECT 1 FROM dossiers d JOIN day_closures c ON c.counter = d.counter AND c.day = substr(COALESCE(d.received_at, d.submitted_at), 1, 10)
  WHERE d.id = OLD.dossier_id AND c.status = 'closed' AND d.state IS NOT 'guidance_issued'
    AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = d.id))
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- trigger dossier_components_closed_day_delete
CREATE TRIGGER dossier_components_closed_day_delete BEFORE DELETE ON dossier_components
WHEN EXISTS (
  SELECT 1 FROM dossiers d JOIN day_closures c ON c.counter = d.counter AND c.day = substr(COALESCE(d.received_at, d.submitted_at), 1, 10)
  WHERE d.id = OLD.dossier_id AND c.status = 'closed' AND d.state IS NOT 'guidance_issued'
    AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = d.id)
)
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- trigger dossier_components_closed_day_insert
CREATE TRIGGER dossier_components_closed_day_insert BEFORE INSERT ON dossier_components
WHEN EXISTS (
  SELECT 1 FROM dossiers d JOIN day_closures c ON c.counter = d.counter AND c.day = substr(COALESCE(d.received_at, d.submitted_at), 1, 10)
  WHERE d.id = NEW.dossier_id AND c.status = 'closed' AND d.state IS NOT 'guidance_issued'
    AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = d.id)
)
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- trigger dossier_components_closed_day_update
CREATE TRIGGER dossier_components_closed_day_update BEFORE UPDATE ON dossier_components
WHEN EXISTS (
  SELECT 1 FROM dossiers d JOIN day_closures c ON c.counter = d.counter AND c.day = substr(COALESCE(d.received_at, d.submitted_at), 1, 10)
  WHERE d.id = OLD.dossier_id AND c.status = 'closed' AND d.state IS NOT 'guidance_issued'
    AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = d.id)
)
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- trigger dossier_events_closed_day
CREATE TRIGGER dossier_events_closed_day BEFORE INSERT ON dossier_events
WHEN NEW.action IN ('accept', 'issueGuidance', 'refuse', 'resolveOnTheSpot')
  AND EXISTS (SELECT 1 FROM day_closures c WHERE c.counter = NEW.counter AND c.day = substr(NEW.at, 1, 10) AND c.status = 'closed')
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- trigger dossier_events_no_delete
CREATE TRIGGER dossier_events_no_delete BEFORE DELETE ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier_events is append-only'); END;

-- trigger dossier_events_no_update
CREATE TRIGGER dossier_events_no_update BEFORE UPDATE ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier_events is append-only'); END;

-- trigger dossiers_closed_day_delete
CREATE TRIGGER dossiers_closed_day_delete BEFORE DELETE ON dossiers
WHEN EXISTS (
  SELECT 1 FROM day_closures c
  WHERE c.counter = OLD.counter AND c.day = substr(COALESCE(OLD.received_at, OLD.submitted_at), 1, 10) AND c.status = 'closed'
)
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- trigger dossiers_closed_day_insert
CREATE TRIGGER dossiers_closed_day_insert BEFORE INSERT ON dossiers
WHEN EXISTS (SELECT 1 FROM day_closures c WHERE c.counter = NEW.counter AND c.day = substr(NEW.submitted_at, 1, 10) AND c.status = 'closed')
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- trigger dossiers_closed_day_unit
CREATE TRIGGER dossiers_closed_day_unit BEFORE UPDATE OF time_limit_unit ON dossiers
WHEN NEW.time_limit_unit IS NOT OLD.time_limit_unit AND EXISTS (
    SELECT 1 FROM day_closures c
    WHERE c.counter = OLD.counter AND c.day = substr(COALESCE(OLD.received_at, OLD.submitted_at), 1, 10) AND c.status = 'closed'
  )
  AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = OLD.id)
  AND NOT (OLD.state = 'guidance_issued' AND NEW.state IS NOT OLD.state)
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- trigger dossiers_closed_day_update
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

-- trigger dossiers_queue_derive_insert
CREATE TRIGGER dossiers_queue_derive_insert AFTER INSERT ON dossiers
BEGIN
  INSERT INTO queue_return_days (day, timing, n)
  SELECT substr(new.returned_at, 1, 10), new.return_timing, 1 WHERE new.return_timing IS NOT NULL AND new.returned_at IS NOT NULL
  ON CONFLICT (day, timing) DO UPDATE SET n = n + 1;
  UPDATE dossiers SET
    current_due_date = COALESCE(new.extended_due_date, new.due_date),
    open_due_date = CASE WHEN new.state IN ('received', 'in_processing', 'awaiting_supplement') THEN COALESCE(new.extended_due_date, new.due_date) END,
    return_timing = CASE
      WHEN new.returned_at IS NULL OR new.due_date IS NULL THEN NULL
      WHEN substr(new.returned_at, 1, 10) < new.due_date THEN 'early'
      WHEN substr(new.returned_at, 1, 10) = new.due_date THEN 'onTime'
      ELSE 'late'
    END
  WHERE id = new.id AND (
    current_due_date IS NOT COALESCE(new.extended_due_date, new.due_date)
    OR open_due_date IS NOT (CASE WHEN new.state IN ('received', 'in_processing', 'awaiting_supplement') THEN COALESCE(new.extended_due_date, new.due_date) END)
    OR return_timing IS NOT (CASE
      WHEN new.returned_at IS NULL OR new.due_date IS NULL THEN NULL
      WHEN substr(new.returned_at, 1, 10) < new.due_date THEN 'early'
      WHEN substr(new.returned_at, 1, 10) = new.due_date THEN 'onTime'
      ELSE 'late'
    END)
  );
END;

-- trigger dossiers_queue_return_days
CREATE TRIGGER dossiers_queue_return_days AFTER UPDATE OF returned_at, return_timing ON dossiers
WHEN old.returned_at IS NOT new.returned_at OR old.return_timing IS NOT new.return_timing
BEGIN
  UPDATE queue_return_days SET n = n - 1
  WHERE old.return_timing IS NOT NULL AND day = substr(old.returned_at, 1, 10) AND timing = old.return_timing;
  INSERT INTO queue_return_days (day, timing, n)
  SELECT substr(new.returned_at, 1, 10), new.return_timing, 1 WHERE new.return_timing IS NOT NULL AND new.returned_at IS NOT NULL
  ON CONFLICT (day, timing) DO UPDATE SET n = n + 1;
END;

-- trigger dossiers_queue_update
CREATE TRIGGER dossiers_queue_update AFTER UPDATE OF state, due_date, extended_due_date, returned_at ON dossiers
BEGIN 
  UPDATE dossiers SET
    current_due_date = COALESCE(new.extended_due_date, new.due_date),
    open_due_date = CASE WHEN new.state IN ('received', 'in_processing', 'awaiting_supplement') THEN COALESCE(new.extended_due_date, new.due_date) END,
    return_timing = CASE
      WHEN new.returned_at IS NULL OR new.due_date IS NULL THEN NULL
      WHEN substr(new.returned_at, 1, 10) < new.due_date THEN 'early'
      WHEN substr(new.returned_at, 1, 10) = new.due_date THEN 'onTime'
      ELSE 'late'
    END
  WHERE id = new.id;
END;

-- trigger hub_outbox_attachment
CREATE TRIGGER hub_outbox_attachment AFTER INSERT ON attachments
WHEN (SELECT applying FROM hub_state) = 0
BEGIN INSERT INTO hub_outbox (kind, row_id, position) VALUES ('attachment', NEW.id, NULL); END;

-- trigger hub_outbox_attachment_update
CREATE TRIGGER hub_outbox_attachment_update AFTER UPDATE ON attachments
WHEN (SELECT applying FROM hub_state) = 0
BEGIN INSERT INTO hub_outbox (kind, row_id, position) VALUES ('attachment', NEW.id, NULL); END;

-- trigger hub_outbox_clerk
CREATE TRIGGER hub_outbox_clerk AFTER INSERT ON clerks
WHEN (SELECT applying FROM hub_state) = 0
BEGIN INSERT INTO hub_outbox (kind, row_id, position) VALUES ('clerk', NEW.id, NULL); END;

-- trigger hub_outbox_clerk_update
CREATE TRIGGER hub_outbox_clerk_update AFTER UPDATE ON clerks
WHEN (SELECT applying FROM hub_state) = 0
BEGIN INSERT INTO hub_outbox (kind, row_id, position) VALUES ('clerk', NEW.id, NULL); END;

-- trigger hub_outbox_closure
CREATE TRIGGER hub_outbox_closure AFTER INSERT ON day_closures
WHEN (SELECT applying FROM hub_state) = 0
BEGIN INSERT INTO hub_outbox (kind, row_id, position) VALUES ('closure', NEW.rowid, NULL); END;

-- trigger hub_outbox_closure_update
CREATE TRIGGER hub_outbox_closure_update AFTER UPDATE ON day_closures
WHEN (SELECT applying FROM hub_state) = 0
BEGIN INSERT INTO hub_outbox (kind, row_id, position) VALUES ('closure', NEW.rowid, NULL); END;

-- trigger hub_outbox_document
CREATE TRIGGER hub_outbox_document AFTER INSERT ON documents
WHEN (SELECT applying FROM hub_state) = 0
BEGIN INSERT INTO hub_outbox (kind, row_id, position) VALUES ('document', NEW.id, NULL); END;

-- trigger hub_outbox_event
CREATE TRIGGER hub_outbox_event AFTER INSERT ON dossier_events
WHEN (SELECT applying FROM hub_state) = 0
BEGIN INSERT INTO hub_outbox (kind, row_id, position) VALUES ('event', NEW.id, (SELECT count(*) - 1 FROM dossier_events e WHERE e.dossier_id = NEW.dossier_id)); END;

-- trigger hub_outbox_nonce
CREATE TRIGGER hub_outbox_nonce AFTER INSERT ON hub_outbox
WHEN NEW.nonce IS NULL
BEGIN UPDATE hub_outbox SET nonce = lower(hex(randomblob(8))) WHERE seq = NEW.seq; END;

-- trigger hub_outbox_rating
CREATE TRIGGER hub_outbox_rating AFTER INSERT ON satisfaction_ratings
WHEN (SELECT applying FROM hub_state) = 0
BEGIN INSERT INTO hub_outbox (kind, row_id, position) VALUES ('rating', NEW.id, NULL); END;

-- trigger hub_outbox_setting
CREATE TRIGGER hub_outbox_setting AFTER INSERT ON office_setting_changes
WHEN (SELECT applying FROM hub_state) = 0
BEGIN INSERT INTO hub_outbox (kind, row_id, position) VALUES ('setting', NEW.id, NULL); END;

-- trigger name_spellings_delete
CREATE TRIGGER name_spellings_delete AFTER DELETE ON dossier_applicants
BEGIN 
  UPDATE name_spellings SET count = count - 1 WHERE (folded, spelling) IN (SELECT f.value, s.value FROM json_each('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(old.full_name, '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '´', ''), '\', ''), '"', ''), '-', ' '), ' ', '","') || '"]') s JOIN json_each('["' || replace(replace(replace(old.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') f ON f.key = s.key
  WHERE json_array_length('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(old.full_name, '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '´', ''), '\', ''), '"', ''), '-', ' '), ' ', '","') || '"]') = json_array_length('["' || replace(replace(replace(old.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') AND s.value <> '');
END;

-- trigger name_spellings_insert
CREATE TRIGGER name_spellings_insert AFTER INSERT ON dossier_applicants
WHEN (SELECT bulk FROM hub_state) IS NOT 1
BEGIN 
  INSERT INTO name_spellings (folded, spelling, count) SELECT f.value, s.value, 1 FROM json_each('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new.full_name, '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '´', ''), '\', ''), '"', ''), '-', ' '), ' ', '","') || '"]') s JOIN json_each('["' || replace(replace(replace(new.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') f ON f.key = s.key
  WHERE json_array_length('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new.full_name, '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '´', ''), '\', ''), '"', ''), '-', ' '), ' ', '","') || '"]') = json_array_length('["' || replace(replace(replace(new.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') AND s.value <> ''
  ON CONFLICT (folded, spelling) DO UPDATE SET count = count + 1;
END;

-- trigger name_spellings_update
CREATE TRIGGER name_spellings_update AFTER UPDATE OF full_name, folded_name ON dossier_applicants
WHEN old.full_name IS NOT new.full_name OR old.folded_name IS NOT new.folded_name
BEGIN 
  UPDATE name_spellings SET count = count - 1 WHERE (folded, spelling) IN (SELECT f.value, s.value FROM json_each('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(old.full_name, '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '´', ''), '\', ''), '"', ''), '-', ' '), ' ', '","') || '"]') s JOIN json_each('["' || replace(replace(replace(old.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') f ON f.key = s.key
  WHERE json_array_length('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(old.full_name, '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '´', ''), '\', ''), '"', ''), '-', ' '), ' ', '","') || '"]') = json_array_length('["' || replace(replace(replace(old.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') AND s.value <> ''); 
  INSERT INTO name_spellings (folded, spelling, count) SELECT f.value, s.value, 1 FROM json_each('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new.full_name, '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '´', ''), '\', ''), '"', ''), '-', ' '), ' ', '","') || '"]') s JOIN json_each('["' || replace(replace(replace(new.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') f ON f.key = s.key
  WHERE json_array_length('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new.full_name, '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '´', ''), '\', ''), '"', ''), '-', ' '), ' ', '","') || '"]') = json_array_length('["' || replace(replace(replace(new.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') AND s.value <> ''
  ON CONFLICT (folded, spelling) DO UPDATE SET count = count + 1;
END;

-- trigger office_setting_changes_no_delete
CREATE TRIGGER office_setting_changes_no_delete BEFORE DELETE ON office_setting_changes
BEGIN SELECT RAISE(ABORT, 'office_setting_changes is append-only'); END;

-- trigger office_setting_changes_no_update
CREATE TRIGGER office_setting_changes_no_update BEFORE UPDATE ON office_setting_changes
BEGIN SELECT RAISE(ABORT, 'office_setting_changes is append-only'); END;

-- trigger procedure_versions_no_delete
CREATE TRIGGER procedure_versions_no_delete BEFORE DELETE ON procedure_versions
BEGIN SELECT RAISE(ABORT, 'procedure_versions is append-only'); END;

-- trigger procedure_versions_no_update
CREATE TRIGGER procedure_versions_no_update BEFORE UPDATE ON procedure_versions
BEGIN SELECT RAISE(ABORT, 'procedure_versions is append-only'); END;

-- trigger report_intake_time_on_decision
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

-- trigger search_dossier_delete
CREATE TRIGGER search_dossier_delete AFTER DELETE ON dossiers
BEGIN 
  DELETE FROM search_names WHERE rowid = old.id;
  DELETE FROM search_ids WHERE rowid = old.id;
END;

-- trigger search_dossier_update
CREATE TRIGGER search_dossier_update AFTER UPDATE OF code ON dossiers
WHEN old.code IS NOT new.code
BEGIN 
  DELETE FROM search_names WHERE rowid = old.id;
  DELETE FROM search_ids WHERE rowid = old.id; 
  INSERT INTO search_names (rowid, name) SELECT d.id, '0' || substr(a.folded_name, 1, instr(a.folded_name || ' ', ' ') - 1) || ' ' || a.folded_name || ' ' ||
  coalesce((SELECT group_concat(w1.value || '_' || w2.value, ' ') FROM json_each('["' || replace(replace(replace(a.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') w1 JOIN json_each('["' || replace(replace(replace(a.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') w2 ON w2.key = w1.key + 1), '') FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id WHERE d.id = new.id;
  INSERT INTO search_ids (rowid, ids) SELECT d.id, lower(concat_ws(' ', d.code, a.personal_id, a.document_number, a.bhxh_number, a.health_card_number,
  substr(a.health_card_number, -10), a.phone, a.unit_code, a.tax_code)) FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id WHERE d.id = new.id;
END;

-- trigger search_snapshot_delete
CREATE TRIGGER search_snapshot_delete AFTER DELETE ON dossier_applicants
BEGIN 
  DELETE FROM search_names WHERE rowid = old.dossier_id;
  DELETE FROM search_ids WHERE rowid = old.dossier_id;
END;

-- trigger search_snapshot_insert
CREATE TRIGGER search_snapshot_insert AFTER INSERT ON dossier_applicants
WHEN (SELECT bulk FROM hub_state) IS NOT 1
BEGIN
  INSERT INTO search_names (rowid, name) SELECT d.id, '0' || substr(a.folded_name, 1, instr(a.folded_name || ' ', ' ') - 1) || ' ' || a.folded_name || ' ' ||
  coalesce((SELECT group_concat(w1.value || '_' || w2.value, ' ') FROM json_each('["' || replace(replace(replace(a.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') w1 JOIN json_each('["' || replace(replace(replace(a.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') w2 ON w2.key = w1.key + 1), '') FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id WHERE d.id = new.dossier_id;
  INSERT INTO search_ids (rowid, ids) SELECT d.id, lower(concat_ws(' ', d.code, a.personal_id, a.document_number, a.bhxh_number, a.health_card_number,
  substr(a.health_card_number, -10), a.phone, a.unit_code, a.tax_code)) FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id WHERE d.id = new.dossier_id;
END;

-- trigger search_snapshot_update
CREATE TRIGGER search_snapshot_update AFTER UPDATE ON dossier_applicants
WHEN old.folded_name IS NOT new.folded_name OR old.personal_id IS NOT new.personal_id OR old.document_number IS NOT new.document_number
  OR old.bhxh_number IS NOT new.bhxh_number OR old.health_card_number IS NOT new.health_card_number OR old.phone IS NOT new.phone
  OR old.unit_code IS NOT new.unit_code OR old.tax_code IS NOT new.tax_code
BEGIN 
  DELETE FROM search_names WHERE rowid = new.dossier_id;
  DELETE FROM search_ids WHERE rowid = new.dossier_id; 
  INSERT INTO search_names (rowid, name) SELECT d.id, '0' || substr(a.folded_name, 1, instr(a.folded_name || ' ', ' ') - 1) || ' ' || a.folded_name || ' ' ||
  coalesce((SELECT group_concat(w1.value || '_' || w2.value, ' ') FROM json_each('["' || replace(replace(replace(a.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') w1 JOIN json_each('["' || replace(replace(replace(a.folded_name, '\', ''), '"', ''), ' ', '","') || '"]') w2 ON w2.key = w1.key + 1), '') FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id WHERE d.id = new.dossier_id;
  INSERT INTO search_ids (rowid, ids) SELECT d.id, lower(concat_ws(' ', d.code, a.personal_id, a.document_number, a.bhxh_number, a.health_card_number,
  substr(a.health_card_number, -10), a.phone, a.unit_code, a.tax_code)) FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id WHERE d.id = new.dossier_id;
END;
