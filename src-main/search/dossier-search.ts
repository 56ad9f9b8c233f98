// @runs: main
// Search from anywhere: one box, any way a citizen names their dossier — its
// code (or the last digits of today's code), personal ID, passport or other
// document number, BHXH number, health card in either format, phone, or the name typed with or without diacritics.
//
// Candidates come from indexes only, each read newest first and bounded, so a
// common name never walks a million rows: exact code and today's code suffix
// and the exact folded name (b-trees), then the FTS5 tables kept by triggers
// (migration 0007): the typed words as neighbours in the name, and only when
// that finds nothing, every word as a prefix anywhere. Ranked in memory:
// source, how the words sit in the name (start, in order, any order), whole
// words over prefixes, diacritics as typed, then recency.
// FTS5 MATCH is not expressible in kysely, hence the prepared statements here.
import type { Statement } from 'better-sqlite3';
import type { Sql } from '../db/sql';
import type { Clock } from '../services/clock';
import { normaliseHealthCard, normalisePhone } from '../people/identifiers';
import { foldVietnamese } from '../shared/fold';
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
  procedure_name: string;
  state: DossierState;
  submitted_at: string;
  received_at: string | null;
  due_date: string | null;
  returned_at: string | null;
}

export interface Terms {
  /** Folded words of a name, or the compact identifier. */
  words: string[];
  /** An identifier typed in groups ("260302-3001", "045 186 001 234"): its groups, tried as a phrase too. */
  groups: string[] | null;
  identifier: boolean;
  /** Lower-case words as typed, when the clerk typed diacritics: exact spelling ranks first. */
  accented: string[] | null;
}

/** How many candidates one source may bring: enough to rank, never a scan. */
const BOUND = 200;

export function searchTerms(query: string): Terms | null {
  const trimmed = query.normalize('NFC').trim();
  if (!trimmed) return null;
  if (/^[\d\s.\-+()]+$/.test(trimmed)) {
    const digits = normalisePhone(trimmed) ?? trimmed.replace(/\D/g, '');
    const groups = trimmed.split(/\D+/).filter(Boolean);
    return digits ? { words: [digits], groups: groups.length > 1 ? groups : null, identifier: true, accented: null } : null;
  }
  const card = /\d{6}/.test(trimmed) ? normaliseHealthCard(trimmed) : null;
  if (card) return { words: [card.toLowerCase()], groups: null, identifier: true, accented: null };
  // One word of letters and at least three digits: a passport or another document's number ("C1234567").
  if (/^[A-Za-z0-9]*\d{3}[A-Za-z0-9]*$/.test(trimmed)) return { words: [trimmed.toLowerCase()], groups: null, identifier: true, accented: null };
  const words = foldVietnamese(trimmed).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return null;
  const lower = trimmed.toLowerCase();
  const accented = foldVietnamese(lower) !== lower.replace(/\s+/g, ' ') ? lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean) : null;
  return { words, groups: null, identifier: false, accented };
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
  return expressions;
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
         p.name AS procedure_name, d.state, d.submitted_at, d.received_at, d.due_date, d.returned_at
  FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id JOIN procedure_versions p ON p.id = d.procedure_version_id`;

export class DossierSearch {
  private readonly byNames: Statement<[string, number], { id: number }>;
  private readonly byIds: Statement<[string, number], { id: number }>;
  private readonly byCode: Statement<[string], { id: number }>;
  private readonly byTodaySuffix: Statement<[string, string], { id: number }>;
  private readonly byName: Statement<[string, number], { id: number }>;
  private readonly details: Statement<[string], Candidate>;

  constructor(private readonly deps: { sql: Sql; clock: Clock }) {
    const db = deps.sql.sqlite;
    this.byNames = db.prepare('SELECT rowid AS id FROM search_names WHERE search_names MATCH ? ORDER BY rowid DESC LIMIT ?');
    this.byIds = db.prepare('SELECT rowid AS id FROM search_ids WHERE search_ids MATCH ? ORDER BY rowid DESC LIMIT ?');
    this.byCode = db.prepare('SELECT id FROM dossiers WHERE code = ?');
    // Ordered by received_at so the planner walks today's slice of its index, not the whole table by id.
    this.byTodaySuffix = db.prepare("SELECT id FROM dossiers WHERE received_at >= ? AND code LIKE '%' || ? ORDER BY received_at DESC LIMIT 20");
    this.byName = db.prepare('SELECT dossier_id AS id FROM dossier_applicants WHERE folded_name = ? ORDER BY dossier_id DESC LIMIT ?');
    this.details = db.prepare(`${DETAIL} WHERE d.id IN (SELECT value FROM json_each(?))`);
  }

  search(query: string, limit = 20): SearchHit[] {
    const terms = searchTerms(query);
    if (!terms) return [];
    const sourceOf = this.candidates(query, terms, limit);
    if (!sourceOf.size) return [];
    return this.details
      .all(JSON.stringify([...sourceOf.keys()]))
      .map((row) => ({ row, source: sourceOf.get(row.id) ?? 2, placement: placement(row, terms), words: wholeWords(row, terms), accents: accentMatches(row, terms) }))
      .sort((a, b) => a.source - b.source || a.placement - b.placement || b.words - a.words || b.accents - a.accents || newestFirst(a.row, b.row))
      .slice(0, limit)
      .map(({ row }) => toHit(row));
  }

  /** Dossier id → source: 0 code, 1 exact name, 2 word index. */
  private candidates(query: string, terms: Terms, limit: number): Map<number, number> {
    const sourceOf = new Map<number, number>();
    const add = (rows: { id: number }[], source: number) => {
      for (const { id } of rows) if (!sourceOf.has(id)) sourceOf.set(id, source);
    };
    add(this.byCode.all(query.trim().toUpperCase()), 0);
    if (terms.identifier) {
      const id = terms.words[0] as string;
      if (/^\d{2,6}$/.test(id)) add(this.byTodaySuffix.all(vnDate(this.deps.clock.now()), id), 0);
      for (const expression of idExpressions(terms)) if (sourceOf.size < limit) add(this.byIds.all(expression, BOUND), 2);
      return sourceOf;
    }
    add(this.byName.all(terms.words.join(' '), BOUND), 1);
    const { precise, broad } = nameExpressions(terms);
    for (const expression of precise) if (sourceOf.size < limit) add(this.byNames.all(expression, BOUND), 2);
    // Broad prefixes for two words ("tran hoa" → Trần Thị Hoa), or when nothing precise matched:
    // a sparse AND of three or more common words is the one slow query FTS5 has.
    if (terms.words.length <= 2 || !sourceOf.size) for (const expression of broad) if (sourceOf.size < limit) add(this.byNames.all(expression, BOUND), 2);
    return sourceOf;
  }
}

function newestFirst(a: Candidate, b: Candidate): number {
  return (b.received_at ?? b.submitted_at).localeCompare(a.received_at ?? a.submitted_at) || b.id - a.id;
}

/** 0: the name starts with the typed words in order; 1: they follow each other inside it; 2: in order with gaps; 3: any order. */
function placement(row: Candidate, terms: Terms): number {
  if (terms.identifier) return 0;
  const words = row.folded_name.split(' ');
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
  if (row.health_card_number) own.add(row.health_card_number.slice(-10));
  return terms.words.reduce((n, w) => n + (own.has(w) ? 1 : 0), 0);
}

/** With diacritics typed, "Lê" is closer to "Lê" than to "Lễ". */
function accentMatches(row: Candidate, terms: Terms): number {
  if (!terms.accented) return 0;
  const own = row.full_name.normalize('NFC').toLowerCase().split(/\s+/);
  return terms.accented.reduce((n, w) => n + (own.some((o) => o.startsWith(w)) ? 1 : 0), 0);
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
  };
}
