// @runs: main
import type { HandlersOf } from '../api/kit';
import { counterOfScope } from '../hub/office-scope';
import type { Services } from '../services';
import type { searchContract } from './contract';
import { DossierSearch } from './dossier-search';

export function searchHandlers(services: Services): HandlersOf<typeof searchContract> {
  const search = new DossierSearch(services);
  return {
    'search.dossiers': ({ query, limit, scope }) => ({ results: search.search(query, limit, counterOfScope(services.settings, scope)) }),
  };
}
