// @runs: test
// The pair shaper stands in for fontkit's full OpenType shaper on words without
// combining marks. It must give exactly the glyphs and advances the full shaper
// gives, for every Vietnamese letter and every word of the catalogue, in all four
// faces; and it must really take those words (or the register is slow again).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { findResourcesDir, PairShaper } from '../../src-main/documents/layout/fonts';
import { models } from '../documents/models';

const resources = findResourcesDir();
const FACES = ['Regular', 'Bold', 'Italic', 'BoldItalic'];

/** Every Vietnamese vowel with every tone, both cases, and the other letters, digits and signs of the forms. */
function alphabet(): string[] {
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const letters = vowels.flatMap((v) => tones.map((t) => (v + t).normalize('NFC')));
  const others = [...'bcdđfghjklmnpqrstvwxz', ...'0123456789', ...'.,;:!?()[]/-–—…"\'%₫&+*=<>@#'];
  const lower = [...letters, ...others];
  return [...new Set([...lower, ...lower.map((c) => c.toLocaleUpperCase('vi-VN'))])];
}

function corpus(): string[] {
  const catalogue = JSON.parse(readFileSync(join(resources, 'catalogue', 'procedures.json'), 'utf8')) as unknown;
  const text = `${JSON.stringify(catalogue)} ${JSON.stringify(models)}`.normalize('NFC');
  const words = text.split(/[\s"{}\\]+/).filter((w) => w.length > 0);
  const letters = alphabet();
  // Every pair of letters a word can hold, with the space pdfkit keeps after a word.
  const pairs = letters.flatMap((a) => ['A', 'T', 'V', 'Y', 'f', 'r', 'v', 'y', '1', '.', ' '].map((b) => a + b));
  return [...new Set([...words, ...words.map((w) => `${w} `), ...letters, ...pairs])];
}

describe('pair shaper', () => {
  const words = corpus();

  it.each(FACES)('gives the full shaper’s glyphs and advances for every catalogue word and letter pair (%s)', (face) => {
    const font = create(readFileSync(join(resources, 'fonts', `Tinos-${face}.ttf`)));
    const shaper = new PairShaper(font);
    let taken = 0;
    const differ: string[] = [];
    for (const word of words) {
      const fast = shaper.layout(word);
      if (!fast) continue;
      taken++;
      const full = font.layout(word);
      const same =
        fast.glyphs.length === full.glyphs.length &&
        fast.glyphs.every((g, i) => g.id === full.glyphs[i]?.id) &&
        fast.positions.every((p, i) => {
          const q = full.positions[i];
          return q !== undefined && p.xAdvance === q.xAdvance && p.xOffset === q.xOffset && p.yOffset === q.yOffset && p.yAdvance === q.yAdvance;
        });
      if (!same) differ.push(word);
    }
    expect(differ).toEqual([]);
    expect(words.length).toBeGreaterThan(3000);
    expect(taken / words.length).toBeGreaterThan(0.99);
  });

  it('leaves words with combining marks to the full shaper', () => {
    const shaper = new PairShaper(create(readFileSync(join(resources, 'fonts', 'Tinos-Regular.ttf'))));
    expect(shaper.layout('Nguye\u0302\u0303n')).toBeNull();
    expect(shaper.layout('Nguyễn')).not.toBeNull();
  });

  it('kerns where the font kerns: "AV" is narrower than A and V apart', () => {
    const font = create(readFileSync(join(resources, 'fonts', 'Tinos-Regular.ttf')));
    const run = new PairShaper(font).layout('AV');
    const apart = font.glyphForCodePoint(65).advanceWidth + font.glyphForCodePoint(86).advanceWidth;
    expect(run?.positions.reduce((sum, p) => sum + p.xAdvance, 0)).toBeLessThan(apart);
  });
});
