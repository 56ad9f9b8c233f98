// @runs: main
import { DomainError, type CallContext, type HandlersOf } from '../api/kit';
import type { DocumentKind, ViewModels } from '../documents/view-models';
import { actorOf, dossierRow } from '../dossiers/store';
import { dossierApplicant } from '../dossiers/applicant-snapshot';
import { counterOfScope } from '../hub/office-scope';
import type { OfficeScope } from '../hub/scope';
import type { Services } from '../services';
import { vnDate } from '../shared/time';
import { fieldMessages } from '../shared/vi/fields';
import type { queueContract } from './contract';
import { Lifecycle, type ResultItem, type ReturnDetails } from './lifecycle';
import { apologyModel, controlModel, postalHandoverModel, stopNoticeModel } from './papers';
import { queueSettingsKey } from './settings';
import { isLate } from './timing';
import { QueueViews, type ViewScope } from './views';

const PAGE = 50;

export function queueHandlers(services: Services): HandlersOf<typeof queueContract> {
  const lifecycle = new Lifecycle(services);
  const views = new QueueViews(services.sql, services.calendar);

  function scope(range: { from?: string | undefined; to?: string | undefined; scope?: OfficeScope | undefined } = {}): ViewScope {
    const today = vnDate(services.clock.now());
    const from = range.from ?? today;
    const to = range.to ?? from;
    if (to < from) throw new DomainError('INVALID_INPUT', fieldMessages.rangeReversed, 'to');
    const counter = counterOfScope(services.settings, range.scope);
    return { today, dueSoonUntil: services.calendar.addWorkingDays(today, services.settings.get(queueSettingsKey).dueSoonDays), from, to, counter };
  }

  /** Issues and prints a paper after the step is committed: a failure here is reported, not thrown. */
  async function paper<K extends DocumentKind>(dossierId: number, kind: K, build: () => ViewModels[K], ctx: CallContext) {
    try {
      const { documentId } = services.documents.issue({ dossierId, kind, viewModel: build(), issuedBy: actorOf(ctx).clerkId });
      const printed = await services.documents.print(documentId);
      return { documentId, printMessage: printed.message };
    } catch (error) {
      console.error('[queue] paper failed', error);
      return { documentId: null, printMessage: 'Đã lưu thao tác nhưng chưa in được giấy tờ. Hãy in lại từ hồ sơ.' };
    }
  }

  const clerkName = (ctx: CallContext) => services.accounts.get(actorOf(ctx).clerkId).fullName;

  return {
    'queue.list': ({ view, cursor, limit, from, to, scope: chosen }) => {
      const s = scope({ from, to, scope: chosen });
      return { ...views.page(view, s, limit ?? PAGE, cursor), count: views.count(view, s), today: s.today, dueSoonDays: services.settings.get(queueSettingsKey).dueSoonDays };
    },
    'queue.counts': (range) => {
      const s = scope(range);
      return { counts: views.counts(s), today: s.today };
    },
    'queue.stats': ({ from, to, scope: chosen }) => {
      const s = scope({ from, to, scope: chosen });
      return views.stats(from, to, s.counter);
    },
    'queue.dossier': ({ dossierId }) => {
      const row = dossierRow(services.sql, dossierId);
      const s = scope();
      return {
        department: row.department,
        handedOverAt: row.handed_over_at,
        resultReceivedAt: row.result_received_at,
        resultItems: row.result_items ? (JSON.parse(row.result_items) as ResultItem[]) : [],
        returnedAt: row.returned_at,
        returnDetails: row.return_details ? (JSON.parse(row.return_details) as ReturnDetails) : null,
        dueDate: row.due_date,
        dueAt: row.due_at,
        extendedDueAt: row.extended_due_at,
        extensionCount: row.extension_count,
        currentDueDate: row.current_due_date,
        ...views.urgencyOf(row.state, row.current_due_date, row.time_limit_unit, s),
        late: isLate(row, s.today),
        timing: row.return_timing,
      };
    },
    'queue.handOver': async ({ dossierId, department, receiverName }, ctx) => {
      lifecycle.handOver(dossierId, { department, receiverName }, actorOf(ctx));
      return paper(dossierId, 'control', () => controlModel(services, dossierId), ctx);
    },
    'queue.requestSupplement': ({ dossierId, reason }, ctx) => {
      lifecycle.requestSupplement(dossierId, { reason }, actorOf(ctx));
      return { ok: true };
    },
    'queue.receiveSupplement': ({ dossierId, documents }, ctx) => {
      lifecycle.receiveSupplement(dossierId, { documents }, actorOf(ctx));
      return { ok: true };
    },
    'queue.receiveResult': ({ dossierId, resultNumber, items, deliveredBy }, ctx) => {
      lifecycle.receiveResult(dossierId, { resultNumber, items, deliveredBy }, actorOf(ctx));
      return { ok: true };
    },
    'queue.returnResult': async ({ dossierId, delivery }, ctx) => {
      const applicantName = () => dossierApplicant(services.sql, dossierId).fullName;
      const details = lifecycle.returnResult(dossierId, delivery, actorOf(ctx), applicantName);
      if (details.method !== 'post') return { documentId: null, printMessage: '' };
      return paper(dossierId, 'postalHandover', () => postalHandoverModel(services, dossierId, clerkName(ctx), details), ctx);
    },
    'queue.stop': async ({ dossierId, kind, reason }, ctx) => {
      lifecycle.stop(dossierId, { kind, reason }, actorOf(ctx));
      // The stop notice exists only in the 2025 form set.
      if (services.documents.printingSettings().formSet !== '2025') return { documentId: null, printMessage: '' };
      return paper(dossierId, 'stopNotice', () => stopNoticeModel(services, dossierId, reason), ctx);
    },
    'queue.apologise': async ({ dossierId, reason, newDueDate }, ctx) => {
      const apology = lifecycle.apologise(dossierId, { reason, newDueDate }, actorOf(ctx));
      const printed = await paper(dossierId, 'apology', () => apologyModel(services, dossierId, { reason, ...apology }), ctx);
      return { ...printed, newDueAt: apology.newDueAt };
    },
    'queue.controlSheet': ({ dossierId }, ctx) => {
      dossierRow(services.sql, dossierId);
      return paper(dossierId, 'control', () => controlModel(services, dossierId), ctx);
    },
    'queue.settings': () => services.settings.get(queueSettingsKey),
    'queue.updateSettings': (input) => {
      const next = {
        departments: input.departments,
        dueSoonDays: input.dueSoonDays,
        postOffice: input.postOffice,
        signer: { title: input.signer.title, onBehalf: input.signer.onBehalf ?? '', name: input.signer.name ?? '' },
      };
      services.settings.set(queueSettingsKey, next);
      return next;
    },
  };
}
