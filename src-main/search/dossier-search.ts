// @runs: main
// Search from anywhere: one box, any way a citizen names their dossier — its
// code (or the last digits of today's code), personal ID, passport or other
// document number, BHXH number, health card in either format, phone, or the name typed with or without diacritics.
//
// Candidates come from indexes only, each read newest first and bounded, so a
// common name never walks a million rows: exact code, the code or result number
// without separators, today's code suffix and the exact folded name (b-trees),
// then the FTS5 tables kept by triggers (migrations 0007, 0014): the typed words
// as neighbours in the name, and only when that finds nothing, every word as a
// prefix anywhere. Every text is compared in its canonical form (shared/fold.ts).
// Ranked in memory (README, "Search ranking"): exact code or identifier; names
// that are exactly the typed words; how the words sit in the name (start, in
// order, any order); whole words over prefixes; fewer extra words; then the
// spelling typed (query with marks) or the spelling most common among the
// office's applicants (query without: table name_spellings, migration 0018);
// then recency.
// FTS5 MATCH is not expressible in kysely, hence the prepared statements here.
import type { Statement } from 'better-sqlite3';
import type { Sql } from '../db/sql';
import type { Clock } from '../services/clock';
import { normaliseHealthCard, normalisePhone } from '../people/identifiers';
import { canonicalVietnamese, foldVietnamese, hasMarks } from '../shared/fold';
import { vnDate } from '../shared/time';
import type { DossierState } from '../dossiers/states';

export interface SearchHit {
  dossierId: number;
  code: string | null;
  applicantName: string;
  personalId: string | null;
  procedureName: string;
  state: DossierState;
  submittedAt: string;
  receivedAt: string | null;
  dueDate: string | null;
  returnedAt: string | null;
  counter: number;
}

interface Candidate {
  id: number;
  code: string | null;
  full_name: string;
  folded_name: string;
  personal_id: string | null;
  document_number: string | null;
  bhxh_number: string | null;
  health_card_number: string | null;
  phone: string | null;
  unit_code: string | null;
  tax_code: string | null;
  result_number: string | null;
  procedure_name: string;
  state: DossierState;
  submitted_at: string;
  received_at: string | null;
  due_date: string | null;
  returned_at: string | null;
  counter: number;
}

export interface Terms {
  /** Folded words of a name, or the compact identifier. */
  words: string[];
  /** An identifier typed in groups ("260302-3001", "045 186 001 234"): its groups, tried as a phrase too. */
  groups: string[] | null;
  identifier: boolean;
  /** Canonical words as typed, when the clerk typed diacritics: exact spelling ranks first. */
  accented: string[] | null;
  /** The query without separators, lower case ("0000015h272603023001"), when it holds a digit: a code or result number. */
  compact: string | null;
}

/** How many candidates one source may bring: enough to rank, never a scan. */
const BOUND = 200;

/** A code or number without its dashes, dots and spaces, lower case: how both sides of a code look-up compare. */
export function compactCode(text: string): string {
  return text.replace(/[\s.\-]/g, '').toLowerCase();
}

export function searchTerms(query: string): Terms | null {
  const trimmed = query.normalize('NFC').trim();
  if (!trimmed) return null;
  const compactQuery = compactCode(trimmed);
  const compact = /\d/.test(compactQuery) && compactQuery.length >= 4 ? compactQuery : null;
  if (/^[\d\s.\-+()]+$/.test(trimmed)) {
    const digits = normalisePhone(trimmed) ?? trimmed.replace(/\D/g, '');
    const groups = trimmed.split(/\D+/).filter(Boolean);
    return digits ? { words: [digits], groups: groups.length > 1 ? groups : null, identifier: true, accented: null, compact } : null;
  }
  const card = /\d{6}/.test(trimmed) ? normaliseHealthCard(trimmed) : null;
  if (card) return { words: [card.toLowerCase()], groups: null, identifier: true, accented: null, compact };
  // One word of letters and at least three digits: a passport or another document's number ("C1234567").
  if (/^[A-Za-z0-9]*\d{3}[A-Za-z0-9]*$/.test(trimmed)) return { words: [trimmed.toLowerCase()], groups: null, identifier: true, accented: null, compact };
  const words = foldVietnamese(trimmed).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return null;
  const accented = hasMarks(trimmed) ? canonicalVietnamese(trimmed).split(/[^\p{L}\p{N}]+/u).filter(Boolean) : null;
  return { words, groups: null, identifier: false, accented, compact };
}

const prefixes = (words: string[]) => words.map((w) => `"${w}"*`).join(' AND ');

/** An identifier prefix shorter than this would merge thousands of doclists: only whole numbers then. */
const MIN_ID_PREFIX = 6;

function idExpressions(terms: Terms): string[] {
  const [id] = terms.words as [string];
  const expressions = [`"${id}"${id.length >= MIN_ID_PREFIX ? '*' : ''}`];
  if (terms.groups) expressions.push(terms.groups.map((g) => `"${g}"`).join(' + '));
  // An old 15-character card quoted for a person whose card is already the new 10-digit one.
  if (/^[a-z]{2}\d{13}$/.test(id)) expressions.push(`"${id.slice(-10)}"`);
  const parts = terms.groups ? null : codeParts(id);
  if (parts) expressions.push(phrase(parts));
  return expressions;
}

/** A day (yymmdd) and a sequence of three digits or more, perhaps after the office code's last part. */
const DAY_AND_SEQUENCE = /^(?:[a-z]+\d*?)?(\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(\d{3,})$/;
const DAY = /^\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** The day and sequence of a code typed as one word ("2603023001", "h272603023001"). */
function codeParts(word: string): string[] | null {
  const match = DAY_AND_SEQUENCE.exec(word);
  return match ? [match[1] as string, match[2] as string] : null;
}

const phrase = (parts: string[]) => parts.map((p) => `"${p}"`).join(' + ');

/**
 * A code typed with letters ("h27-260302-3001", "h272603023001"): its day and sequence as a phrase of the
 * number index. Only those: the office code's parts are in every dossier's code, a doclist of the whole table.
 */
function codePartsExpression(terms: Terms): string | null {
  if (!terms.compact || !terms.words.every((w) => /^[a-z0-9]+$/.test(w))) return null;
  const day = terms.words.findIndex((w, i) => DAY.test(w) && i < terms.words.length - 1);
  if (day >= 0) return phrase(terms.words.slice(day));
  const parts = terms.words.length === 1 ? codeParts(terms.words[0] as string) : null;
  return parts ? phrase(parts) : null;
}

/** Prefix queries up to this length are read from FTS5's prefix index; longer ones merge every matching term. */
const PREFIX_INDEXED = 7;

/**
 * Precise (three words or more): the finished words as neighbours in the name
 * ("tran_van", "van_my") and the last, perhaps unfinished, word — a few small
 * doclists even for Nguyễn Văn. Broad: every word a prefix anywhere ("ng v an"),
 * cheap while matches are plentiful; the first word also as the name's start.
 */
function nameExpressions(terms: Terms): { precise: string[]; broad: string[] } {
  const words = terms.words;
  const [first, ...rest] = words as [string, ...string[]];
  const broad = [prefixes([`0${first}`, ...rest]), prefixes(words)];
  if (words.length < 3) return { precise: [], broad };
  const finished = words.slice(0, -1);
  const pairs = finished.slice(1).map((w, i) => `"${finished[i] as string}_${w}"`);
  const lastPair = `${finished.at(-1) as string}_${words.at(-1) as string}`;
  const last = lastPair.length <= PREFIX_INDEXED ? `"${lastPair}"*` : `"${words.at(-1) as string}"*`;
  return { precise: [[...pairs, last].join(' AND ')], broad };
}

const DETAIL = `
  SELECT d.id, d.code, a.full_name, a.folded_name, a.personal_id, a.document_number, a.bhxh_number, a.health_card_number, a.phone, a.unit_code, a.tax_code,
         d.result_number, p.name AS procedure_name, d.state, d.submitted_at, d.received_at, d.due_date, d.returned_at, d.counter
  FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id JOIN procedure_versions p ON p.id = d.procedure_version_id`;

/** How many more candidates a search narrowed to this counter gathers. */
const NARROWED_FACTOR = 5;

const COMPACT = (column: string) => `lower(replace(replace(replace(${column}, '-', ''), '.', ''), ' ', ''))`;

/** A candidate with the keys it is ranked by, best first for each. */
interface Ranked {
  row: Candidate;
  identifies: number;
  exactName: number;
  placement: number;
  words: number;
  extraWords: number;
  spelling: number;
}

export class DossierSearch {
  private readonly byNames: Statement<[string, number], { id: number }>;
  private readonly byIds: Statement<[string, number], { id: number }>;
  private readonly byCode: Statement<[string], { id: number }>;
  private readonly byCompactCode: Statement<[string], { id: number }>;
  private readonly byResultNumber: Statement<[string], { id: number }>;
  private readonly byTodaySuffix: Statement<[string, string], { id: number }>;
  private readonly byName: Statement<[string, number], { id: number }>;
  private readonly spellingsOfName: Statement<[string], { full_name: string }>;
  private readonly bySpelling: Statement<[string, string, number], { id: number }>;
  private readonly spellings: Statement<[string], { spelling: string; count: number }>;
  private readonly details: Statement<[string], Candidate>;

  constructor(private readonly deps: { sql: Sql; clock: Clock }) {
    const db = deps.sql.sqlite;
    this.byNames = db.prepare('SELECT rowid AS id FROM search_names WHERE search_names MATCH ? ORDER BY rowid DESC LIMIT ?');
    this.byIds = db.prepare('SELECT rowid AS id FROM search_ids WHERE search_ids MATCH ? ORDER BY rowid DESC LIMIT ?');
    this.byCode = db.prepare('SELECT id FROM dossiers WHERE code = ?');
    this.byCompactCode = db.prepare(`SELECT id FROM dossiers WHERE ${COMPACT('code')} = ? LIMIT 20`);
    this.byResultNumber = db.prepare(`SELECT id FROM dossiers WHERE ${COMPACT('result_number')} = ? AND result_number IS NOT NULL ORDER BY id DESC LIMIT 20`);
    // Ordered by received_at so the planner walks today's slice of its index, not the whole table by id.
    this.byTodaySuffix = db.prepare("SELECT id FROM dossiers WHERE received_at >= ? AND code LIKE '%' || ? ORDER BY received_at DESC LIMIT 20");
    this.byName = db.prepare('SELECT dossier_id AS id FROM dossier_applicants WHERE folded_name = ? ORDER BY dossier_id DESC LIMIT ?');
    // A folded name has a few spellings however many dossiers carry it: read them from the index, then each one's newest.
    this.spellingsOfName = db.prepare('SELECT DISTINCT full_name FROM dossier_applicants WHERE folded_name = ?');
    this.bySpelling = db.prepare('SELECT dossier_id AS id FROM dossier_applicants WHERE folded_name = ? AND full_name = ? ORDER BY dossier_id DESC LIMIT ?');
    this.spellings = db.prepare('SELECT spelling, count FROM name_spellings WHERE folded IN (SELECT value FROM json_each(?))');
    this.details = db.prepare(`${DETAIL} WHERE d.id IN (SELECT value FROM json_each(?))`);
  }

  /** The best hits for a query; with `counter`, only the dossiers received at that counter ("Quầy này"). */
  search(query: string, limit = 20, counter: number | null = null): SearchHit[] {
    const terms = searchTerms(query);
    if (!terms) return [];
    // Narrowed to one counter, other counters' dossiers take candidate places: gather more before filtering.
    const sourceOf = this.candidates(query, terms, counter === null ? limit : limit * NARROWED_FACTOR);
    if (!sourceOf.size) return [];
    const frequency = terms.identifier || terms.accented ? null : this.spellingCounts(terms);
    return this.details
      .all(JSON.stringify([...sourceOf.keys()]))
      .filter((row) => counter === null || row.counter === counter)
      .map((row) => rank(row, terms, sourceOf.get(row.id) === 0, frequency))
      .sort(byRank)
      .slice(0, limit)
      .map(({ row }) => toHit(row));
  }

  /** How many of the office's applicants spell each word of the query one way or another: canonical spelling → count. */
  private spellingCounts(terms: Terms): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { spelling, count } of this.spellings.all(JSON.stringify(terms.words))) {
      const canonical = canonicalVietnamese(spelling);
      counts.set(canonical, (counts.get(canonical) ?? 0) + count);
    }
    return counts;
  }

  /** The newest dossiers of the name spelled as typed (any tone placement, case, look-alike), however old: twins otherwise hide them. */
  private spelledAsTyped(terms: Terms, add: (rows: { id: number }[]) => void): void {
    const folded = terms.words.join(' ');
    const typed = (terms.accented ?? []).join(' ');
    for (const { full_name } of this.spellingsOfName.all(folded)) {
      if (canonicalWords(full_name).join(' ') === typed) add(this.bySpelling.all(folded, full_name, BOUND));
    }
  }

  /** Dossier id → source: 0 code or result number, 1 exact name, 2 word index. */
  private candidates(query: string, terms: Terms, limit: number): Map<number, number> {
    const sourceOf = new Map<number, number>();
    const add = (rows: { id: number }[], source: number) => {
      for (const { id } of rows) if (!sourceOf.has(id)) sourceOf.set(id, source);
    };
    add(this.byCode.all(query.trim().toUpperCase()), 0);
    if (terms.compact) {
      add(this.byCompactCode.all(terms.compact), 0);
      add(this.byResultNumber.all(terms.compact), 0);
    }
    if (terms.identifier) {
      const id = terms.words[0] as string;
      if (/^\d{2,6}$/.test(id)) add(this.byTodaySuffix.all(vnDate(this.deps.clock.now()), id), 0);
      for (const expression of idExpressions(terms)) if (sourceOf.size < limit) add(this.byIds.all(expression, BOUND), 2);
      return sourceOf;
    }
    const codeParts = sourceOf.size ? null : codePartsExpression(terms);
    if (codeParts) add(this.byIds.all(codeParts, BOUND), 2);
    if (terms.accented) this.spelledAsTyped(terms, (rows) => add(rows, 1));
    add(this.byName.all(terms.words.join(' '), BOUND), 1);
    const { precise, broad } = nameExpressions(terms);
    for (const expression of precise) if (sourceOf.size < limit) add(this.byNames.all(expression, BOUND), 2);
    // Broad prefixes for two words ("tran hoa" → Trần Thị Hoa), or when nothing precise matched:
    // a sparse AND of three or more common words is the one slow query FTS5 has.
    if (terms.words.length <= 2 || !sourceOf.size) for (const expression of broad) if (sourceOf.size < limit) add(this.byNames.all(expression, BOUND), 2);
    return sourceOf;
  }
}

function rank(row: Candidate, terms: Terms, byCode: boolean, frequency: Map<string, number> | null): Ranked {
  const nameWords = row.folded_name.split(' ');
  return {
    row,
    identifies: byCode || identifies(row, terms) ? 0 : 1,
    exactName: !terms.identifier && nameWords.join(' ') === terms.words.join(' ') ? 0 : 1,
    placement: placement(nameWords, terms),
    words: wholeWords(row, terms),
    extraWords: terms.identifier ? 0 : Math.max(0, nameWords.length - terms.words.length),
    spelling: terms.accented ? accentMatches(row, terms) : frequency ? commonness(row, terms, frequency) : 0,
  };
}

/** The ranking rule (README, "Search ranking"): each key best first, then the newest dossier. */
function byRank(a: Ranked, b: Ranked): number {
  return (
    a.identifies - b.identifies ||
    a.exactName - b.exactName ||
    a.placement - b.placement ||
    b.words - a.words ||
    a.extraWords - b.extraWords ||
    b.spelling - a.spelling ||
    newestFirst(a.row, b.row)
  );
}

function newestFirst(a: Candidate, b: Candidate): number {
  return (b.received_at ?? b.submitted_at).localeCompare(a.received_at ?? a.submitted_at) || b.id - a.id;
}

/** The query is this dossier's code (or its trailing parts), its result number, or one of its identifiers, whole. */
function identifies(row: Candidate, terms: Terms): boolean {
  if (terms.compact) {
    if (row.code && compactCode(row.code).endsWith(terms.compact) && terms.compact.length >= 6) return true;
    if (row.result_number && compactCode(row.result_number) === terms.compact) return true;
  }
  if (!terms.identifier) return false;
  const id = terms.words[0] as string;
  const card = row.health_card_number?.toLowerCase();
  return [row.personal_id, row.bhxh_number, row.phone, row.unit_code, row.tax_code, card, card?.slice(-10)].some((v) => v?.toLowerCase() === id);
}

/** 0: the name starts with the typed words in order; 1: they follow each other inside it; 2: in order with gaps; 3: any order. */
function placement(words: string[], terms: Terms): number {
  if (terms.identifier) return 0;
  const q = terms.words;
  const runsAt = (start: number) => q.every((w, i) => words[start + i]?.startsWith(w));
  if (runsAt(0)) return 0;
  for (let start = 1; start + q.length <= words.length; start++) if (runsAt(start)) return 1;
  let at = 0;
  for (const word of words) if (at < q.length && word.startsWith(q[at] as string)) at += 1;
  return at === q.length ? 2 : 3;
}

/** Query words that are a whole word of the name or a whole identifier, not just a prefix. */
function wholeWords(row: Candidate, terms: Terms): number {
  const own = new Set(row.folded_name.split(' '));
  for (const value of [row.code, row.personal_id, row.document_number, row.bhxh_number, row.health_card_number, row.phone, row.unit_code, row.tax_code]) {
    if (!value) continue;
    own.add(value.toLowerCase());
    for (const part of value.toLowerCase().split(/[^\p{L}\p{N}]+/u)) own.add(part);
  }
  if (row.health_card_number) own.add(row.health_card_number.slice(-10).toLowerCase());
  return terms.words.reduce((n, w) => n + (own.has(w) ? 1 : 0), 0);
}

/** Names come back search after search (a million dossiers, a few hundred thousand names): each is made canonical once. */
const CANONICAL_CACHE_SIZE = 50_000;
const canonicalNames = new Map<string, string[]>();

/** The canonical words of a stored name, aligned with its folded words (both split by the canonical form). */
function canonicalWords(fullName: string): string[] {
  let words = canonicalNames.get(fullName);
  if (!words) {
    if (canonicalNames.size >= CANONICAL_CACHE_SIZE) canonicalNames.clear();
    words = canonicalVietnamese(fullName).split(' ');
    canonicalNames.set(fullName, words);
  }
  return words;
}

/** With diacritics typed, "Lê" is closer to "Lê" than to "Lễ", and "Hoà" is "Hòa". */
function accentMatches(row: Candidate, terms: Terms): number {
  const own = canonicalWords(row.full_name);
  return (terms.accented ?? []).reduce((n, w) => n + (own.some((o) => o.startsWith(w)) ? 1 : 0), 0);
}

/** Without diacritics typed: how common this name's spelling of the typed words is among the office's applicants. */
function commonness(row: Candidate, terms: Terms, frequency: Map<string, number>): number {
  const typed = new Set(terms.words);
  const words = canonicalWords(row.full_name);
  const folded = row.folded_name.split(' ');
  const aligned = folded.length === words.length;
  let sum = 0;
  words.forEach((word, i) => {
    if (typed.has(aligned ? (folded[i] as string) : foldVietnamese(word))) sum += Math.log1p(frequency.get(word) ?? 0);
  });
  return sum;
}

function toHit(row: Candidate): SearchHit {
  return {
    dossierId: row.id,
    code: row.code,
    applicantName: row.full_name,
    personalId: row.personal_id,
    procedureName: row.procedure_name,
    state: row.state,
    submittedAt: row.submitted_at,
    receivedAt: row.received_at,
    dueDate: row.due_date,
    returnedAt: row.returned_at,
    counter: row.counter,
  };
}
