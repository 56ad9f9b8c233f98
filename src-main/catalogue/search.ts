// @runs: shared
// In-memory procedure search. The catalogue is small (tens, at most a few
// thousand procedures), so a scan over pre-folded words beats any index: the
// clerk types without diacritics, in any word order, often only word starts.
import { foldVietnamese } from '../shared/fold';
import type { ProcedureSummary } from './model';

export interface Searchable {
  summary: ProcedureSummary;
  /** Form codes of its components (TK1-TS, 14-HSB…), also searchable. */
  formCodes: string[];
}

interface Entry {
  summary: ProcedureSummary;
  nameWords: string[];
  otherWords: string[];
  position: number;
}

export function searchWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * How well the query matches: 4 = the name starts with the typed words,
 * 3 = they appear together in the name, 2 = all in the name in any order,
 * 1 = some only in the procedure code or form codes, 0 = no match.
 */
function tier(query: string[], entry: Entry): number {
  const inName = (q: string) => entry.nameWords.some((w) => w.startsWith(q));
  const inOther = (q: string) => entry.otherWords.some((w) => w.startsWith(q));
  if (!query.every((q) => inName(q) || inOther(q))) return 0;
  if (!query.every(inName)) return 1;
  const runAt = (start: number) => query.every((q, i) => entry.nameWords[start + i]?.startsWith(q) ?? false);
  if (runAt(0)) return 4;
  for (let start = 1; start + query.length <= entry.nameWords.length; start++) if (runAt(start)) return 3;
  return 2;
}

export class SearchIndex {
  private readonly entries: Entry[];

  constructor(items: Searchable[]) {
    this.entries = items.map((item, position) => ({
      summary: item.summary,
      nameWords: searchWords(item.summary.name),
      otherWords: [...searchWords(item.summary.code ?? ''), ...item.formCodes.flatMap(searchWords)],
      position,
    }));
  }

  /** Better matches first; among equally good ones, the procedures this counter receives most. */
  search(query: string, limit: number): ProcedureSummary[] {
    const words = searchWords(query);
    const scored = this.entries.map((entry) => ({ entry, tier: words.length ? tier(words, entry) : 1 })).filter((s) => s.tier > 0);
    scored.sort(
      (a, b) => b.tier - a.tier || b.entry.summary.usageCount - a.entry.summary.usageCount || a.entry.position - b.entry.position,
    );
    return scored.slice(0, limit).map((s) => ({ ...s.entry.summary }));
  }

  setUsage(usage: ReadonlyMap<string, number>): void {
    for (const entry of this.entries) entry.summary.usageCount = usage.get(entry.summary.procedureId) ?? entry.summary.usageCount;
  }
}
