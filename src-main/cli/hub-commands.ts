// @runs: main
// `hub init` and `hub add-counter`: the IT officer prepares the office hub with
// the owner's credentials (--url). Neither opens the counter's data folder.
import { addCounter, initHub } from '../hub/init';
import { hubWords } from '../shared/vi/hub';
import type { CliCommand } from './index';

/** --name=value of the arguments, if given. */
function option(args: string[], name: string): string | undefined {
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function hub(_dataDir: string, args: string[]): Promise<number> {
  const [sub] = args;
  const url = option(args, 'url');
  if (!url) {
    console.error(hubWords.cli.missingUrl);
    return 2;
  }
  if (sub === 'init') {
    await initHub(url);
    console.log(hubWords.cli.initialised);
    return 0;
  }
  const counter = Number(option(args, 'counter'));
  if (sub !== 'add-counter' || !Number.isInteger(counter) || counter < 1) return 2;
  const added = await addCounter(url, counter, option(args, 'password'));
  console.log(hubWords.cli.counterAdded(counter, added.role, added.password));
  return 0;
}

export const hubCommands: Record<string, CliCommand> = {
  hub: { usage: hubWords.cli.usage, runOnDataDir: hub },
};
