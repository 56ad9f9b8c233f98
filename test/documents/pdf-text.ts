// @runs: node-script
// Reading a PDF the way a clerk (and a screen reader) would: its extracted text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withFile<T>(pdf: Buffer, fn: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'mot-cua-pdf-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  try {
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdftotext -layout`, optionally of a page range. */
export function pdfText(pdf: Buffer, pages?: { first: number; last: number }): string {
  return withFile(pdf, (file) =>
    execFileSync('pdftotext', ['-layout', ...(pages ? ['-f', String(pages.first), '-l', String(pages.last)] : []), file, '-'], { encoding: 'utf8' }),
  );
}

export function pdfFonts(pdf: Buffer): { name: string; embedded: boolean }[] {
  const out = withFile(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      return { name: cols[0] as string, embedded: cols.at(-5) === 'yes' };
    });
}

export function pageCount(pdf: Buffer): number {
  const info = withFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/** Text with every run of white space (line breaks, column gaps, justification) as one space. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The index after each expected string, in order; names the first one missing. */
export function missingInOrder(text: string, expected: string[]): string | null {
  const haystack = flat(text);
  let from = 0;
  let previous = '(start)';
  for (const item of expected) {
    const at = haystack.indexOf(flat(item), from);
    if (at < 0) {
      const anywhere = haystack.indexOf(flat(item));
      return anywhere < 0 ? `"${item}" is not in the text` : `"${item}" appears, but not after "${previous}" (which ends at ${from})`;
    }
    from = at + flat(item).length;
    previous = item;
  }
  return null;
}
