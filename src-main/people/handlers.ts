// @runs: main
import type { HandlersOf } from '../api/kit';
import { actorOf } from '../dossiers/store';
import { recordOfficeSettings } from '../hub/office-settings';
import type { Services } from '../services';
import { expectUnchanged, withVersion } from '../settings/version';
import type { peopleContract } from './contract';
import { documentTypes, setDocumentTypes } from './document-types';

export function peopleHandlers(services: Services): HandlersOf<typeof peopleContract> {
  const { settings, sql, audit } = services;
  /** What the identity document types' form reads (its version is taken over this). */
  const typesRead = () => ({ types: documentTypes(settings) });
  return {
    'people.documentTypes': () => withVersion(typesRead()),
    'people.setDocumentTypes': ({ types, version }, ctx) =>
      sql.tx(() => {
        expectUnchanged(version, typesRead());
        const stored = setDocumentTypes(settings, types);
        audit.record('people.setDocumentTypes', ctx, { types: stored });
        recordOfficeSettings(services, actorOf(ctx));
        return withVersion({ types: stored });
      }),
  };
}
