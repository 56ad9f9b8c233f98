// @runs: main
import type { Migration } from './index';

/** FTS5 merges its segments during inserts by default; an intake must not pay for that (see db/maintenance.ts). */
export const m0013: Migration = {
  version: 13,
  name: '0013_search_merge_on_idle',
  sql: `
INSERT INTO search_names (search_names, rank) VALUES ('automerge', 0);
INSERT INTO search_ids (search_ids, rank) VALUES ('automerge', 0);
`,
};
