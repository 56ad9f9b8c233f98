// @runs: main
import type { Migration } from './index';

// Search that puts the right citizen first (issue 13).
//
// 1. Names are folded by the one canonical form (shared/fold.ts: one tone
//    placement, Đ for Ð and Ɖ, no apostrophes, hyphens as spaces). Every stored
//    folded name is folded again; a snapshot whose folded name changes is
//    re-indexed by its own trigger (search_snapshot_update), which is the
//    rebuild of the name index limited to the rows that differ, with whatever
//    words the index holds at this version. A closed day's snapshot is frozen
//    (0014): its guard is lifted for this one statement and put back as it was.
// 2. How often each spelling of a word appears among the office's own
//    applicants (name_spellings: folded word, spelling as received, count),
//    kept by triggers on the snapshots: an unaccented query ranks the common
//    spelling (Bình) above the rare one (Bính). The spelling is the word as
//    written; the search canonicalises it when it reads the counts. A name whose
//    words do not line up with its folded words (double spaces) is not counted.
// 3. A name typed with marks finds its spelling among the twins of its folded
//    name: the distinct spellings of a folded name, then each one's newest
//    dossiers, both read from one index (folded name, name as written).
// 4. Codes and result numbers as people type them: the dossier code and the
//    result number recorded at a return, compacted (no dashes, dots or spaces,
//    lower case), each an index of its own.

const APOSTROPHES = ["'", '’', 'ʼ', '‘', '`', '´'];
/** The words of a name as written, split as the canonical form splits them (hyphens, no apostrophes), as a JSON array. */
const spellings = (name: string) => {
  const noApostrophes = APOSTROPHES.reduce((text, a) => `replace(${text}, '${a.replace("'", "''")}', '')`, name);
  return `'["' || replace(replace(replace(replace(${noApostrophes}, '\\', ''), '"', ''), '-', ' '), ' ', '","') || '"]'`;
};
const words = (name: string) => `'["' || replace(replace(replace(${name}, '\\', ''), '"', ''), ' ', '","') || '"]'`;
/** Joins each word of a snapshot row's name as written (s) to its folded word (f). */
const pairsOf = (row: string) => `json_each(${spellings(`${row}.full_name`)}) s JOIN json_each(${words(`${row}.folded_name`)}) f ON f.key = s.key
  WHERE json_array_length(${spellings(`${row}.full_name`)}) = json_array_length(${words(`${row}.folded_name`)}) AND s.value <> ''`;
const count = (row: string) => `
  INSERT INTO name_spellings (folded, spelling, count) SELECT f.value, s.value, 1 FROM ${pairsOf(row)}
  ON CONFLICT (folded, spelling) DO UPDATE SET count = count + 1;`;
const uncount = (row: string) => `
  UPDATE name_spellings SET count = count - 1 WHERE (folded, spelling) IN (SELECT f.value, s.value FROM ${pairsOf(row)});`;

const compact = (column: string) => `lower(replace(replace(replace(${column}, '-', ''), '.', ''), ' ', ''))`;

// Exactly as 0014 created it.
const CLOSED_DAY_UPDATE = `
CREATE TRIGGER dossier_applicants_closed_day_update BEFORE UPDATE ON dossier_applicants
WHEN EXISTS (
  SELECT 1 FROM dossiers d JOIN day_closures c ON c.counter = d.counter AND c.day = substr(COALESCE(d.received_at, d.submitted_at), 1, 10)
  WHERE d.id = OLD.dossier_id AND c.status = 'closed' AND d.state IS NOT 'guidance_issued'
    AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = d.id))
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;`;

export const m0018: Migration = {
  version: 18,
  name: '0018_search_ranking',
  sql: `
UPDATE applicants SET folded_name = vn_fold(full_name) WHERE folded_name IS NOT vn_fold(full_name);
DROP TRIGGER dossier_applicants_closed_day_update;
UPDATE dossier_applicants SET folded_name = vn_fold(full_name) WHERE folded_name IS NOT vn_fold(full_name);
${CLOSED_DAY_UPDATE}

CREATE TABLE name_spellings (
  folded TEXT NOT NULL,
  spelling TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (folded, spelling)
) STRICT, WITHOUT ROWID;

INSERT INTO name_spellings (folded, spelling, count)
SELECT f.value, s.value, count(*) FROM dossier_applicants a, ${pairsOf('a')} GROUP BY f.value, s.value;

CREATE TRIGGER name_spellings_insert AFTER INSERT ON dossier_applicants
BEGIN ${count('new')}
END;

CREATE TRIGGER name_spellings_update AFTER UPDATE OF full_name, folded_name ON dossier_applicants
WHEN old.full_name IS NOT new.full_name OR old.folded_name IS NOT new.folded_name
BEGIN ${uncount('old')} ${count('new')}
END;

CREATE TRIGGER name_spellings_delete AFTER DELETE ON dossier_applicants
BEGIN ${uncount('old')}
END;

CREATE INDEX dossier_applicants_spelling ON dossier_applicants (folded_name, full_name);

CREATE INDEX dossiers_code_compact ON dossiers (${compact('code')});
CREATE INDEX dossiers_result_number ON dossiers (${compact('result_number')}) WHERE result_number IS NOT NULL;
`,
};
