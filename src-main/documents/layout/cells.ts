// @runs: main
// Table cells written straight as PDF operators. pdfkit's text() re-wraps a cell
// each time it is measured and drawn, and pushes every operator as its own small
// buffer; a register of thousands of rows spent most of its time there. Here a
// cell is wrapped once, its words are shaped once per document, and a whole row
// goes to the page as one piece of content. The glyphs still come from pdfkit's
// embedded font, so the subset, widths and text layer (copy, search, pdftotext)
// are the ones pdfkit writes for any other text.
import type { FontStyle } from './fonts';
import type { TextTrace } from './layout';

/** One glyph's placement from pdfkit's font layout, in 1/1000 of the font size. */
interface Position {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** The parts of pdfkit's embedded font (the object behind doc.font()) a cell needs. */
interface EmbeddedFont {
  id: string;
  ascender: number;
  lineHeight(size: number, includeGap?: boolean): number;
  encode(text: string): [string[], Position[]];
  ref(): unknown;
}

/** pdfkit's document internals touched here: the current font and the page's font resources. */
interface PdfInternals {
  _font: EmbeddedFont;
  page: { height: number; fonts: Record<string, unknown> };
}

interface Shaped {
  glyphs: string[];
  positions: Position[];
  /** Advance of the whole word, in 1/1000 of the font size. */
  width: number;
  /** The word as TJ array elements (glyph runs and kerning), or null when a mark needs its own offset. */
  tj: string | null;
}

export type Align = 'left' | 'center' | 'right';

export interface CellText {
  style: FontStyle;
  size: number;
  lines: string[];
}

/** A bordered cell: its text is padded inside, from the top or centred vertically. */
export interface Box {
  cell: CellText;
  x: number;
  y: number;
  w: number;
  h: number;
  pad: number;
  align: Align;
  middle?: boolean;
}

/** PDF numbers as pdfkit writes them: at most six decimals. */
export const num = (n: number) => Math.round(n * 1e6) / 1e6;

/** Where a word too wide for its cell may break: after a hyphen, slash or dot (dossier codes, dates). */
const BREAK_AFTER = /(?<=[-/.])/;
/** Where any line may break inside a word: after a slash or hyphen that a letter follows. */
const SOFT_BREAK = /(?<=[-/])(?=\p{L})/u;

export class CellWriter {
  /** Shaped words per face; glyph ids belong to this document's font subsets, so the cache does too. */
  private readonly shaped = new Map<FontStyle, Map<string, Shaped>>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    /** Bench only: each cell's text as the pdfkit call that would write it (see Layout's trace). */
    private readonly trace?: TextTrace[],
  ) {}

  private font(style: FontStyle): EmbeddedFont {
    this.doc.font(style);
    return (this.doc as unknown as PdfInternals)._font;
  }

  private shape(style: FontStyle, word: string): Shaped {
    let words = this.shaped.get(style);
    if (!words) this.shaped.set(style, (words = new Map()));
    let shaped = words.get(word);
    if (!shaped) {
      const [glyphs, positions] = this.font(style).encode(word);
      shaped = { glyphs, positions, width: positions.reduce((sum, p) => sum + p.xAdvance, 0), tj: tjElements(glyphs, positions) };
      words.set(word, shaped);
    }
    return shaped;
  }

  /** Width of a line of text in points. */
  width(style: FontStyle, size: number, text: string): number {
    const words = text.split(' ');
    let width = this.shape(style, ' ').width * (words.length - 1);
    for (const word of words) width += this.shape(style, word).width;
    return (width * size) / 1000;
  }

  lineHeight(style: FontStyle, size: number): number {
    return this.font(style).lineHeight(size, true);
  }

  /**
   * Greedy wrap as pdfkit does it: a word counts with the space after it, a line
   * may also break after a slash or hyphen followed by a letter ("Bản chính/Bản
   * sao"), and a word wider than the cell breaks after - / . and then anywhere.
   */
  wrap(text: string, style: FontStyle, size: number, width: number): CellText {
    const limit = (width * 1000) / size;
    const space = this.shape(style, ' ').width;
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      const units = paragraph
        .split(/\s+/)
        .filter(Boolean)
        .flatMap((word, i) => word.split(SOFT_BREAK).map((unit, j) => ({ unit, spaced: i > 0 && j === 0 })));
      let line = '';
      let lineWidth = 0;
      units.forEach(({ unit, spaced }, k) => {
        const unitWidth = this.shape(style, unit).width;
        const glue = line && spaced ? space : 0;
        const trailing = units[k + 1]?.spaced ? space : 0;
        if (line && lineWidth + glue + unitWidth + trailing <= limit) {
          line += glue ? ` ${unit}` : unit;
          lineWidth += glue + unitWidth;
          return;
        }
        if (line) lines.push(line);
        const pieces = unitWidth + trailing <= limit ? [unit] : this.pieces(unit, style, size, width);
        line = pieces.pop() ?? '';
        lineWidth = this.shape(style, line).width;
        lines.push(...pieces);
      });
      lines.push(line);
    }
    return { style, size, lines };
  }

  /** A word too wide for one line, as lines that each fit: split after punctuation, then by letters. */
  private pieces(word: string, style: FontStyle, size: number, width: number): string[] {
    const fits = (text: string) => this.width(style, size, text) <= width;
    const lines: string[] = [];
    let line = '';
    for (const part of word.split(BREAK_AFTER)) {
      if (fits(line + part)) line += part;
      else if (fits(part)) {
        if (line) lines.push(line);
        line = part;
      } else {
        for (const letter of part) {
          if (line && !fits(line + letter)) {
            lines.push(line);
            line = '';
          }
          line += letter;
        }
      }
    }
    return [...lines, line];
  }

  height(cell: CellText): number {
    return cell.lines.length * this.lineHeight(cell.style, cell.size);
  }

  /**
   * Content for a row of boxes: their borders as one path, then all their text in
   * one text object. Written in the page's own (flipped, top-down) space like
   * every pdfkit operator; the text re-flips as pdfkit's own text does.
   */
  content(boxes: Box[]): string {
    const page = (this.doc as unknown as PdfInternals).page;
    const borders = boxes.map((b) => `${num(b.x)} ${num(b.y)} ${num(b.w)} ${num(b.h)} re`);
    const text: string[] = [];
    let selected = '';
    for (const box of boxes) {
      const { cell } = box;
      if (cell.lines.every((line) => !line)) continue;
      const font = this.font(cell.style);
      page.fonts[font.id] ??= font.ref();
      const select = `/${font.id} ${num(cell.size)} Tf`;
      if (select !== selected) text.push((selected = select));
      const x = box.x + box.pad;
      const width = box.w - 2 * box.pad;
      const top = box.middle ? box.y + (box.h - this.height(cell)) / 2 : box.y + box.pad;
      this.trace?.push({ style: cell.style, size: cell.size, text: cell.lines.join('\n'), x, y: top, options: { width, align: box.align, lineGap: 0 } });
      const lineHeight = font.lineHeight(cell.size, true);
      cell.lines.forEach((line, i) => {
        if (!line) return;
        const left = box.align === 'left' ? x : x + (width - this.width(cell.style, cell.size, line)) / (box.align === 'center' ? 2 : 1);
        const baseline = page.height - (top + i * lineHeight) - (font.ascender / 1000) * cell.size;
        text.push(this.line(cell, line, left, baseline));
      });
    }
    const path = `q 0.5 w\n${borders.join('\n')}\nS Q`;
    return text.length ? `${path}\nq 1 0 0 -1 0 ${num(page.height)} cm\nBT\n${text.join('\n')}\nET\nQ` : path;
  }

  /** One line: a single TJ array, or glyph by glyph where marks are offset. */
  private line(cell: CellText, line: string, x: number, y: number): string {
    const words = line.split(' ').map((word) => this.shape(cell.style, word));
    const start = `1 0 0 1 ${num(x)} ${num(y)} Tm`;
    if (words.every((w) => w.tj !== null)) {
      const space = this.shape(cell.style, ' ').tj as string;
      return `${start}\n[${words.map((w) => w.tj).join(` ${space} `)}] TJ`;
    }
    return this.offsetGlyphs(words, cell, x, y).join('\n');
  }

  /** pdfkit's rule for glyphs GPOS moves (a mark placed over a letter): each is placed with its own Tm. */
  private offsetGlyphs(words: Shaped[], cell: CellText, x: number, y: number): string[] {
    const space = this.shape(cell.style, ' ');
    const glyphs = words.flatMap((w, i) => (i ? [...space.glyphs, ...w.glyphs] : w.glyphs));
    const positions = words.flatMap((w, i) => (i ? [...space.positions, ...w.positions] : w.positions));
    const scale = cell.size / 1000;
    const out: string[] = [];
    let run = 0;
    let penX = x;
    positions.forEach((p, i) => {
      if (p.xOffset === 0 && p.yOffset === 0) return void (penX += p.xAdvance * scale);
      if (run < i) out.push(`1 0 0 1 ${num(penX - sumAdvance(positions, run, i) * scale)} ${num(y)} Tm`, `[${tjElements(glyphs.slice(run, i), positions.slice(run, i))}] TJ`);
      out.push(`1 0 0 1 ${num(penX + p.xOffset * scale)} ${num(y + p.yOffset * scale)} Tm`, `[<${glyphs[i]}>] TJ`);
      run = i + 1;
      penX += p.xAdvance * scale;
    });
    if (run < positions.length) out.push(`1 0 0 1 ${num(penX - sumAdvance(positions, run, positions.length) * scale)} ${num(y)} Tm`, `[${tjElements(glyphs.slice(run), positions.slice(run))}] TJ`);
    return out;
  }
}

const sumAdvance = (positions: Position[], from: number, to: number) => positions.slice(from, to).reduce((sum, p) => sum + p.xAdvance, 0);

/** Glyph runs with a kerning number after each glyph whose advance differs from its width (as pdfkit writes them). */
function tjElements(glyphs: string[], positions: Position[]): string | null {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as Position;
    if (p.xOffset !== 0 || p.yOffset !== 0) return null;
    if (p.xAdvance === p.advanceWidth) continue;
    out.push(`<${glyphs.slice(start, i + 1).join('')}> ${num(p.advanceWidth - p.xAdvance)}`);
    start = i + 1;
  }
  if (start < glyphs.length) out.push(`<${glyphs.slice(start).join('')}>`);
  return out.join(' ');
}
