// @runs: main
import type { Migration } from './index';

// A first join writes up to a million snapshots; indexing each one for search
// and counting its name's spellings, row by row in triggers, was about a third
// of the counter's time. While hub_state.bulk is 1 (only inside one page's
// transaction of hub/bootstrap.ts) the two insert triggers of dossier_applicants
// stand aside, and the copy fills the same rows for the page at once with the
// statements below, which are the triggers' own bodies over a set of dossiers
// (0017 search_snapshot_insert, 0018 name_spellings_insert). The update and
// delete triggers are unchanged: a page commits with its rows indexed and
// counted, so a later change finds them as the triggers would have left them.

const words = (name: string) => `'["' || replace(replace(replace(${name}, '\\', ''), '"', ''), ' ', '","') || '"]'`;
const nameText = (name: string) => `'0' || substr(${name}, 1, instr(${name} || ' ', ' ') - 1) || ' ' || ${name} || ' ' ||
  coalesce((SELECT group_concat(w1.value || '_' || w2.value, ' ') FROM json_each(${words(name)}) w1 JOIN json_each(${words(name)}) w2 ON w2.key = w1.key + 1), '')`;
const idsOf = `lower(concat_ws(' ', d.code, a.personal_id, a.document_number, a.bhxh_number, a.health_card_number,
  substr(a.health_card_number, -10), a.phone, a.unit_code, a.tax_code))`;
/** The search rows of the dossiers a condition on d names (0017's statements). */
const searchRows = (where: string) => [
  `INSERT INTO search_names (rowid, name) SELECT d.id, ${nameText('a.folded_name')} FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id WHERE ${where}`,
  `INSERT INTO search_ids (rowid, ids) SELECT d.id, ${idsOf} FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id WHERE ${where}`,
];

const APOSTROPHES = ["'", '’', 'ʼ', '‘', '`', '´'];
const spellings = (name: string) => {
  const noApostrophes = APOSTROPHES.reduce((text, a) => `replace(${text}, '${a.replace("'", "''")}', '')`, name);
  return `'["' || replace(replace(replace(replace(${noApostrophes}, '\\', ''), '"', ''), '-', ' '), ' ', '","') || '"]'`;
};
const pairsOf = (row: string) => `json_each(${spellings(`${row}.full_name`)}) s JOIN json_each(${words(`${row}.folded_name`)}) f ON f.key = s.key
  WHERE json_array_length(${spellings(`${row}.full_name`)}) = json_array_length(${words(`${row}.folded_name`)}) AND s.value <> ''`;
const count = (row: string) => `
  INSERT INTO name_spellings (folded, spelling, count) SELECT f.value, s.value, 1 FROM ${pairsOf(row)}
  ON CONFLICT (folded, spelling) DO UPDATE SET count = count + 1;`;

/** Off only while a first join writes a page: the row is then indexed with its page (BULK_INDEX). */
const NOT_BULK = 'WHEN (SELECT bulk FROM hub_state) IS NOT 1';

/** The dossiers a statement below covers: its one parameter is their ids as a JSON array. */
const PAGE = 'IN (SELECT value FROM json_each(?))';

/**
 * What the two insert triggers do, for a page of snapshots written while bulk
 * was 1: the search rows of each dossier, and its name's spellings counted.
 * Each takes one parameter, the dossier ids as a JSON array; run each once.
 */
export const BULK_INDEX = [
  ...searchRows(`d.id ${PAGE}`),
  `INSERT INTO name_spellings (folded, spelling, count)
  SELECT f.value, s.value, count(*) FROM dossier_applicants a, ${pairsOf('a')} AND a.dossier_id ${PAGE} GROUP BY f.value, s.value
  ON CONFLICT (folded, spelling) DO UPDATE SET count = count + excluded.count`,
];

export const m0026: Migration = {
  version: 26,
  name: '0026_bulk_copy',
  sql: `
ALTER TABLE hub_state ADD COLUMN bulk INTEGER NOT NULL DEFAULT 0 CHECK (bulk IN (0, 1));

DROP TRIGGER search_snapshot_insert;
CREATE TRIGGER search_snapshot_insert AFTER INSERT ON dossier_applicants
${NOT_BULK}
BEGIN
  ${searchRows('d.id = new.dossier_id').join(';\n  ')};
END;

DROP TRIGGER name_spellings_insert;
CREATE TRIGGER name_spellings_insert AFTER INSERT ON dossier_applicants
${NOT_BULK}
BEGIN ${count('new')}
END;
`,
};
