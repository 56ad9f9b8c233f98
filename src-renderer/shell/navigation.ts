// @runs: renderer
// Lets any screen open a dossier (search results, queue rows, the outcome of an intake).
import { createContext, useContext } from 'react';

export interface Navigation {
  openDossier(dossierId: number): void;
}

export const NavigationContext = createContext<Navigation>({ openDossier: () => undefined });

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
