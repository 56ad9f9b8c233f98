// @runs: main
// unlock-account: the way out when the office's only supervisor is locked out
// after too many wrong passwords, since only a supervisor unlocks in Cài đặt.
// Whoever runs it has the data folder already; the audit log says it was done here.
import type { Services } from '../services';
import { counterSetting } from '../settings/keys';
import { accountCli as t } from '../shared/vi/sign-in';
import type { CliCommand } from './index';

/** Takes one user name; 0 unlocked (or was not locked), 1 no such clerk, 2 wrong usage. */
function unlockAccount(services: Services, args: string[]): number {
  const [typed, ...extra] = args;
  if (!typed || extra.length > 0) return 2;
  const username = typed.trim().toLowerCase();
  const clerk = services.accounts.findByUsername(username);
  if (!clerk) {
    console.error(t.unknownUser(username));
    return 1;
  }
  services.sql.tx(() => {
    services.throttle.unlock(username);
    services.audit.record('clerks.unlockAccount', { clerkId: null, counter: services.settings.get(counterSetting) }, { clerkId: clerk.id, username, via: 'cli' });
  });
  console.log(t.unlocked(username));
  return 0;
}

export const accountCommands: Record<string, CliCommand> = {
  'unlock-account': { usage: t.unlockUsage, run: unlockAccount },
};
