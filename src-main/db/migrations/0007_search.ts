// @runs: main
import type { Migration } from './index';

// What one dossier is found by. Names: the applicant's folded name words, the
// first word again with a "0" mark ("0nguyen": "starts with ng…" is the plain
// prefix "0ng"*), and each pair of neighbouring words ("nguyen_van", "van_an"),
// so a name typed in order is a few small doclists even when its words are the
// commonest in the country. Numbers: dossier code, personal ID, BHXH number,
// health card in both formats (the new 10-digit card is the old one's last
// ten), phone, unit and tax codes, lower case. Two tables: only names need
// prefix indexes. Plain SQL (json_each splits the words), so any connection
// that writes a dossier keeps the index right. src-main/search/terms.ts makes
// the same words on the query side.
const words = (name: string) => `'["' || replace(replace(replace(${name}, '\\', ''), '"', ''), ' ', '","') || '"]'`;
const nameText = (name: string) => `'0' || substr(${name}, 1, instr(${name} || ' ', ' ') - 1) || ' ' || ${name} || ' ' ||
  coalesce((SELECT group_concat(w1.value || '_' || w2.value, ' ') FROM json_each(${words(name)}) w1 JOIN json_each(${words(name)}) w2 ON w2.key = w1.key + 1), '')`;
const nameOf = (d: string) => `${d}.id, ${nameText('a.folded_name')}`;
const idsOf = (d: string) => `${d}.id, lower(concat_ws(' ', ${d}.code, a.personal_id, a.bhxh_number, a.health_card_number,
  substr(a.health_card_number, -10), a.phone, a.unit_code, a.tax_code))`;

const index = (d: string, from: string) => `
  INSERT INTO search_names (rowid, name) SELECT ${nameOf(d)} ${from};
  INSERT INTO search_ids (rowid, ids) SELECT ${idsOf(d)} ${from};`;

const unindex = (where: string) => `
  DELETE FROM search_names WHERE rowid ${where};
  DELETE FROM search_ids WHERE rowid ${where};`;

export const m0007: Migration = {
  version: 7,
  name: '0007_search',
  sql: `
-- One row per dossier in each (rowid = dossiers.id, so rowid order is recency),
-- kept in step by the triggers below: intake and the queue never call the search.
-- Contentless: the words themselves live in dossiers and applicants.
CREATE VIRTUAL TABLE search_names USING fts5 (
  name,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0 tokenchars ''_''',
  prefix = '1 2 3 4 5 6 7'
);
CREATE VIRTUAL TABLE search_ids USING fts5 (
  ids,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER search_dossier_insert AFTER INSERT ON dossiers
BEGIN ${index('new', 'FROM applicants a WHERE a.id = new.applicant_id')}
END;

CREATE TRIGGER search_dossier_update AFTER UPDATE OF code, applicant_id ON dossiers
WHEN old.code IS NOT new.code OR old.applicant_id IS NOT new.applicant_id
BEGIN ${unindex('= old.id')} ${index('new', 'FROM applicants a WHERE a.id = new.applicant_id')}
END;

CREATE TRIGGER search_dossier_delete AFTER DELETE ON dossiers
BEGIN ${unindex('= old.id')}
END;

-- Intake rewrites the applicant's row on every visit: re-index only when a searched column really changed.
CREATE TRIGGER search_applicant_update AFTER UPDATE ON applicants
WHEN old.folded_name IS NOT new.folded_name OR old.personal_id IS NOT new.personal_id OR old.bhxh_number IS NOT new.bhxh_number
  OR old.health_card_number IS NOT new.health_card_number OR old.phone IS NOT new.phone OR old.unit_code IS NOT new.unit_code
  OR old.tax_code IS NOT new.tax_code
BEGIN ${unindex('IN (SELECT id FROM dossiers WHERE applicant_id = new.id)')} ${index('d', 'FROM dossiers d JOIN applicants a ON a.id = d.applicant_id WHERE d.applicant_id = new.id')}
END;

-- Dossiers already in the database when this migration runs.
${index('d', 'FROM dossiers d JOIN applicants a ON a.id = d.applicant_id')}
`,
};
