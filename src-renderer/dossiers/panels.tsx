// @runs: renderer
// Extra panels of the dossier view, shown between its papers and its history.
// Other features add theirs here (e.g. the attachments panel of digitisation):
// append the component to the list; the view passes the dossier's id and state.
import type { ComponentType } from 'react';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { ConflictPanel } from '../hub/ConflictPanel';

export interface DossierPanelProps {
  dossierId: number;
  state: string;
}

export const dossierPanels: ComponentType<DossierPanelProps>[] = [ConflictPanel, AttachmentsPanel];
