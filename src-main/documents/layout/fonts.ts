// @runs: main
// Tinos (metric-compatible with Times New Roman, full Vietnamese coverage) is
// shipped in resources/fonts and embedded in every PDF, so a paper prints the
// same on any machine whatever fonts Windows has installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
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

interface Glyph {
  codePoints: number[];
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

interface Run {
  glyphs: unknown[];
  positions: Record<string, number>[];
}

/**
 * Shaping a word (GSUB/GPOS for the Vietnamese marks) is most of pdfkit's work and
 * it only caches per document; the same words recur on every paper, so the shaped
 * runs are kept per face. pdfkit scales the positions it gets in place, hence the copies.
 */
function withLayoutCache(font: Font): Font {
  const runs = new Map<string, Run>();
  const layout = (text: string, features?: unknown): unknown => {
    if (features !== undefined) return font.layout(text, features as never);
    let run = runs.get(text);
    if (!run) {
      run = font.layout(text) as Run;
      run = { glyphs: run.glyphs, positions: run.positions.map((p) => ({ ...p })) };
      if (runs.size < 50_000) runs.set(text, run);
    }
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + (p.xAdvance ?? 0), 0);
      },
    };
  };
  return new Proxy(font, {
    get(target, property) {
      if (property === 'layout') return layout;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
