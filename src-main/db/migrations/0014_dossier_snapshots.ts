// @runs: main
import type { Migration } from './index';

// The dossier is the record: the applicant exactly as received lives in the
// dossier's own row here, and every list, search hit, paper, report, register
// and export reads it. The applicant directory (table applicants) only offers
// suggestions while the clerk types; updating it never touches a dossier.

const PARTY = `kind, full_name, folded_name, personal_id, birth_date, sex, bhxh_number, health_card_number,
  unit_code, tax_code, contact_person, phone, email, address`;

// The search index (migration 0007) now reads the snapshot. Same words, same tables.
const words = (name: string) => `'["' || replace(replace(replace(${name}, '\\', ''), '"', ''), ' ', '","') || '"]'`;
const nameText = (name: string) => `'0' || substr(${name}, 1, instr(${name} || ' ', ' ') - 1) || ' ' || ${name} || ' ' ||
  coalesce((SELECT group_concat(w1.value || '_' || w2.value, ' ') FROM json_each(${words(name)}) w1 JOIN json_each(${words(name)}) w2 ON w2.key = w1.key + 1), '')`;
const idsOf = `lower(concat_ws(' ', d.code, a.personal_id, a.bhxh_number, a.health_card_number,
  substr(a.health_card_number, -10), a.phone, a.unit_code, a.tax_code))`;
const index = (where: string) => `
  INSERT INTO search_names (rowid, name) SELECT d.id, ${nameText('a.folded_name')} FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id WHERE ${where};
  INSERT INTO search_ids (rowid, ids) SELECT d.id, ${idsOf} FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id WHERE ${where};`;
const unindex = (where: string) => `
  DELETE FROM search_names WHERE rowid ${where};
  DELETE FROM search_ids WHERE rowid ${where};`;

// A row of a dossier whose day this counter has closed (migration 0010), unless
// the supervisor's correction path unlocked it or it waits as a guidance request.
const closedDay = (dossierId: string) => `EXISTS (
  SELECT 1 FROM dossiers d JOIN day_closures c ON c.counter = d.counter AND c.day = substr(COALESCE(d.received_at, d.submitted_at), 1, 10)
  WHERE d.id = ${dossierId} AND c.status = 'closed' AND d.state IS NOT 'guidance_issued'
    AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = d.id))`;

// Last value a supervisor's closed-day correction gave a field, if any.
const corrected = (field: string) =>
  `(SELECT k.new_value FROM day_corrections k WHERE k.dossier_id = d.id AND k.field = '${field}' ORDER BY k.id DESC LIMIT 1)`;
const wasCorrected = (field: string) => `EXISTS (SELECT 1 FROM day_corrections k WHERE k.dossier_id = d.id AND k.field = '${field}')`;
// The truth for a contact field: the latest correction, else the intake paper's inputs, else the directory.
const contact = (field: 'address' | 'phone' | 'email', correctionField?: string) => `CASE
    ${correctionField ? `WHEN ${wasCorrected(correctionField)} THEN nullif(${corrected(correctionField)}, '')` : ''}
    WHEN p.inputs IS NOT NULL THEN json_extract(p.inputs, '$.applicant.${field}')
    ELSE a.${field} END`;

export const m0014: Migration = {
  version: 14,
  name: '0014_dossier_snapshots',
  sql: `
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
) STRICT;
CREATE INDEX dossier_applicants_personal_id ON dossier_applicants (personal_id) WHERE personal_id IS NOT NULL;
CREATE INDEX dossier_applicants_folded_name ON dossier_applicants (folded_name);

-- Existing dossiers: the directory row they pointed to, except where the paper
-- of the intake decision (receipt, guidance slip, refusal, "4 tại chỗ") stored
-- what was really received, and where a supervisor corrected a closed day since.
INSERT INTO dossier_applicants (dossier_id, ${PARTY})
SELECT d.id, a.kind,
  CASE WHEN ${wasCorrected('applicant.fullName')} THEN ${corrected('applicant.fullName')}
       ELSE coalesce(json_extract(p.inputs, '$.applicant.name'), a.full_name) END,
  '', a.personal_id, a.birth_date, a.sex, a.bhxh_number, a.health_card_number, a.unit_code, a.tax_code, a.contact_person,
  ${contact('phone', 'applicant.phone')}, ${contact('email')}, ${contact('address', 'applicant.address')}
FROM dossiers d JOIN applicants a ON a.id = d.applicant_id
LEFT JOIN documents p ON p.id = (
  SELECT max(x.id) FROM documents x WHERE x.dossier_id = d.id AND x.kind IN ('receipt', 'guidance', 'refusal', 'receiptAndHandover'));
UPDATE dossier_applicants SET folded_name = vn_fold(full_name);

-- Re-index only the dossiers whose snapshot differs from the directory in a searched column.
CREATE TEMP TABLE snapshot_reindex AS
SELECT s.dossier_id AS id FROM dossier_applicants s JOIN dossiers d ON d.id = s.dossier_id JOIN applicants a ON a.id = d.applicant_id
WHERE s.folded_name IS NOT a.folded_name OR s.phone IS NOT a.phone;
${unindex('IN (SELECT id FROM snapshot_reindex)')}
${index('d.id IN (SELECT id FROM snapshot_reindex)')}
DROP TABLE snapshot_reindex;

DROP TRIGGER search_dossier_insert;
DROP TRIGGER search_dossier_update;
DROP TRIGGER search_applicant_update;

-- A dossier is indexed once its snapshot is written (intake writes the dossier, then the snapshot).
CREATE TRIGGER search_snapshot_insert AFTER INSERT ON dossier_applicants
BEGIN ${index('d.id = new.dossier_id')}
END;

CREATE TRIGGER search_snapshot_update AFTER UPDATE ON dossier_applicants
WHEN old.folded_name IS NOT new.folded_name OR old.personal_id IS NOT new.personal_id OR old.bhxh_number IS NOT new.bhxh_number
  OR old.health_card_number IS NOT new.health_card_number OR old.phone IS NOT new.phone OR old.unit_code IS NOT new.unit_code
  OR old.tax_code IS NOT new.tax_code
BEGIN ${unindex('= new.dossier_id')} ${index('d.id = new.dossier_id')}
END;

CREATE TRIGGER search_snapshot_delete AFTER DELETE ON dossier_applicants
BEGIN ${unindex('= old.dossier_id')}
END;

CREATE TRIGGER search_dossier_update AFTER UPDATE OF code ON dossiers
WHEN old.code IS NOT new.code
BEGIN ${unindex('= old.id')} ${index('d.id = new.id')}
END;

-- A closed day's snapshot is frozen like the rest of its intake record (0010).
CREATE TRIGGER dossier_applicants_closed_day_update BEFORE UPDATE ON dossier_applicants
WHEN ${closedDay('OLD.dossier_id')}
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;
CREATE TRIGGER dossier_applicants_closed_day_delete BEFORE DELETE ON dossier_applicants
WHEN ${closedDay('OLD.dossier_id')}
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;
CREATE TRIGGER dossier_applicants_closed_day_insert BEFORE INSERT ON dossier_applicants
WHEN ${closedDay('NEW.dossier_id')}
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

-- An issued paper is kept exactly as given: only its reprint count moves.
CREATE TRIGGER documents_as_issued BEFORE UPDATE ON documents
WHEN NEW.dossier_id IS NOT OLD.dossier_id OR NEW.kind IS NOT OLD.kind OR NEW.form_set IS NOT OLD.form_set OR NEW.number IS NOT OLD.number
  OR NEW.paper IS NOT OLD.paper OR NEW.inputs IS NOT OLD.inputs OR NEW.inputs_sha256 IS NOT OLD.inputs_sha256 OR NEW.pdf IS NOT OLD.pdf
  OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256 OR NEW.issued_at IS NOT OLD.issued_at OR NEW.issued_by IS NOT OLD.issued_by
BEGIN SELECT RAISE(ABORT, 'documents are kept as issued'); END;
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN SELECT RAISE(ABORT, 'documents are kept as issued'); END;
`,
};
