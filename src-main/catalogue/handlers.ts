// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import { vnDate } from '../shared/time';
import type { catalogueContract } from './contract';

export function catalogueHandlers(services: Services): HandlersOf<typeof catalogueContract> {
  const { catalogue, audit, sql, clock } = services;
  return {
    'catalogue.search': ({ query, limit }) => ({ results: catalogue.search(query, limit) }),
    'catalogue.list': () => ({ procedures: catalogue.list() }),
    'catalogue.get': ({ procedureId }) => ({ procedure: catalogue.detail(procedureId) }),
    'catalogue.import': ({ text }, ctx) =>
      sql.tx(() => {
        const report = catalogue.importCatalogue(text, ctx.clerkId);
        if (report.imported) audit.record('catalogue.import', ctx, { added: report.added, changed: report.changed, unchanged: report.unchanged });
        return report;
      }),
    'catalogue.export': () => ({ fileName: `danh-muc-thu-tuc-${vnDate(clock.now())}.json`, text: catalogue.exportCatalogue() }),
    'catalogue.update': ({ procedureId, changes, changeNote }, ctx) =>
      sql.tx(() => {
        const version = catalogue.update(procedureId, changes, ctx.clerkId as number, changeNote);
        audit.record('catalogue.update', ctx, { procedureId, version: version.version });
        return { version };
      }),
  };
}
