// @runs: main
import { DomainError, type HandlersOf } from '../api/kit';
import { actorOf } from '../dossiers/store';
import { recordOfficeSettings } from '../hub/office-settings';
import type { Services } from '../services';
import { expectUnchanged, withVersion } from '../settings/version';
import { documentsUi } from '../shared/vi/documents';
import { fieldMessages } from '../shared/vi/fields';
import { qb } from '../db/sql';
import { counterSetting } from '../settings/keys';
import { reportWords } from '../shared/vi/reports';
import type { documentsContract } from './contract';
import type { RegisterScope } from './documents';
import { clockAndDate } from './format';
import { hubRegisterRows } from './office-register';

const DAY_MS = 24 * 60 * 60 * 1000;

/** This counter's dossiers, or the office's: the hub's when the sync engine reaches it, else the replicated copy, saying up to when. */
async function registerScope(services: Services, from: string, to: string, scope: 'counter' | 'office'): Promise<RegisterScope> {
  if (scope === 'counter') return { kind: 'counter', line: reportWords.counterScope(services.settings.get(counterSetting)) };
  const url = services.hub.reachableUrl();
  const hubRows = url ? await hubRegisterRows(url, services.sql, from, to) : null;
  if (hubRows) return { kind: 'office', hubRows, line: reportWords.officeScope };
  const asOf = services.sql.one(qb.selectFrom('hub_state').select('last_exchange_at'))?.last_exchange_at;
  return { kind: 'office', hubRows: null, line: `${reportWords.officeScope} — ${asOf ? reportWords.officeAsOf(clockAndDate(asOf)) : reportWords.officeNeverSynced}` };
}

export function documentsHandlers(services: Services): HandlersOf<typeof documentsContract> {
  const { documents, accounts, audit, sql } = services;
  const clerkId = (ctx: { clerkId: number | null }) => ctx.clerkId as number;
  return {
    'documents.get': ({ documentId }) => {
      const { meta, pdf } = documents.get(documentId);
      return { document: meta, pdfBase64: pdf.toString('base64') };
    },
    'documents.listForDossier': ({ dossierId }) => ({ documents: documents.listForDossier(dossierId) }),
    'documents.print': async ({ documentId, copies }, ctx) => {
      const outcome = await documents.print(documentId, copies ? { copies } : {});
      audit.record('documents.print', ctx, { documentId, printed: outcome.printed });
      return outcome;
    },
    'documents.reprint': async ({ documentId }, ctx) => {
      const { pdf, reprints } = documents.reprint(documentId, clerkId(ctx));
      const { meta } = documents.get(documentId);
      const outcome = await documents.print({ pdf, name: `${meta.kind}-${documentId}-in-lai-${reprints}`, paper: meta.paper, landscape: meta.kind === 'register' });
      return { ...outcome, reprints };
    },
    'documents.renderRegister': async ({ from, to, scope }, ctx) => {
      const span = (Date.parse(to) - Date.parse(from)) / DAY_MS;
      if (span < 0) throw new DomainError('INVALID_INPUT', fieldMessages.rangeReversed, 'to');
      if (span > 366) throw new DomainError('INVALID_INPUT', documentsUi.rangeTooLong, 'to');
      const viewModel = documents.registerModel(from, to, await registerScope(services, from, to, scope ?? 'counter'));
      return { documentId: documents.issue({ dossierId: null, kind: 'register', viewModel, issuedBy: clerkId(ctx) }).documentId };
    },
    'documents.printingSettings': () => withVersion(documents.printingSettings()),
    'documents.updatePrintingSettings': ({ version, ...input }, ctx) =>
      sql.tx(() => {
        expectUnchanged(version, documents.printingSettings());
        const next = documents.updatePrintingSettings({ ...input, printerName: input.printerName ?? '', outputFolder: input.outputFolder ?? '' });
        audit.record('documents.updatePrintingSettings', ctx, { ...next });
        recordOfficeSettings(services, actorOf(ctx));
        return withVersion(next);
      }),
    'documents.printers': async () => ({ printers: await documents.printers() }),
    'documents.sample': (_input, ctx) => {
      const clerk = accounts.list().find((c) => c.id === ctx.clerkId);
      const viewModel = documents.sampleReceipt(clerk?.fullName ?? '');
      return { documentId: documents.issue({ dossierId: null, kind: 'receipt', viewModel, issuedBy: clerkId(ctx) }).documentId };
    },
  };
}
