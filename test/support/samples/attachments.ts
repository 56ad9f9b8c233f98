// @runs: test
import { crc32, deflateSync } from 'node:zlib';
import type { attachmentsContract } from '../../../src-main/attachments/contract';
import type { Samples } from './index';

export const attachmentsSamples: Samples<typeof attachmentsContract> = {
  'attachments.list': { dossierId: 1 },
  'attachments.beginUpload': { dossierId: 1, target: 'tk1-ts', fileName: 'to-khai.pdf', size: 1024, head: 'JVBERi0xLjQK', sha256: 'a'.repeat(64) },
  'attachments.uploadChunk': { uploadId: '0123456789abcdef0123456789abcdef', index: 0, data: 'JVBERi0xLjQK' },
  'attachments.finishUpload': { uploadId: '0123456789abcdef0123456789abcdef' },
  'attachments.open': { attachmentId: 1 },
  'attachments.verify': { attachmentId: 1 },
  'attachments.remove': { attachmentId: 1, reason: 'Đính kèm nhầm hồ sơ' },
  'attachments.scannerFiles': {},
  'attachments.attachFromScanner': { dossierId: 1, target: 'tk1-ts', name: 'scan0001.pdf' },
  'attachments.settings': {},
  'attachments.updateSettings': { acceptedKinds: ['pdf', 'jpeg', 'png'], maxMegabytes: 25, scannerFolder: '/home/motcua/May quet' },
};

/** A real PNG (solid colour, valid CRCs) with its resolution in a pHYs chunk. */
export function samplePng(options: { width?: number; height?: number; dpi?: number; colour?: boolean; seed?: number } = {}): Buffer {
  const { width = 40, height = 30, dpi = 300, colour = true, seed = 0 } = options;
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = colour ? 2 : 0;
  const physical = Buffer.alloc(9);
  physical.writeUInt32BE(Math.round(dpi / 0.0254), 0);
  physical.writeUInt32BE(Math.round(dpi / 0.0254), 4);
  physical[8] = 1;
  const pixel = colour ? [30 + (seed % 200), 90, 160] : [128 + (seed % 100)];
  const row = Buffer.from([0, ...Array.from({ length: width }, () => pixel).flat()]);
  const image = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('pHYs', physical), chunk('IDAT', image), chunk('IEND', Buffer.alloc(0))]);
}

/** A small valid PDF of `pages` pages, each with one line of text. */
export function samplePdf(pages = 2, label = 'Ban quet'): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  for (let p = 0; p < pages; p++) {
    const page = objects.length + 1;
    const content = `BT /F1 24 Tf 72 720 Td (${label} ${p + 1}) Tj ET`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${page + 1} 0 R /Resources << /Font << /F1 ${pages * 2 + 3} 0 R >> >> >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(`${page} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
