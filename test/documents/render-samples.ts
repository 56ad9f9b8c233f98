// @runs: node-script
// `npx tsx test/documents/render-samples.ts`: every form at A4 and A5 (and both
// form sets where they differ) as PDF and PNG in test/artifacts/documents/, to
// look at them the way a clerk sees the printout.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findResourcesDir, loadFonts } from '../../src-main/documents/layout/fonts';
import { renderDocument } from '../../src-main/documents/render';
import { DOCUMENT_KINDS, type FormSet, type Paper } from '../../src-main/documents/view-models';
import { components, models } from './models';

const out = resolve('test/artifacts/documents');
mkdirSync(out, { recursive: true });
const fonts = loadFonts(findResourcesDir());

function write(name: string, pdf: Buffer): void {
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '80', file, join(out, name)]);
  console.log(`${name}.pdf`);
}

for (const paper of ['A4', 'A5'] as Paper[]) {
  for (const formSet of ['2018', '2025'] as FormSet[]) {
    for (const kind of DOCUMENT_KINDS) {
      if (kind === 'stopNotice' && formSet === '2018') continue;
      write(`${kind}-${paper}-${formSet}`, renderDocument(kind, models[kind], { formSet, paper, fonts }));
    }
  }
  write(`receipt-30-components-${paper}`, renderDocument('receipt', { ...models.receipt, components: components(30) }, { formSet: '2018', paper, fonts, reprintMark: 'BẢN IN LẠI – in lúc 14:05 12/03/2026' }));
}
