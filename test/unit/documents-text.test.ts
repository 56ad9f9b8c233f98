// @runs: test
// Text in table cells. The pair shaper stands in for fontkit's full OpenType
// shaper on words without combining marks: it must give exactly the glyphs and
// advances the full shaper gives, for every Vietnamese letter and every word of
// the catalogue, in all four faces, and really take those words (or the register
// is slow again). Cells wrap only where the text does not fit, at sensible places,
// and letters that need a placed mark keep it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { CellWriter } from '../../src-main/documents/layout/cells';
import { findResourcesDir, loadFonts, PairShaper } from '../../src-main/documents/layout/fonts';
import { renderDocument } from '../../src-main/documents/render';
import { models, registerRows } from '../documents/models';
import { pdfText } from '../documents/pdf-text';

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

describe('table cells', () => {
  const fonts = loadFonts(resources);
  const doc = new PDFDocument({ size: 'A4' });
  for (const [style, font] of Object.entries(fonts)) doc.registerFont(style, font as unknown as Buffer);
  const cells = new CellWriter(doc);
  const wrap = (text: string, width: number) => cells.wrap(text, 'regular', 11, width).lines;

  it('keeps text that fits on one line, and breaks where the clerk broke it', () => {
    const text = 'Bộ phận tiếp nhận và trả kết quả';
    const width = cells.width('regular', 11, text);
    expect(wrap(text, width + 1)).toEqual([text]);
    expect(wrap('1. Giao: 10 giờ 15 phút\nNgười giao: Lê Văn Tám', 400)).toEqual(['1. Giao: 10 giờ 15 phút', 'Người giao: Lê Văn Tám']);
  });

  it('breaks between words first, after a slash before a word, and inside a code only after its dots and dashes', () => {
    expect(wrap('Bản chính/Bản sao', cells.width('regular', 11, 'Bản chính/') + 1)).toEqual(['Bản chính/', 'Bản sao']);
    const lines = wrap('Mã 000.00.15.H27-260302-30001', cells.width('regular', 11, '000.00.15.H27-') + 1);
    expect(lines.join('')).toBe('Mã000.00.15.H27-260302-30001');
    expect(lines.slice(1).every((line) => /^[\d.H-]+$/.test(line) && /^\d/.test(line))).toBe(true);
    expect(lines.slice(1, -1).every((line) => /[-.]$/.test(line))).toBe(true);
  });

  it('writes letters that have no precomposed form with their marks placed, readable in the text layer', () => {
    const rows = registerRows(2).map((row) => ({ ...row, applicantName: 'Ax\u0303b q\u0301c Nguyễn Văn' }));
    const text = pdfText(renderDocument('register', { ...models.register, rows }, { formSet: '2025', paper: 'A4', fonts }));
    expect(text).toContain('Ax\u0303b q\u0301c Nguyễn');
    expect(text).toContain('000.00.15.H27-260302-0002');
  });
});
