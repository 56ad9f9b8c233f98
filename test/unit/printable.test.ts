// @runs: test
// The printable-character table of clerk text is the papers' font's own map:
// whatever passes can be drawn on every face, and every Vietnamese letter passes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_RANGES, firstRefused } from '../../src-main/shared/printable';

const face = (name: string) => create(readFileSync(join('resources', 'fonts', `Tinos-${name}.ttf`)));

function rangesOf(font: Font): [number, number][] {
  const ranges: [number, number][] = [];
  for (const codePoint of [...font.characterSet].filter((c) => font.hasGlyphForCodePoint(c)).sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && last[1] === codePoint - 1) last[1] = codePoint;
    else ranges.push([codePoint, codePoint]);
  }
  return ranges;
}

describe('printable characters', () => {
  it('FONT_RANGES is exactly the code points Tinos draws, on all four faces', () => {
    const regular = rangesOf(face('Regular'));
    expect(FONT_RANGES).toEqual(regular);
    for (const name of ['Bold', 'Italic', 'BoldItalic']) expect(rangesOf(face(name)), name).toEqual(regular);
  });

  it('takes every Vietnamese letter, NFC, upper and lower case, and the punctuation of an address', () => {
    const letters = 'aàáạảãâầấậẩẫăằắặẳẵbcdđeèéẹẻẽêềếệểễghiìíịỉĩklmnoòóọỏõôồốộổỗơờớợởỡpqrstuùúụủũưừứựửữvxyỳýỵỷỹ';
    const sample = `${letters} ${letters.toUpperCase()} 0123456789 ,.;:-–/()"'’“”№ ° § & @ %`;
    expect(firstRefused(sample.normalize('NFC'), false)).toBeNull();
  });

  it('refuses what is in the font but has no place on a paper', () => {
    expect(firstRefused('a\u0000', false)).toMatchObject({ kind: 'control', codePoint: 0 });
    expect(firstRefused('a\r', false)).toMatchObject({ kind: 'lineBreak' });
    expect(firstRefused('a\u2028b', true)).toMatchObject({ kind: 'invisible' });
    expect(firstRefused('a\u00adb', false)).toMatchObject({ kind: 'invisible' });
    expect(firstRefused('a\uf001', false)).toMatchObject({ kind: 'noGlyph' });
    expect(firstRefused('a\n\tb', true)).toBeNull();
  });
});
