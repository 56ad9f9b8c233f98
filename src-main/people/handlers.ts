// @runs: main
import { expectUnchanged, withVersion } from '../settings/version';
import type { HandlersOf } from '../api/kit';
import { actorOf } from '../dossiers/store';
import { recordOfficeSettings } from '../hub/office-settings';
import type { Services } from '../services';
import type { peopleContract } from './contract';
import { documentTypes, setDocumentTypes } from './document-types';

export function peopleHandlers(services: Services): HandlersOf<typeof peopleContract> {
  const { settings, sql, audit } = services;
  return {
    'people.documentTypes': () => withVersion({ types: documentTypes(settings) }),
    'people.setDocumentTypes': ({ types, version }, ctx) =>
      sql.tx(() => {
        expectUnchanged(version, { types: documentTypes(settings) });
        const stored = setDocumentTypes(settings, types);
        audit.record('people.setDocumentTypes', ctx, { types: stored });
        recordOfficeSettings(services, actorOf(ctx));
        return withVersion({ types: stored });
      }),
  };
}
