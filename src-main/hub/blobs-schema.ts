// @runs: main
// Scans on the office hub: their bytes once per content, named by SHA-256. A
// counter may read every blob and add its own (row-level security, as for the
// log); no counter may change or delete one, and the hub refuses bytes whose
// hash is not their name. Counters still check every blob they fetch.
import type { Generated } from 'kysely';
import { COUNTERS_ROLE } from './hub-schema';

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
GRANT SELECT, INSERT ON motcua.blobs TO ${COUNTERS_ROLE};
ALTER TABLE motcua.blobs ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS blobs_read ON motcua.blobs;
CREATE POLICY blobs_read ON motcua.blobs FOR SELECT TO ${COUNTERS_ROLE} USING (true);
DROP POLICY IF EXISTS blobs_own ON motcua.blobs;
CREATE POLICY blobs_own ON motcua.blobs FOR INSERT TO ${COUNTERS_ROLE}
  WITH CHECK (origin = (SELECT c.counter FROM motcua.counters c WHERE c.role_name = current_user));
`;

export interface HubBlobsTable {
  hash: string;
  bytes: Buffer;
  size: number;
  origin: number;
  stored_at: Generated<Date>;
}
