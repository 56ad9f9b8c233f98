// @runs: main
import type { Migration } from './index';

// A first join inserts up to a million dossiers with their snapshots, history
// and directory entries; keeping some twenty secondary indexes in step, row by
// row, cost about a third of it. The copy sets those indexes aside (drops
// them, keeping their text here) and builds each again once the copy ends,
// which sorts once instead of updating a B-tree a million times
// (db/set-aside-indexes.ts). A counter stopped in between finds the text here
// and builds them again when it opens.
export const m0028: Migration = {
  version: 28,
  name: '0028_set_aside_indexes',
  sql: `
CREATE TABLE set_aside_indexes (
  name TEXT PRIMARY KEY,
  sql TEXT NOT NULL
) STRICT;
`,
};
