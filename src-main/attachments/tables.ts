// @runs: main
// Kysely row types of this feature's tables (migration 0008).
import type { Generated } from 'kysely';

export type ScanMime = 'application/pdf' | 'image/jpeg' | 'image/png';

export interface AttachmentsTable {
  id: Generated<number>;
  dossier_id: number;
  target: string;
  file_name: string;
  mime_type: ScanMime;
  size: number;
  sha256: string;
  pages: number | null;
  dpi: number | null;
  colour: 0 | 1 | null;
  source: 'upload' | 'scanner';
  added_by: number;
  counter: number;
  added_at: string;
  verified_by: number | null;
  verified_at: string | null;
  removed_by: number | null;
  removed_at: string | null;
  removed_reason: string | null;
}

export interface AttachmentTables {
  attachments: AttachmentsTable;
}
