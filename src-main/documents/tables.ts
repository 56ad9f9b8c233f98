// @runs: main
// Kysely row types of this feature's tables (migration 0005).
import type { Generated } from 'kysely';
import type { DocumentKind, FormSet, Paper } from './view-models';

export interface DocumentsTable {
  id: Generated<number>;
  dossier_id: number | null;
  kind: DocumentKind;
  form_set: FormSet;
  number: string;
  paper: Paper;
  /** JSON of the view model the PDF was rendered from. */
  inputs: string;
  inputs_sha256: string;
  pdf: Buffer;
  pdf_sha256: string;
  issued_at: string;
  issued_by: number;
  reprints: Generated<number>;
  last_reprinted_at: string | null;
}

export interface DocumentTables {
  documents: DocumentsTable;
}
