// @runs: main
// close-day | export | send for the IT officer's scheduled tasks: close the
// counter's day, write its signed package, push the outbox once. No prompts;
// 0 done, 1 failed (or something still waiting to be sent), 2 wrong usage.
import { isAbsolute, resolve } from 'node:path';
import { DomainError } from '../api/kit';
import type { Services } from '../services';
import { counterSetting, officeSetting } from '../settings/keys';
import { vnDate } from '../shared/time';
import { endOfDayCli as t } from '../shared/vi/end-of-day';
import { errorMessages } from '../shared/vi/errors';
import type { CliCommand } from './index';

interface Options {
  date?: string;
  out?: string;
  confirmOpen: boolean;
}

/** --date=YYYY-MM-DD, --out=FOLDER, --confirm-open; anything else is wrong usage. */
function parse(args: string[], allowed: (keyof Options)[]): Options | null {
  const options: Options = { confirmOpen: false };
  for (const arg of args) {
    const [flag, value] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag === '--date' && allowed.includes('date') && value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) options.date = value;
    else if (flag === '--out' && allowed.includes('out') && value) options.out = isAbsolute(value) ? value : resolve(value);
    else if (flag === '--confirm-open' && allowed.includes('confirmOpen') && value === undefined) options.confirmOpen = true;
    else return null;
  }
  return options;
}

/** Runs a step, turning the app's expected refusals into one Vietnamese line and exit code 1. */
async function guarded(step: () => Promise<number> | number): Promise<number> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(error.message === error.code ? errorMessages[error.code] : error.message);
    return 1;
  }
}

function context(services: Services, options: Options) {
  if (!services.settings.get(officeSetting)) throw new DomainError('SETUP_REQUIRED');
  return { counter: services.settings.get(counterSetting), day: options.date ?? vnDate(services.clock.now()) };
}

export const endOfDayCommands: Record<string, CliCommand> = {
  'close-day': {
    usage: t.closeUsage,
    run: (services, args) => {
      const options = parse(args, ['date', 'confirmOpen']);
      if (!options) return usage('close-day', t.closeUsage);
      return guarded(() => {
        const { counter, day } = context(services, options);
        const eod = services.endOfDay;
        if (eod.closure.closure(counter, day)?.status === 'closed') {
          console.log(t.alreadyClosed(day));
          return 0;
        }
        const open = eod.closure.openItems(counter, day);
        const lines = [
          ...open.drafts.map((d) => t.openDraft(d.clerkName, d.updatedAt)),
          ...open.withoutReceipt.map((d) => t.openWithoutReceipt(d.code, d.applicantName)),
          ...open.resultsNotReturned.map((d) => t.openNotReturned(d.code, d.applicantName)),
        ];
        if (lines.length && !options.confirmOpen) {
          console.error([t.openItems(day, lines.length), ...lines.map((l) => `  - ${l}`)].join('\n'));
          return 1;
        }
        const { revision } = eod.close({ clerkId: null, counter }, day, options.confirmOpen);
        console.log(t.closed(day, revision, lines.length));
        return 0;
      });
    },
  },
  export: {
    usage: t.exportUsage,
    run: (services, args) => {
      const options = parse(args, ['date', 'out']);
      if (!options) return usage('export', t.exportUsage);
      return guarded(async () => {
        const { counter, day } = context(services, options);
        const done = await services.endOfDay.exportDay(counter, day, options.out ? { out: options.out } : {});
        console.log(t.exported(done.packageName, done.folder, done.manifest.counts.dossiers, done.manifest.counts.registerRows));
        if (done.copiedTo) console.log(t.copied(done.copiedTo));
        console.log(done.outbox ? t.queued(done.outbox.target) : t.noDestination);
        return 0;
      });
    },
  },
  send: {
    usage: t.sendUsage,
    run: async (services, args) => {
      if (args.length) return usage('send', t.sendUsage);
      const eod = services.endOfDay;
      const pass = await eod.processOutbox(services.clock.now(), { all: true });
      for (const item of eod.outbox.items()) {
        console.log(t.item(item.packageName, item.state, item.attempts, item.lastError));
      }
      const failing = eod.outbox.failing();
      console.log(t.sent(pass.sent, failing));
      return failing === 0 ? 0 : 1;
    },
  },
};

function usage(name: string, line: string): number {
  console.error(t.usage(name, line));
  return 2;
}
