// @runs: main
import type { Migration } from './index';

export const m0011: Migration = {
  version: 11,
  name: '0011_backup',
  sql: `
-- Backup keeps no table: each backup folder carries its manifest.json (it must
-- be readable when the database is damaged); runs and restores are in audit_log.
`,
};
