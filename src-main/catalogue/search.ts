// @runs: shared
// In-memory procedure search. The catalogue is small (tens, at most a few
// thousand procedures), so a scan over pre-folded words beats any index: the
// clerk types without diacritics, in any word order, often only word starts,
// and often what the citizen said ("rut bhxh 1 lan"): each procedure's
// everyday names (everyday-words.ts) are matched like its name.
import { foldVietnamese } from '../shared/fold';
import type { ProcedureSummary } from './model';

export interface Searchable {
  summary: ProcedureSummary;
  /** Form codes of its components (TK1-TS, 14-HSB…), also searchable. */
  formCodes: string[];
  /** What citizens call it ("rút BHXH 1 lần", "mất thẻ BHYT"), searched like its name. */
  everydayNames: string[];
}

/** One name of a procedure, its official name or an everyday one, folded. */
interface Name {
  words: string[];
  /** " word word …": a word-prefix test is then one native includes(" " + prefix). */
  text: string;
}

interface Entry {
  summary: ProcedureSummary;
  names: Name[];
  otherText: string;
  position: number;
}

export function searchWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function phraseAt(words: readonly string[], query: readonly string[], start: number): boolean {
  for (let i = 0; i < query.length; i++) if (!words[start + i]?.startsWith(query[i] as string)) return false;
  return true;
}

/**
 * How well the query matches one name: 4 = the name starts with the typed words,
 * 3 = they appear together in the name, 2 = all in the name in any order,
 * 1 = some only in the procedure code or form codes, 0 = no match.
 * Plain loops, no closures: this runs for every name on every keystroke.
 */
function nameTier(query: readonly string[], name: Name, otherText: string): number {
  let allInName = true;
  for (const q of query) {
    if (name.text.includes(q)) continue;
    if (!otherText.includes(q)) return 0;
    allInName = false;
  }
  if (!allInName) return 1;
  if (phraseAt(name.words, query, 0)) return 4;
  for (let start = 1; start + query.length <= name.words.length; start++) if (phraseAt(name.words, query, start)) return 3;
  return 2;
}

/** The best match among the procedure's names. */
function tier(query: readonly string[], entry: Entry): number {
  let best = 0;
  for (const name of entry.names) best = Math.max(best, nameTier(query, name, entry.otherText));
  return best;
}

function folded(text: string): Name {
  const words = searchWords(text);
  return { words: words.map((w) => ` ${w}`), text: ` ${words.join(' ')}` };
}

function byRank(a: { entry: Entry; tier: number }, b: { entry: Entry; tier: number }): number {
  return b.tier - a.tier || b.entry.summary.usageCount - a.entry.summary.usageCount || a.entry.position - b.entry.position;
}

/** A code's words, and the code typed without its dashes ("14hsb" for 14-HSB): clerks type it both ways. */
function codeWords(code: string): string[] {
  const words = searchWords(code);
  return words.length > 1 ? [...words, words.join('')] : words;
}

export class SearchIndex {
  private readonly entries: Entry[];

  constructor(items: Searchable[]) {
    this.entries = items.map((item, position) => {
      const otherWords = [item.summary.code ?? '', ...item.formCodes].flatMap(codeWords);
      return { summary: item.summary, names: [item.summary.name, ...item.everydayNames].map(folded), otherText: ` ${otherWords.join(' ')}`, position };
    });
  }

  /** Better matches first; among equally good ones, the procedures this counter receives most. */
  search(query: string, limit: number): ProcedureSummary[] {
    const words = searchWords(query).map((w) => ` ${w}`);
    const scored: { entry: Entry; tier: number }[] = [];
    for (const entry of this.entries) {
      const t = words.length ? tier(words, entry) : 1;
      if (t > 0) scored.push({ entry, tier: t });
    }
    scored.sort(byRank);
    return scored.slice(0, limit).map((s) => ({ ...s.entry.summary }));
  }

  setUsage(usage: ReadonlyMap<string, number>): void {
    for (const entry of this.entries) entry.summary.usageCount = usage.get(entry.summary.procedureId) ?? entry.summary.usageCount;
  }
}
