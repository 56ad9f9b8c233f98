// @runs: main
import { DomainError, type HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { settingsContract } from './contract';
import { actorOf } from '../dossiers/store';
import { hubSetting } from '../hub/credentials';
import { recordOfficeSettings } from '../hub/office-settings';
import { hubWords } from '../shared/vi/hub';
import { counterSetting, idleMinutesSetting, officeSetting } from './keys';
import { expectUnchanged, withVersion } from './version';

export function settingsHandlers(services: Services): HandlersOf<typeof settingsContract> {
  const { settings, sql, audit } = services;
  const read = () => {
    const office = settings.get(officeSetting);
    if (!office) throw new DomainError('SETUP_REQUIRED');
    return { office, counterNumber: settings.get(counterSetting), idleMinutes: settings.get(idleMinutesSetting) };
  };
  return {
    'settings.get': () => withVersion(read()),
    'settings.update': ({ office, idleMinutes, version }, ctx) =>
      sql.tx(() => {
        expectUnchanged(version, read());
        const { counterNumber, ...officeFields } = office;
        // Office-wide ids carry the counter's number: a joined counter keeps its number.
        if (counterNumber !== settings.get(counterSetting) && settings.get(hubSetting)) throw new DomainError('CONFLICT', hubWords.renumberJoined, 'office.counterNumber');
        settings.set(officeSetting, officeFields);
        settings.set(counterSetting, counterNumber);
        settings.set(idleMinutesSetting, idleMinutes);
        audit.record('settings.update', ctx, { officeCode: office.officeCode, counterNumber, idleMinutes });
        recordOfficeSettings(services, actorOf(ctx));
        return withVersion(read());
      }),
  };
}
