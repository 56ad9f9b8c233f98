// @runs: main
import type { Migration } from './index';

// A person or a submitter may be identified by a passport (with nationality) or
// another document type of the office's list instead of the 12-digit personal
// ID (Law 41/2024/QH15 Art. 2.2: foreign workers are compulsory participants).
// personal_id keeps the 12-digit ID only; the other document goes in its own
// columns, in the directory and in the dossier's snapshot alike. The search
// index triggers of 0014 are recreated so the document number is found too;
// no existing row has one, so nothing is re-indexed.

const words = (name: string) => `'["' || replace(replace(replace(${name}, '\\', ''), '"', ''), ' ', '","') || '"]'`;
const nameText = (name: string) => `'0' || substr(${name}, 1, instr(${name} || ' ', ' ') - 1) || ' ' || ${name} || ' ' ||
  coalesce((SELECT group_concat(w1.value || '_' || w2.value, ' ') FROM json_each(${words(name)}) w1 JOIN json_each(${words(name)}) w2 ON w2.key = w1.key + 1), '')`;
const idsOf = `lower(concat_ws(' ', d.code, a.personal_id, a.document_number, a.bhxh_number, a.health_card_number,
  substr(a.health_card_number, -10), a.phone, a.unit_code, a.tax_code))`;
const index = (where: string) => `
  INSERT INTO search_names (rowid, name) SELECT d.id, ${nameText('a.folded_name')} FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id WHERE ${where};
  INSERT INTO search_ids (rowid, ids) SELECT d.id, ${idsOf} FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id WHERE ${where};`;
const unindex = (where: string) => `
  DELETE FROM search_names WHERE rowid ${where};
  DELETE FROM search_ids WHERE rowid ${where};`;

export const m0017: Migration = {
  version: 17,
  name: '0017_identity_documents',
  sql: `
ALTER TABLE applicants ADD COLUMN document_type TEXT;
ALTER TABLE applicants ADD COLUMN document_number TEXT;
ALTER TABLE applicants ADD COLUMN nationality TEXT;
ALTER TABLE dossier_applicants ADD COLUMN document_type TEXT;
ALTER TABLE dossier_applicants ADD COLUMN document_number TEXT;
ALTER TABLE dossier_applicants ADD COLUMN nationality TEXT;
CREATE INDEX applicants_document_number ON applicants (document_number) WHERE document_number IS NOT NULL;
CREATE INDEX dossier_applicants_document_number ON dossier_applicants (document_number) WHERE document_number IS NOT NULL;

DROP TRIGGER search_snapshot_insert;
DROP TRIGGER search_snapshot_update;
DROP TRIGGER search_dossier_update;

CREATE TRIGGER search_snapshot_insert AFTER INSERT ON dossier_applicants
BEGIN ${index('d.id = new.dossier_id')}
END;

CREATE TRIGGER search_snapshot_update AFTER UPDATE ON dossier_applicants
WHEN old.folded_name IS NOT new.folded_name OR old.personal_id IS NOT new.personal_id OR old.document_number IS NOT new.document_number
  OR old.bhxh_number IS NOT new.bhxh_number OR old.health_card_number IS NOT new.health_card_number OR old.phone IS NOT new.phone
  OR old.unit_code IS NOT new.unit_code OR old.tax_code IS NOT new.tax_code
BEGIN ${unindex('= new.dossier_id')} ${index('d.id = new.dossier_id')}
END;

CREATE TRIGGER search_dossier_update AFTER UPDATE OF code ON dossiers
WHEN old.code IS NOT new.code
BEGIN ${unindex('= old.id')} ${index('d.id = new.id')}
END;
`,
};
