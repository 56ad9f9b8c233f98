// @runs: main
// What citizens call each procedure ("rút BHXH 1 lần", "làm lại thẻ BHYT",
// "mất thẻ"), so the procedure search on Tiếp nhận finds it by their words.
// Kept apart from the versioned catalogue (a list of search words, not the
// procedure's legal content): resources/catalogue/everyday-words.json, keyed by
// procedure id. A supervisor edits it by putting an edited copy named
// everyday-words.json in the counter's data folder, which then replaces the
// shipped list; a file that does not read is ignored for the shipped one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findResource } from '../services/resources';

export const EVERYDAY_WORDS_FILE = 'everyday-words.json';
const SHIPPED = join('catalogue', EVERYDAY_WORDS_FILE);

const everydayWordsFile = z.object({
  format: z.literal('mot-cua-desk/everyday-words'),
  version: z.literal(1),
  description: z.string().optional(),
  words: z.record(z.string().min(1).max(100), z.array(z.string().min(1).max(200)).max(100)),
});

function readWords(file: string | null): Map<string, string[]> | null {
  if (!file || !existsSync(file)) return null;
  try {
    const parsed = everydayWordsFile.safeParse(JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
    return parsed.success ? new Map(Object.entries(parsed.data.words)) : null;
  } catch {
    return null;
  }
}

/** Procedure id → its everyday names: the data folder's edited list, else the shipped one, else none. */
export function everydayWords(dataDir: string): Map<string, string[]> {
  const root = findResource(SHIPPED);
  return readWords(join(dataDir, EVERYDAY_WORDS_FILE)) ?? readWords(root ? join(root, SHIPPED) : null) ?? new Map();
}
