// @runs: test
// What the counter printed: with no printer configured the PDF goes to
// <data>/printed/, and the scenarios read it back as text, as a person would.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function printedFiles(dataDir: string): string[] {
  const folder = join(dataDir, 'printed');
  try {
    return readdirSync(folder)
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => join(folder, f))
      .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  } catch {
    return [];
  }
}

export function lastPrintedText(dataDir: string): string {
  const last = printedFiles(dataDir).at(-1);
  if (!last) throw new Error('nothing was printed');
  return execFileSync('pdftotext', ['-layout', last, '-'], { encoding: 'utf8' });
}

/** Asserts the strings appear in this order in the text; returns the first one missing or out of order. */
export function firstOutOfOrder(text: string, expected: string[]): string | null {
  let from = 0;
  for (const item of expected) {
    const at = text.indexOf(item, from);
    if (at < 0) return item;
    from = at + item.length;
  }
  return null;
}
