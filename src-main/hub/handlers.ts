// @runs: main
import type { HandlersOf } from '../api/kit';
import { actorOf } from '../dossiers/store';
import { Lifecycle } from '../queue/lifecycle';
import type { Services } from '../services';
import { counterSetting } from '../settings/keys';
import { toVnIso } from '../shared/time';
import { conflictDetail, listConflicts, settleConflict } from './conflicts';
import type { hubContract } from './contract';
import { hubSetting } from './credentials';
import { joinHub } from './join';
import { officeDay } from './office-day';

export function hubHandlers(services: Services): HandlersOf<typeof hubContract> {
  const lifecycle = new Lifecycle(services);
  return {
    'hub.status': () => services.hub.status(),
    'hub.join': async (input) => {
      await joinHub(services, input);
      await services.hub.syncOnce();
      return services.hub.status();
    },
    'hub.leave': async () => {
      services.settings.set(hubSetting, null);
      await services.hub.stop();
      return services.hub.status();
    },
    'hub.conflicts': ({ dossierId }) => ({ conflicts: listConflicts(services.sql, dossierId) }),
    'hub.conflict': ({ changeId }) => conflictDetail(services.sql, changeId),
    'hub.settleConflict': (input, ctx) => {
      const conflict = settleConflict({ sql: services.sql, lifecycle, now: toVnIso(services.clock.now()) }, input, actorOf(ctx));
      // Sent at once when the hub is there; otherwise it waits in the outbox like any action.
      void services.hub.syncOnce();
      return { conflict };
    },
    'hub.officeDay': ({ day }) => ({ counters: officeDay(services.sql, services.settings.get(counterSetting), day) }),
  };
}
