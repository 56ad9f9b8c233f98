// @runs: main
import { DomainError, type HandlersOf } from '../api/kit';
import type { Services } from '../services';
import { counterSetting, idleMinutesSetting, officeSetting } from '../settings/keys';
import type { setupContract } from './contract';

export function appStatus(services: Services) {
  const { clerk, locked } = services.session.state();
  return {
    setupDone: services.settings.get(officeSetting) !== null && services.accounts.count() > 0,
    office: services.settings.get(officeSetting),
    counterNumber: services.settings.get(counterSetting),
    idleMinutes: services.settings.get(idleMinutesSetting),
    clerk,
    locked,
  };
}

export function setupHandlers(services: Services): HandlersOf<typeof setupContract> {
  return {
    'app.status': () => appStatus(services),
    'setup.complete': ({ office, clerk }) => {
      const first = services.sql.tx(() => {
        if (appStatus(services).setupDone) throw new DomainError('SETUP_ALREADY_DONE');
        const { counterNumber, ...officeFields } = office;
        services.settings.set(officeSetting, officeFields);
        services.settings.set(counterSetting, counterNumber);
        const added = services.accounts.add({ ...clerk, role: 'supervisor' });
        services.audit.record('setup.complete', { clerkId: added.id, counter: counterNumber }, { officeCode: office.officeCode });
        return added;
      });
      // The password was hashed a moment ago: checking it again would only double the wait.
      services.session.begin(first.id);
      return appStatus(services);
    },
  };
}
