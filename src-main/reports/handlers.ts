// @runs: main
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError, type HandlersOf } from '../api/kit';
import { findResourcesDir, loadFonts } from '../documents/layout/fonts';
import type { Services } from '../services';
import { writingTo } from '../services/disk-full';
import { officeSetting } from '../settings/keys';
import { reportWords as w } from '../shared/vi/reports';
import type { reportsContract } from './contract';
import { reportPdf, reportXlsx } from './export';
import { Reports } from './reports';

/** Files up to this size travel back to the renderer; bigger ones are only saved (the API's 2 MB limit). */
const INLINE_BYTES = 2 * 1024 * 1024;

const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' } as const;

export function reportsHandlers(services: Services): HandlersOf<typeof reportsContract> {
  const reports = new Reports(services);
  return {
    'reports.build': (request) => reports.build(request),
    'reports.export': async ({ format, ...request }) => {
      const office = services.settings.get(officeSetting);
      if (!office) throw new DomainError('SETUP_REQUIRED');
      const report = reports.build(request);
      const bytes = format === 'xlsx' ? reportXlsx(report, office) : reportPdf(report, office, loadFonts(findResourcesDir()));
      const fileName = w.fileName(report.period.from, report.period.to, format);
      const folder = join(services.dataDir, 'reports');
      const savedTo = join(folder, fileName);
      writingTo('reports', folder, () => {
        mkdirSync(folder, { recursive: true });
        writeFileSync(savedTo, bytes);
      });
      const inline = bytes.length <= INLINE_BYTES;
      return { fileName, mimeType: MIME[format], bytes: bytes.length, base64: inline ? bytes.toString('base64') : null, savedTo, message: w.savedTo(savedTo) };
    },
  };
}
