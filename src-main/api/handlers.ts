// @runs: main
// One Handlers value for the whole contract, composed from each feature's handlers.
import { calendarHandlers } from '../calendar/handlers';
import { catalogueHandlers } from '../catalogue/handlers';
import { clerksHandlers } from '../clerks/handlers';
import { documentsHandlers } from '../documents/handlers';
import { dossiersHandlers } from '../dossiers/handlers';
import { peopleHandlers } from '../people/handlers';
import { satisfactionHandlers } from '../satisfaction/handlers';
import { attachmentsHandlers } from '../attachments/handlers';
import { searchHandlers } from '../search/handlers';
import { queueHandlers } from '../queue/handlers';
import type { Services } from '../services';
import { endOfDayHandlers } from '../end-of-day/handlers';
import { backupHandlers } from '../backup/handlers';
import { reportsHandlers } from '../reports/handlers';
import { settingsHandlers } from '../settings/handlers';
import { setupHandlers } from '../setup/handlers';
import { hubHandlers } from '../hub/handlers';
import type { Contract } from './contract';
import type { HandlersOf } from './kit';

export type Handlers = HandlersOf<Contract>;

export function createHandlers(services: Services): Handlers {
  return {
    ...setupHandlers(services),
    ...clerksHandlers(services),
    ...settingsHandlers(services),
    ...catalogueHandlers(services),
    ...calendarHandlers(services),
    ...documentsHandlers(services),
    ...dossiersHandlers(services),
    ...peopleHandlers(services),
    ...queueHandlers(services),
    ...searchHandlers(services),
    ...attachmentsHandlers(services),
    ...satisfactionHandlers(services),
    ...endOfDayHandlers(services),
    ...backupHandlers(services),
    ...reportsHandlers(services),
    ...hubHandlers(services),
  };
}
