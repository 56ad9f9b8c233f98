// @runs: main
import { DomainError, type CallContext, type HandlersOf } from '../api/kit';
import type { DocumentKind, ViewModels } from '../documents/view-models';
import { directoryConflict, lookupApplicants } from '../people/applicants';
import type { Services } from '../services';
import { asDiskFull } from '../services/disk-full';
import { officeSetting } from '../settings/keys';
import { toVnIso } from '../shared/time';
import { intakeMessages as m } from '../shared/vi/intake';
import type { dossiersContract } from './contract';
import { correctDossier } from './corrections';
import { discardDraft, listDrafts, loadDraft, saveDraft } from './drafts';
import { Intake } from './intake';
import { guidanceModel, receiptAndHandoverModel, receiptModel, refusalModel, type PaperContext } from './paperwork';
import { dossierDetail, pendingGuidance } from './queries';
import { actorOf } from './store';

export function dossiersHandlers(services: Services): HandlersOf<typeof dossiersContract> {
  const intake = new Intake(services);

  function paperContext(ctx: CallContext): PaperContext {
    const office = services.settings.get(officeSetting);
    if (!office || ctx.clerkId === null) throw new DomainError('SETUP_REQUIRED');
    return { office, clerkName: services.accounts.get(ctx.clerkId).fullName };
  }

  /** Issues and prints the decision's paper. The decision is already committed: a failure here is reported, not thrown. */
  async function paper<K extends DocumentKind>(dossierId: number, kind: K, viewModel: ViewModels[K], ctx: CallContext) {
    try {
      const { documentId } = services.documents.issue({ dossierId, kind, viewModel, issuedBy: actorOf(ctx).clerkId });
      const printed = await services.documents.print(documentId);
      return { documentId, printMessage: printed.message };
    } catch (error) {
      console.error('[intake] paper failed', error);
      const reason = asDiskFull(error, 'data', services.dataDir);
      const diskFull = reason instanceof DomainError && reason.code === 'DISK_FULL' ? ` ${reason.message}` : '';
      return { documentId: null, printMessage: `${m.paperNotPrinted}${diskFull}` };
    }
  }

  return {
    'applicants.lookup': ({ query }) => ({ applicants: lookupApplicants(services.sql, query) }),
    'intake.accept': async ({ form, draftId, guidanceDossierId, updateDirectory }, ctx) => {
      const decided = intake.accept(form, actorOf(ctx), { draftId, guidanceDossierId, updateDirectory });
      const printed = await paper(decided.dossierId, 'receipt', receiptModel(decided, form, paperContext(ctx)), ctx);
      return { dossierId: decided.dossierId, code: decided.code ?? '', dueAt: decided.dueAt, timeLimitDays: decided.timeLimitDays, timeLimitUnit: decided.timeLimitUnit, ...printed };
    },
    'intake.issueGuidance': async ({ form, reason, draftId, guidanceDossierId, updateDirectory }, ctx) => {
      const decided = intake.issueGuidance(form, reason, actorOf(ctx), { draftId, guidanceDossierId, updateDirectory });
      return { dossierId: decided.dossierId, ...(await paper(decided.dossierId, 'guidance', guidanceModel(decided, reason, paperContext(ctx)), ctx)) };
    },
    'intake.refuse': async ({ form, reasons, draftId, guidanceDossierId, updateDirectory }, ctx) => {
      const decided = intake.refuse(form, reasons, actorOf(ctx), { draftId, guidanceDossierId, updateDirectory });
      return { dossierId: decided.dossierId, ...(await paper(decided.dossierId, 'refusal', refusalModel(decided, reasons, paperContext(ctx)), ctx)) };
    },
    'intake.resolveOnTheSpot': async ({ form, resultNumber, receiverName, draftId, guidanceDossierId, updateDirectory }, ctx) => {
      const result = { resultNumber, receiverName };
      const decided = intake.resolveOnTheSpot(form, result, actorOf(ctx), { draftId, guidanceDossierId, updateDirectory });
      const model = receiptAndHandoverModel(decided, form, result, paperContext(ctx));
      return { dossierId: decided.dossierId, code: decided.code ?? '', ...(await paper(decided.dossierId, 'receiptAndHandover', model, ctx)) };
    },
    'intake.pendingGuidance': ({ query }) => ({ dossiers: pendingGuidance(services.sql, query) }),
    'intake.saveDraft': ({ draftId, content }, ctx) => ({ draftId: saveDraft(services.sql, actorOf(ctx).clerkId, draftId, content, toVnIso(services.clock.now())) }),
    'intake.drafts': (_input, ctx) => ({ drafts: listDrafts(services.sql, actorOf(ctx).clerkId) }),
    'intake.loadDraft': ({ draftId }, ctx) => ({ content: loadDraft(services.sql, actorOf(ctx).clerkId, draftId) }),
    'intake.discardDraft': ({ draftId }, ctx) => {
      discardDraft(services.sql, draftId, actorOf(ctx).clerkId, ctx.role === 'supervisor');
      return { ok: true };
    },
    'dossiers.get': ({ dossierId }) => dossierDetail(services, dossierId),
    'applicants.conflict': ({ applicant }) => ({ conflict: directoryConflict(services.sql, applicant) }),
    'dossiers.correct': (input, ctx) => correctDossier(services.sql, actorOf(ctx), input, toVnIso(services.clock.now())),
  };
}
