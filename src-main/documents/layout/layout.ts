// @runs: main
// The small layout engine every form is drawn with: the two-column national
// header, titles, labelled lines, tables that continue on the next page with
// their header repeated, signature blocks and notes. Text is written as real
// text in embedded Tinos, so it can be selected, searched and read by pdftotext.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Paper } from '../view-models';
import { formWords } from '../../shared/vi/documents';
import { CellWriter, type Box, type CellText } from './cells';
import type { FontFiles, FontStyle } from './fonts';

const MM = 72 / 25.4;

interface Geometry {
  size: [number, number];
  margins: { top: number; bottom: number; left: number; right: number };
  fontSize: number;
}

/** Administrative-document margins (left wider for binding), scaled down for A5. */
const GEOMETRY: Record<Paper | 'A4-landscape', Geometry> = {
  A4: { size: [210 * MM, 297 * MM], margins: { top: 13 * MM, bottom: 13 * MM, left: 25 * MM, right: 15 * MM }, fontSize: 12.5 },
  A5: { size: [148 * MM, 210 * MM], margins: { top: 9 * MM, bottom: 10 * MM, left: 14 * MM, right: 10 * MM }, fontSize: 8.6 },
  'A4-landscape': { size: [297 * MM, 210 * MM], margins: { top: 14 * MM, bottom: 14 * MM, left: 18 * MM, right: 12 * MM }, fontSize: 9 },
};

export interface TextTrace {
  style: FontStyle;
  size: number;
  text: string;
  x: number | undefined;
  y: number | undefined;
  options: PDFKit.Mixins.TextOptions;
}

export interface LayoutOptions {
  paper: Paper;
  landscape?: boolean;
  fonts: FontFiles;
  /** Title, Subject and Keywords of the PDF (the form set is recorded here too). */
  info: { Title: string; Subject: string; Keywords: string };
  /** Fixed creation date so the same inputs give the same bytes. */
  createdAt: Date;
  /** Small line at the foot of every page, e.g. "Mẫu số 01 – Thông tư 01/2018/TT-VPCP". */
  footer: string;
  reprintMark?: string;
  /** Bench only: records every text call so bare pdfkit can replay the same text. */
  trace?: TextTrace[];
}

export interface Run {
  text: string;
  style?: FontStyle;
}

export interface ParaOptions {
  style?: FontStyle;
  size?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  indent?: number;
  gap?: number;
}

export interface Column {
  header: string;
  /** Share of the table width. */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** Columns with the same group get one spanning header cell above theirs. */
  group?: string;
}

export interface SignatureBlock {
  lines?: string[];
  title: string;
  hint?: string;
  name?: string;
}

export interface HeaderSpec {
  parentAgency: string;
  officeName: string;
  number?: string;
  placeDate: string;
}

const nfc = (s: string) => s.normalize('NFC');
const upper = (s: string) => nfc(s).toLocaleUpperCase('vi-VN');

export class Layout {
  readonly doc: PDFKit.PDFDocument;
  readonly fs: number;
  readonly left: number;
  readonly width: number;
  /** First page index of each section (a copy of the receipt, the hand-over…); pages are numbered per section. */
  private readonly sections: number[] = [0];
  /** A section's own footer line ('' for none), when it is not the document's (e.g. the app's own record after an official form). */
  private readonly sectionFooters = new Map<number, string>();
  /** A line at the top of a section's continuation pages, e.g. "Mã hồ sơ: …", so a loose page still names its dossier. */
  private readonly runningHeads = new Map<number, string>();
  private readonly numbered = new Set<number>();
  private current: { style: FontStyle; size: number } = { style: 'regular', size: 0 };
  private readonly cells: CellWriter;

  constructor(private readonly options: LayoutOptions) {
    const geometry = GEOMETRY[options.landscape ? 'A4-landscape' : options.paper];
    this.doc = new PDFDocument({
      size: geometry.size,
      margins: geometry.margins,
      bufferPages: true,
      info: { ...options.info, Creator: 'Một Cửa Desk', Producer: 'Một Cửa Desk (PDFKit)', CreationDate: options.createdAt },
      lang: 'vi-VN',
      displayTitle: true,
    });
    // pdfkit accepts an already parsed fontkit font in place of the file's bytes.
    for (const [style, font] of Object.entries(options.fonts)) this.doc.registerFont(style, font as unknown as Buffer);
    this.cells = new CellWriter(this.doc, options.trace);
    this.fs = geometry.fontSize;
    this.left = geometry.margins.left;
    this.width = geometry.size[0] - geometry.margins.left - geometry.margins.right;
    this.doc.lineGap(this.fs * 0.12);
    this.use('regular', this.fs);
  }

  get y(): number {
    return this.doc.y;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private get pageIndex(): number {
    return this.doc.bufferedPageRange().count - 1;
  }

  use(style: FontStyle, size: number = this.fs): this {
    this.doc.font(style).fontSize(size);
    this.current = { style, size };
    return this;
  }

  /** Every piece of text goes through here (and into the trace when benchmarking). */
  write(text: string, x: number | undefined, y: number | undefined, options: PDFKit.Mixins.TextOptions): this {
    const value = nfc(text);
    this.options.trace?.push({ ...this.current, text: value, x, y, options });
    if (x === undefined) this.doc.text(value, options);
    else this.doc.text(value, x, y, options);
    return this;
  }

  space(lines = 0.5): this {
    this.doc.y += this.fs * 1.2 * lines;
    return this;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): this {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
    return this;
  }

  /** Starts a section on a new page; `footer` replaces the document's footer line on its pages ('' for none). */
  newSection(options: { footer?: string } = {}): this {
    this.doc.addPage();
    this.sections.push(this.pageIndex);
    if (options.footer !== undefined) this.sectionFooters.set(this.sections.length - 1, options.footer);
    return this;
  }

  /** Pages after the first of the current section carry `text` at their top (the dossier code of a long receipt). */
  runningHead(text: string): this {
    this.runningHeads.set(this.sections.length - 1, text);
    return this;
  }

  /** Pages of the current section get "Trang x/y" when it has more than one page. */
  numberPages(): this {
    this.numbered.add(this.sections.length - 1);
    return this;
  }

  header(spec: HeaderSpec): this {
    const { doc, fs } = this;
    const leftWidth = this.width * 0.45;
    const rightX = this.left + leftWidth;
    const rightWidth = this.width - leftWidth;
    const top = doc.y;
    const small = fs * 0.95;

    const agency = upper(spec.parentAgency);
    const office = upper(spec.officeName);
    this.use('regular', this.fitting(agency, 'regular', small, leftWidth)).write(agency, this.left, top, { width: leftWidth, align: 'center', lineGap: 0 });
    this.use('bold', this.fitting(office, 'bold', small, leftWidth)).write(office, this.left, doc.y, { width: leftWidth, align: 'center', lineGap: 0 });
    const leftRuleY = doc.y + 2;
    this.rule(this.left + leftWidth / 2, leftRuleY, Math.min(leftWidth * 0.4, 90));

    this.use('bold', small).write(formWords.nation, rightX, top, { width: rightWidth, align: 'center', lineGap: 0 });
    this.use('bold', fs).write(formWords.motto, rightX, doc.y, { width: rightWidth, align: 'center', lineGap: 0 });
    const rightRuleY = doc.y + 2;
    this.rule(rightX + rightWidth / 2, rightRuleY, doc.widthOfString(formWords.motto));

    const lineY = Math.max(leftRuleY, rightRuleY) + fs * 0.6;
    let leftBottom = lineY;
    if (spec.number !== undefined) {
      this.use('regular', fs).write(formWords.number(spec.number), this.left, lineY, { width: leftWidth, align: 'center', lineGap: 0 });
      leftBottom = doc.y;
    }
    this.use('italic', fs).write(spec.placeDate, rightX, lineY, { width: rightWidth, align: 'center', lineGap: 0 });
    doc.x = this.left;
    doc.y = Math.max(leftBottom, doc.y) + fs * 0.8;
    return this.use('regular');
  }

  /** A size up to 15 % smaller that keeps a header line on one line; long names still wrap. */
  private fitting(text: string, style: FontStyle, size: number, width: number): number {
    this.use(style, size);
    const natural = this.doc.widthOfString(text);
    return natural <= width || natural * 0.85 > width ? size : (size * width) / natural - 0.05;
  }

  private rule(centerX: number, y: number, length: number): void {
    this.doc.save().lineWidth(0.6).moveTo(centerX - length / 2, y).lineTo(centerX + length / 2, y).stroke().restore();
  }

  title(text: string, subtitle?: string): this {
    this.use('bold', this.fs * 1.1).write(text, this.left, this.doc.y, { width: this.width, align: 'center' });
    if (subtitle) this.use('italic').write(subtitle, this.left, this.doc.y, { width: this.width, align: 'center' });
    return this.use('regular').space(0.3);
  }

  para(text: string, options: ParaOptions = {}): this {
    return this.runs([{ text, style: options.style ?? 'regular' }], options);
  }

  /** One paragraph of mixed regular/bold/italic pieces, wrapped across the width. */
  runs(runs: Run[], options: ParaOptions = {}): this {
    const indent = options.indent ?? 0;
    const size = options.size ?? this.fs;
    this.ensure(size * 1.4);
    runs.forEach((run, index) => {
      const last = index === runs.length - 1;
      this.use(run.style ?? 'regular', size);
      const x = index === 0 ? this.left + indent : undefined;
      this.write(run.text, x, index === 0 ? this.doc.y : undefined, {
        width: this.width - indent,
        align: options.align ?? 'justify',
        continued: !last,
      });
    });
    this.doc.x = this.left;
    if (options.gap) this.doc.y += options.gap;
    return this.use('regular');
  }

  /** "Label: value" with the label in regular (or bold) and the value as given. */
  field(label: string, value: string, options: { labelStyle?: FontStyle; valueStyle?: FontStyle; indent?: number } = {}): this {
    return this.runs(
      [
        { text: `${label} `, style: options.labelStyle ?? 'regular' },
        { text: value || formWords.none, style: options.valueStyle ?? 'regular' },
      ],
      { align: 'left', ...(options.indent ? { indent: options.indent } : {}) },
    );
  }

  /**
   * A bordered table; rows that don't fit go to the next page under a repeated header.
   * `keepWith` is the height of what must follow the last row on its page (the notes: notesHeight).
   */
  table(columns: Column[], rows: string[][], options: { size?: number; headerSize?: number; keepWith?: number } = {}): this {
    const size = options.size ?? this.fs * 0.88;
    const headerSize = options.headerSize ?? size;
    const pad = size * 0.25;
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const wrap = (text: string, width: number, style: FontStyle, fontSize: number) => this.cells.wrap(nfc(text), style, fontSize, width - 2 * pad);
    const heightOf = (cell: CellText) => this.cells.height(cell) + 2 * pad;

    const groupLabel = columns.find((c) => c.group)?.group;
    const headers = columns.map((c, i) => wrap(c.header, widths[i] as number, 'bold', headerSize));
    const group = groupLabel ? wrap(groupLabel, this.width / 4, 'bold', headerSize) : undefined;
    const groupHeight = group ? heightOf(group) : 0;
    const headerHeight = Math.max(...headers.map((h, i) => (columns[i]?.group ? heightOf(h) + groupHeight : heightOf(h))));

    const drawHeader = () => {
      const top = this.doc.y;
      const boxes: Box[] = [];
      columns.forEach((column, i) => {
        const x = xs[i] as number;
        let y = top;
        let h = headerHeight;
        if (column.group && group) {
          if (columns[i - 1]?.group !== column.group) {
            const span = columns.reduce((sum, c, j) => (c.group === column.group ? sum + (widths[j] as number) : sum), 0);
            boxes.push({ cell: wrap(column.group, span, 'bold', headerSize), x, y: top, w: span, h: groupHeight, pad, align: 'center' });
          }
          y += groupHeight;
          h -= groupHeight;
        }
        boxes.push({ cell: headers[i] as CellText, x, y, w: widths[i] as number, h, pad, align: 'center', middle: true });
      });
      this.doc.addContent(this.cells.content(boxes));
      this.doc.y = top + headerHeight;
    };

    this.ensure(headerHeight + size * 2.5);
    drawHeader();
    rows.forEach((row, index) => {
      const cells = row.map((text, i) => wrap(text, widths[i] as number, 'regular', size));
      const height = Math.max(...cells.map(heightOf));
      const after = index === rows.length - 1 ? (options.keepWith ?? 0) : 0;
      if (this.doc.y + height + after > this.bottom) {
        this.doc.addPage();
        drawHeader();
      }
      const y = this.doc.y;
      this.doc.addContent(this.cells.content(cells.map((cell, i) => ({ cell, x: xs[i] as number, y, w: widths[i] as number, h: height, pad, align: columns[i]?.align ?? 'left' }))));
      this.doc.y = y + height;
    });
    this.doc.x = this.left;
    return this.use('regular').space(0.3);
  }

  /**
   * Signature blocks side by side: title bold, hint italic, room to sign, then the name bold.
   * `keepWith` is the height of what must stay on the same page after them (the notes: notesHeight).
   */
  signatures(blocks: SignatureBlock[], options: { room?: number; keepWith?: number } = {}): this {
    const room = options.room ?? this.fs * 4.5;
    const extraLines = Math.max(...blocks.map((b) => b.lines?.length ?? 0));
    this.ensure(this.fs * 1.3 * (3 + extraLines) + room + (options.keepWith ?? 0));
    const top = this.doc.y;
    const width = this.width / blocks.length;
    let lowest = top;
    blocks.forEach((block, i) => {
      const x = this.left + i * width;
      let y = top;
      const put = (text: string, style: FontStyle) => {
        if (!text) return;
        this.use(style).write(text, x, y, { width, align: 'center', lineGap: 0 });
        y = this.doc.y;
      };
      for (const line of block.lines ?? []) put(line, 'bold');
      put(block.title, 'bold');
      if (block.hint) put(block.hint, 'italic');
      y += room;
      if (block.name) put(block.name, 'bold');
      lowest = Math.max(lowest, y);
    });
    this.doc.x = this.left;
    this.doc.y = lowest + this.fs * 0.5;
    return this.use('regular');
  }

  /** The height `notes(title, items)` will take, so the content before can keep them on its page. */
  notesHeight(title: string, items: string[]): number {
    const size = this.fs * 0.8;
    this.use('boldItalic', size);
    let height = this.doc.heightOfString(nfc(title), { width: this.width });
    this.use('italic', size);
    for (const item of items) height += this.doc.heightOfString(nfc(`- ${item}`), { width: this.width, align: 'justify' });
    this.use('regular');
    return height;
  }

  /** "Ghi chú:" (bold italic) and its items, a size smaller; never alone on a page (see notesHeight). */
  notes(title: string, items: string[]): this {
    const size = this.fs * 0.8;
    this.ensure(Math.min(this.notesHeight(title, items), size * 3));
    this.use('boldItalic', size).write(title, this.left, this.doc.y, { width: this.width });
    for (const item of items) this.use('italic', size).write(`- ${item}`, this.left, this.doc.y, { width: this.width, align: 'justify' });
    this.doc.x = this.left;
    return this.use('regular');
  }

  /** Draws the QR code of `text` as vector squares (crisp at any printer resolution). */
  qr(text: string, x: number, y: number, size: number): void {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const quiet = 1;
    const cell = size / (modules.size + 2 * quiet);
    const doc = this.doc.save().fillColor('black');
    for (let row = 0; row < modules.size; row++) {
      let start = -1;
      for (let col = 0; col <= modules.size; col++) {
        const dark = col < modules.size && modules.get(row, col) === 1;
        if (dark && start < 0) start = col;
        if (!dark && start >= 0) {
          doc.rect(x + (start + quiet) * cell, y + (row + quiet) * cell, (col - start) * cell, cell);
          start = -1;
        }
      }
    }
    doc.fill().restore();
  }

  /** Footer, page numbers and the reprint mark on every page, then the bytes. */
  finish(): Buffer {
    const { doc } = this;
    const count = doc.bufferedPageRange().count;
    const size = this.fs * 0.72;
    for (let page = 0; page < count; page++) {
      doc.switchToPage(page);
      const margins = doc.page.margins;
      const bottomMargin = margins.bottom;
      margins.bottom = 0;
      const footY = doc.page.height - bottomMargin + size * 1.2;
      const section = this.sections.findLastIndex((start) => start <= page);
      const footer = this.sectionFooters.get(section) ?? this.options.footer;
      if (footer) this.use('italic', size).write(footer, this.left, footY, { width: this.width, align: 'left', lineBreak: false });
      const head = this.runningHeads.get(section);
      if (head && page > (this.sections[section] as number)) {
        this.use('italic', size * 1.15).write(head, this.left, margins.top - size * 2.4, { width: this.width, align: 'left', lineBreak: false });
      }
      const label = this.pageLabel(page, count);
      if (label) this.use('regular', size).write(label, this.left, footY, { width: this.width, align: 'right', lineBreak: false });
      if (this.options.reprintMark) {
        this.use('bold', size * 1.15).write(this.options.reprintMark, this.left, margins.top - size * 2.4, { width: this.width, align: 'right', lineBreak: false });
      }
      margins.bottom = bottomMargin;
    }
    doc.end();
    // pdfkit pushes everything into the stream's buffer synchronously during end(); reading it
    // synchronously keeps rendering a plain function, usable inside one SQLite transaction.
    const chunks: Buffer[] = [];
    for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk);
    const pdf = Buffer.concat(chunks);
    if (!pdf.subarray(-8).toString('latin1').includes('%%EOF')) throw new Error('PDF output was not complete after end()');
    return pdf;
  }

  private pageLabel(page: number, count: number): string | null {
    const section = this.sections.findLastIndex((start) => start <= page);
    if (!this.numbered.has(section)) return null;
    const start = this.sections[section] as number;
    const end = this.sections[section + 1] ?? count;
    return end - start > 1 || this.options.landscape ? formWords.pageOf(page - start + 1, end - start) : null;
  }
}
