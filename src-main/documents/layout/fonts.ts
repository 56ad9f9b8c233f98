// @runs: main
// Tinos (metric-compatible with Times New Roman, full Vietnamese coverage) is
// shipped in resources/fonts and embedded in every PDF, so a paper prints the
// same on any machine whatever fonts Windows has installed.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontStyle, string> = {
  regular: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italic: 'Tinos-Italic.ttf',
  boldItalic: 'Tinos-BoldItalic.ttf',
};

export type FontFiles = Record<FontStyle, Buffer>;

/**
 * Where resources/ is: the shell passes it (Electron builds run from out/main);
 * otherwise the app root in tests and scripts, or next to the bundled main.
 */
export function findResourcesDir(explicit?: string): string {
  const candidates = [
    explicit,
    process.env.MOT_CUA_RESOURCES,
    join(process.cwd(), 'resources'),
    typeof __dirname === 'string' ? resolve(__dirname, '../../resources') : undefined,
  ].filter((c): c is string => Boolean(c));
  const found = candidates.find((dir) => existsSync(join(dir, 'fonts', FILES.regular)));
  if (!found) throw new Error(`Tinos fonts not found in any of: ${candidates.join(', ')}`);
  return found;
}

const cache = new Map<string, FontFiles>();

/** The four faces, read once per resources folder (fontkit parses them per document). */
export function loadFonts(resourcesDir: string): FontFiles {
  let fonts = cache.get(resourcesDir);
  if (!fonts) {
    const read = (style: FontStyle) => readFileSync(join(resourcesDir, 'fonts', FILES[style]));
    fonts = { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
    cache.set(resourcesDir, fonts);
  }
  return fonts;
}
