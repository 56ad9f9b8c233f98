// @runs: main
// One Handlers value for the whole contract, composed from each feature's handlers.
import { clerksHandlers } from '../clerks/handlers';
import type { Services } from '../services';
import { settingsHandlers } from '../settings/handlers';
import { setupHandlers } from '../setup/handlers';
import type { Contract } from './contract';
import type { HandlersOf } from './kit';

export type Handlers = HandlersOf<Contract>;

export function createHandlers(services: Services): Handlers {
  return {
    ...setupHandlers(services),
    ...clerksHandlers(services),
    ...settingsHandlers(services),
  };
}
