// @runs: node-script
// Papers are printed while the citizen waits: the receipt (Mẫu 01, two copies)
// must render in ≤ 60 ms warm and cost at most 1.3× bare pdfkit writing the same
// text in the same fonts; the register of 1,000 dossiers in under 2 s.
import PDFDocument from 'pdfkit';
import { findResourcesDir, loadFonts, type FontFiles } from '../src-main/documents/layout/fonts';
import type { TextTrace } from '../src-main/documents/layout/layout';
import { renderDocument } from '../src-main/documents/render';
import { models, registerRows } from '../test/documents/models';
import { figure, millisecondsSince, percentile, type Figure } from './report';

const RUNS = 40;

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return millisecondsSince(start);
}

/** Medians of two tasks timed alternately, so both see the same machine load. */
function paired(a: () => void, b: () => void, runs: number): [number, number] {
  for (let i = 0; i < 5; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(time(a));
    bs.push(time(b));
  }
  return [percentile(as, 50), percentile(bs, 50)];
}

/** The same text calls, fonts and positions, straight into pdfkit: the floor any layout engine stands on. */
function barePdfkit(fonts: FontFiles, trace: TextTrace[]): Buffer {
  const doc = new PDFDocument({ size: 'A4', margin: 0, bufferPages: true });
  for (const [style, font] of Object.entries(fonts)) doc.registerFont(style, font as unknown as Buffer);
  for (const t of trace) {
    doc.font(t.style).fontSize(t.size);
    if (t.x === undefined) doc.text(t.text, t.options);
    else doc.text(t.text, t.x, t.y, t.options);
  }
  doc.end();
  const chunks: Buffer[] = [];
  for (let c = doc.read() as Buffer | null; c !== null; c = doc.read() as Buffer | null) chunks.push(c);
  return Buffer.concat(chunks);
}

export function benchDocuments(): Figure[] {
  const fonts = loadFonts(findResourcesDir());
  const ctx = { formSet: '2025' as const, paper: 'A4' as const, fonts };

  const trace: TextTrace[] = [];
  renderDocument('receipt', models.receipt, { ...ctx, trace });
  const [receipt, bare] = paired(
    () => renderDocument('receipt', models.receipt, ctx),
    () => barePdfkit(fonts, trace),
    RUNS,
  );
  const ratio = receipt / bare;

  const register = { ...models.register, rows: registerRows(1000) };
  renderDocument('register', register, ctx);
  const registerMs = percentile(
    Array.from({ length: 5 }, () => time(() => renderDocument('register', register, ctx))),
    50,
  );

  return [
    figure('receipt Mẫu 01 (2 copies, A4) warm, median of 40 (timed alternately with bare pdfkit)', receipt, 'ms', '≤ 60 ms', receipt <= 60),
    figure(`bare pdfkit writing the same ${trace.length} text runs in the same fonts, median of 40`, bare, 'ms', 'reference', true),
    figure('receipt ÷ bare pdfkit', ratio, '×', '≤ 1.3×', ratio <= 1.3),
    figure('register Mẫu 07 of 1,000 dossiers (A4 landscape), median of 5', registerMs, 'ms', '< 2000 ms', registerMs < 2000),
  ];
}
