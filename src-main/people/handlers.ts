// @runs: main
import type { HandlersOf } from '../api/kit';
import { actorOf } from '../dossiers/store';
import { recordOfficeSettings } from '../hub/office-settings';
import type { Services } from '../services';
import type { peopleContract } from './contract';
import { documentTypes, setDocumentTypes } from './document-types';

export function peopleHandlers(services: Services): HandlersOf<typeof peopleContract> {
  const { settings, sql, audit } = services;
  return {
    'people.documentTypes': () => ({ types: documentTypes(settings) }),
    'people.setDocumentTypes': ({ types }, ctx) =>
      sql.tx(() => {
        const stored = setDocumentTypes(settings, types);
        audit.record('people.setDocumentTypes', ctx, { types: stored });
        recordOfficeSettings(services, actorOf(ctx));
        return { types: stored };
      }),
  };
}
