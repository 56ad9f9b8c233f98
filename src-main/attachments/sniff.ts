// @runs: main
// What a scanned file really is, from its first bytes (a ".pdf" name proves
// nothing), and what Circular 01/2023 asks of a scan that the bytes can tell:
// pages of a PDF, resolution and colour of an image.
import type { ScanMime } from './tables';

export type ScanKind = 'pdf' | 'jpeg' | 'png';

export const mimeOf: Record<ScanKind, ScanMime> = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' };
export const extensionOf: Record<ScanKind, string> = { pdf: 'pdf', jpeg: 'jpg', png: 'png' };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function sniff(bytes: Buffer): ScanKind | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  return null;
}

export interface ScanFacts {
  pages: number | null;
  dpi: number | null;
  colour: boolean | null;
}

export function scanFacts(kind: ScanKind, bytes: Buffer): ScanFacts {
  if (kind === 'pdf') return { pages: pdfPages(bytes), dpi: null, colour: null };
  return { pages: 1, ...(kind === 'png' ? pngFacts(bytes) : jpegFacts(bytes)) };
}

/** Page objects ("/Type /Page", not "/Pages"), in one native search pass: no 20 MB string is built. Null when compressed object streams hide them. */
function pdfPages(bytes: Buffer): number | null {
  let count = 0;
  for (let at = bytes.indexOf('/Page'); at !== -1; at = bytes.indexOf('/Page', at + 5)) {
    const next = bytes[at + 5];
    if (next !== undefined && /[A-Za-z]/.test(String.fromCharCode(next))) continue;
    if (/\/Type\s*$/.test(bytes.toString('latin1', Math.max(0, at - 8), at))) count += 1;
  }
  return count || null;
}

function pngFacts(bytes: Buffer): { dpi: number | null; colour: boolean | null } {
  // IHDR is always first: colour type at byte 25 (0 grey, 4 grey+alpha; 2, 3, 6 colour).
  const colourType = bytes[25];
  const colour = colourType === undefined ? null : colourType === 2 || colourType === 3 || colourType === 6;
  let dpi: number | null = null;
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'pHYs' && at + 17 <= bytes.length && bytes[at + 16] === 1) dpi = Math.round(bytes.readUInt32BE(at + 8) * 0.0254);
    if (type === 'IDAT' || type === 'IEND') break;
    at += 12 + length;
  }
  return { dpi, colour };
}

function jpegFacts(bytes: Buffer): { dpi: number | null; colour: boolean | null } {
  let dpi: number | null = null;
  let colour: boolean | null = null;
  for (let at = 2; at + 4 <= bytes.length && bytes[at] === 0xff; ) {
    const marker = bytes[at + 1] as number;
    const length = bytes.readUInt16BE(at + 2);
    if (marker === 0xe0 && bytes.toString('latin1', at + 4, at + 9) === 'JFIF\0') {
      const units = bytes[at + 11];
      const density = bytes.readUInt16BE(at + 12);
      dpi = units === 1 ? density : units === 2 ? Math.round(density * 2.54) : null;
    }
    // Start of frame (C0–CF except C4 DHT, C8 JPG, CC DAC): component count 1 = greyscale.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      colour = bytes[at + 9] !== 1;
      break;
    }
    at += 2 + length;
  }
  return { dpi, colour };
}
