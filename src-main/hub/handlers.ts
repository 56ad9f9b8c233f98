// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import { listConflicts } from './conflicts';
import type { hubContract } from './contract';
import { hubSetting } from './credentials';
import { joinHub } from './join';

/** How long hub.join waits for its first exchange before answering with the progress. */
const JOIN_WAIT_MS = 2_000;

export function hubHandlers(services: Services): HandlersOf<typeof hubContract> {
  return {
    'hub.status': () => services.hub.status(),
    'hub.join': async (input) => {
      await joinHub(services, input);
      // A first join may copy a million dossiers: the answer comes at once, the status shows the progress.
      const exchange = services.hub.syncOnce();
      await Promise.race([exchange, new Promise((settled) => setTimeout(settled, JOIN_WAIT_MS))]);
      return services.hub.status();
    },
    'hub.leave': async () => {
      services.settings.set(hubSetting, null);
      await services.hub.stop();
      return services.hub.status();
    },
    'hub.conflicts': () => ({ conflicts: listConflicts(services.sql) }),
  };
}
