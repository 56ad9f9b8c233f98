// @runs: main
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError, type CallContext, type HandlersOf } from '../api/kit';
import { findResourcesDir, loadFonts } from '../documents/layout/fonts';
import type { Services } from '../services';
import { writingTo } from '../services/disk-full';
import { officeSetting } from '../settings/keys';
import { reportWords as w } from '../shared/vi/reports';
import type { ReportRequest, reportsContract } from './contract';
import { reportPdf, reportXlsx } from './export';
import { OfficeReports } from './office';
import { Reports } from './reports';
import { allowedClerkId, reportScopeKey } from './settings';

/** Files up to this size travel back to the renderer; bigger ones are only saved (the API's 2 MB limit). */
const INLINE_BYTES = 2 * 1024 * 1024;

const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' } as const;

export function reportsHandlers(services: Services): HandlersOf<typeof reportsContract> {
  const reports = new Reports(services);
  const office = new OfficeReports(services, () => services.hub.reachableUrl());
  /** The request as this caller may see it (a clerk limited to their own figures, this counter's or the office's). */
  const scoped = (request: ReportRequest, ctx: CallContext): ReportRequest => {
    const clerkId = allowedClerkId(services.settings, ctx, request.clerkId);
    return { period: request.period, ...(clerkId === undefined ? {} : { clerkId }), ...(request.scope ? { scope: request.scope } : {}) };
  };
  const build = (request: ReportRequest, ctx: CallContext) => {
    const allowed = scoped(request, ctx);
    return allowed.scope === 'office' ? office.build(allowed) : reports.build(allowed);
  };
  return {
    'reports.build': (request, ctx) => build(request, ctx),
    'reports.settings': () => services.settings.get(reportScopeKey),
    'reports.updateSettings': (scope, ctx) => {
      services.settings.set(reportScopeKey, scope);
      services.audit.record('reports.updateSettings', ctx, scope);
      return services.settings.get(reportScopeKey);
    },
    'reports.export': async ({ format, ...request }, ctx) => {
      const setup = services.settings.get(officeSetting);
      if (!setup) throw new DomainError('SETUP_REQUIRED');
      const report = await build(request, ctx);
      const bytes = format === 'xlsx' ? reportXlsx(report, setup) : reportPdf(report, setup, loadFonts(findResourcesDir()));
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
