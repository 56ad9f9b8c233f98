// @runs: main
import type { HandlersOf } from '../api/kit';
import { actorOf } from '../dossiers/store';
import type { Services } from '../services';
import { folderSetting } from '../settings/folders';
import { Lifecycle } from '../queue/lifecycle';
import { counterUnit } from '../queue/papers';
import { counterSetting } from '../settings/keys';
import { expectUnchanged, withVersion } from '../settings/version';
import { toVnIso } from '../shared/time';
import { listClerkClashes } from './clerks';
import { conflictDetail, listConflicts, settleConflict } from './conflicts';
import type { hubContract } from './contract';
import { hubSetting } from './credentials';
import { joinHub } from './join';
import { officeDay } from './office-day';
import { officeSettingHistory, recordOfficeSettings } from './office-settings';
import { sharedScansFolderSetting } from './scan-folder';

/** How long hub.join waits for its first exchange before answering with the progress. */
const JOIN_WAIT_MS = 2_000;

export function hubHandlers(services: Services): HandlersOf<typeof hubContract> {
  const lifecycle = new Lifecycle(services);
  /** What the shared scans folder's form reads (its version is taken over this). */
  const scanFolder = () => ({ folder: services.settings.get(sharedScansFolderSetting) });
  return {
    'hub.status': () => services.hub.status(),
    'hub.join': async (input, ctx) => {
      await joinHub(services, input);
      // A first join may copy a million dossiers: the answer comes within JOIN_WAIT_MS, the status shows the progress.
      const exchange = services.hub.syncOnce().then(async () => {
        // The office's settings the hub does not hold yet are this counter's: the first counter to join configures the
        // office. Only after a full exchange: otherwise this counter's setup could override the office's values.
        if (!services.hub.status().connected) return;
        services.sql.tx(() => recordOfficeSettings(services, actorOf(ctx)));
        await services.hub.syncOnce();
      }).catch((error: unknown) => console.error('[hub] recording the office settings after joining failed', error));
      await Promise.race([exchange, new Promise((settled) => setTimeout(settled, JOIN_WAIT_MS))]);
      return services.hub.status();
    },
    'hub.leave': async () => {
      services.settings.set(hubSetting, null);
      await services.hub.stop();
      return services.hub.status();
    },
    'hub.clerkClashes': () => ({ clashes: listClerkClashes(services.sql) }),
    'hub.scanFolder': () => withVersion(scanFolder()),
    'hub.setScanFolder': ({ folder, version }, ctx) =>
      services.sql.tx(() => {
        expectUnchanged(version, scanFolder());
        services.settings.set(sharedScansFolderSetting, folder && folderSetting(folder, 'sharedScans', 'folder'));
        services.audit.record('hub.setScanFolder', ctx, { folder });
        recordOfficeSettings(services, actorOf(ctx));
        return withVersion(scanFolder());
      }),
    'hub.settingHistory': ({ key }) => ({ changes: officeSettingHistory(services.sql, key) }),
    'hub.conflicts': ({ dossierId }) => ({ conflicts: listConflicts(services.sql, dossierId) }),
    'hub.conflict': ({ changeId }) => conflictDetail(services.sql, changeId, counterUnit(services)),
    'hub.settleConflict': (input, ctx) => {
      const conflict = settleConflict({ sql: services.sql, lifecycle, now: toVnIso(services.clock.now()) }, input, actorOf(ctx));
      // Sent at once when the hub is there; otherwise it waits in the outbox like any action.
      void services.hub.syncOnce();
      return { conflict };
    },
    'hub.officeDay': ({ day }) => ({ counters: officeDay(services.sql, services.settings.get(counterSetting), day) }),
  };
}
