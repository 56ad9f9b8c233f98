// @runs: main
import { DomainError, type CallContext, type HandlersOf } from '../api/kit';
import type { Services } from '../services';
import { vnDate } from '../shared/time';
import type { endOfDayContract } from './contract';

export function endOfDayHandlers(services: Services): HandlersOf<typeof endOfDayContract> {
  const eod = services.endOfDay;

  function who(ctx: CallContext) {
    if (ctx.clerkId === null || ctx.counter === null) throw new DomainError('NOT_SIGNED_IN');
    return { clerkId: ctx.clerkId, counter: ctx.counter };
  }

  function sendingView() {
    return { ...eod.sendingSettings(), ...eod.publicKey() };
  }

  return {
    'endOfDay.status': ({ date }, ctx) => eod.status(who(ctx).counter, date ?? vnDate(services.clock.now())),
    'endOfDay.close': ({ date, confirmOpenItems }, ctx) => {
      eod.close(who(ctx), date, confirmOpenItems);
      return eod.status(who(ctx).counter, date);
    },
    'endOfDay.reopen': ({ date, reason }, ctx) => {
      eod.reopen(who(ctx), date, reason);
      return eod.status(who(ctx).counter, date);
    },
    'endOfDay.correct': (input, ctx) => eod.correct(who(ctx), input),
    'endOfDay.export': async ({ date }, ctx) => {
      const result = await eod.exportDay(who(ctx).counter, date);
      return { packageName: result.packageName, revision: result.revision, folder: result.folder, counts: result.manifest.counts, outbox: result.outbox };
    },
    'endOfDay.outbox': () => ({ items: eod.outbox.items() }),
    'endOfDay.sendNow': async ({ id }) => {
      const pass = await eod.processOutbox(services.clock.now(), id === undefined ? { all: true } : { id });
      return { ...pass, items: eod.outbox.items() };
    },
    'endOfDay.sendingSettings': () => sendingView(),
    'endOfDay.updateSendingSettings': (input, ctx) => {
      eod.updateSendingSettings(input, who(ctx));
      return sendingView();
    },
  };
}
