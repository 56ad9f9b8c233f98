// @runs: main
// Tinos (metric-compatible with Times New Roman, full Vietnamese coverage) is
// shipped in resources/fonts and embedded in every PDF, so a paper prints the
// same on any machine whatever fonts Windows has installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font, type Glyph, type GlyphRun } from 'fontkit';
import { findResource } from '../../services/resources';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontStyle, string> = {
  regular: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italic: 'Tinos-Italic.ttf',
  boldItalic: 'Tinos-BoldItalic.ttf',
};

/** Parsed faces, shared by every document: parsing 2 MB of TrueType per paper would cost ~0.4 s. */
export type FontFiles = Record<FontStyle, Font>;

/** The resources folder holding the fonts (see services/resources.ts). */
export function findResourcesDir(explicit?: string): string {
  const found = findResource(join('fonts', FILES.regular), explicit);
  if (!found) throw new Error('Tinos fonts not found in resources/fonts');
  return found;
}

const cache = new Map<string, FontFiles>();

/** The four faces, read from their files and parsed once per resources folder. */
export function loadFonts(resourcesDir: string): FontFiles {
  let fonts = cache.get(resourcesDir);
  if (!fonts) {
    const read = (style: FontStyle) => withLayoutCache(keepCodePoints(create(readFileSync(join(resourcesDir, 'fonts', FILES[style])))));
    fonts = { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
    cache.set(resourcesDir, fonts);
  }
  return fonts;
}

/**
 * fontkit caches glyph objects per font. When a shared font embeds a subset, the
 * components of composed letters (the E inside Ề) are cached without their code
 * points, and later papers would lose those letters from their text layer
 * (copy, search, pdftotext). Give a cached glyph its code points when they are known.
 */
function keepCodePoints(font: Font): Font {
  const target = font as unknown as { getGlyph(id: number, codePoints?: number[]): Glyph };
  const original = target.getGlyph.bind(target);
  target.getGlyph = (id, codePoints = []) => {
    const glyph = original(id, codePoints);
    if (codePoints.length > 0 && glyph.codePoints.length === 0) glyph.codePoints = codePoints;
    return glyph;
  };
  return font;
}

/**
 * Shaping a word (GSUB/GPOS for the Vietnamese marks) is most of pdfkit's work and
 * it only caches per document; the same words recur on every paper, so the shaped
 * runs are kept per face. pdfkit scales the positions it gets in place, hence the copies.
 */
function withLayoutCache(font: Font): Font {
  const runs = new Map<string, GlyphRun>();
  const shaper = new PairShaper(font);
  const layout = (text: string, features?: string[]): GlyphRun => {
    if (features !== undefined) return font.layout(text, features);
    let run = runs.get(text);
    if (!run) {
      run = shaper.layout(text) ?? font.layout(text);
      run = { glyphs: run.glyphs, positions: run.positions.map((p) => ({ ...p })) };
      if (runs.size < 50_000) runs.set(text, run);
    }
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    } as GlyphRun;
  };
  return new Proxy(font, {
    get(target, property) {
      if (property === 'layout') return layout;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Combining marks (GPOS places them, GSUB may compose them): such words go to the full shaper. */
const MARKS = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/**
 * A day's register brings thousands of words never seen before (names, numbers,
 * codes), and the full OpenType shaper costs about 0.1 ms a word. Without marks,
 * Tinos's only default lookups are pair kerning, so a word is its letters' glyphs
 * with each pair's kerning, learnt once by shaping the pair. Anything else — a
 * mark, a letter the font lacks, a pair that does not shape to its two glyphs —
 * is left to the full shaper. test/unit/documents-text.test.ts holds the two equal.
 */
export class PairShaper {
  private readonly kerning = new Map<string, number | null>();

  constructor(private readonly font: Font) {}

  layout(text: string): GlyphRun | null {
    if (MARKS.test(text)) return null;
    const chars = Array.from(text);
    if (!chars.every((c) => this.font.hasGlyphForCodePoint(c.codePointAt(0) as number))) return null;
    const glyphs = chars.map((c) => this.font.glyphForCodePoint(c.codePointAt(0) as number));
    const positions: GlyphRun['positions'] = [];
    for (let i = 0; i < glyphs.length; i++) {
      // Each letter with the next one (or alone, the last): its kerning, or null if shaping changes them.
      const kern = this.kern(chars.slice(i, i + 2).join(''));
      if (kern === null) return null;
      positions.push({ xAdvance: (glyphs[i] as Glyph).advanceWidth + kern, yAdvance: 0, xOffset: 0, yOffset: 0 });
    }
    return { glyphs, positions };
  }

  /**
   * The kerning after the first letter of a pair (0 for a letter alone), or null
   * when the full shaper turns them into anything but their own glyphs in place.
   */
  private kern(letters: string): number | null {
    let kern = this.kerning.get(letters);
    if (kern === undefined) {
      const run = this.font.layout(letters);
      const own = Array.from(letters).map((c) => this.font.glyphForCodePoint(c.codePointAt(0) as number).id);
      const plain = run.glyphs.length === own.length && run.glyphs.every((g, i) => g.id === own[i]);
      const placed = run.positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0 || p.yAdvance !== 0);
      const first = run.glyphs[0];
      kern = plain && !placed && first ? (run.positions[0]?.xAdvance ?? 0) - first.advanceWidth : null;
      this.kerning.set(letters, kern);
    }
    return kern;
  }
}
