// @runs: main
// Scans on the office hub: their bytes once per content, named by SHA-256. A
// counter may read every blob and add its own (row-level security, as for the
// log); no counter may change or delete one, and the hub refuses bytes whose
// hash is not their name. Counters still check every blob they fetch.
import type { Generated } from 'kysely';
import { appendOnlyByCounter } from './hub-schema';

export const HUB_BLOBS_SQL = `
CREATE TABLE IF NOT EXISTS motcua.blobs (
  hash text PRIMARY KEY,
  bytes bytea NOT NULL,
  size integer NOT NULL,
  origin integer NOT NULL REFERENCES motcua.counters (counter),
  stored_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT blobs_size CHECK (size = octet_length(bytes)),
  CONSTRAINT blobs_hash CHECK (hash = encode(sha256(bytes), 'hex'))
);
${appendOnlyByCounter('blobs')}`;

export interface HubBlobsTable {
  hash: string;
  bytes: Buffer;
  size: number;
  origin: number;
  stored_at: Generated<Date>;
}
