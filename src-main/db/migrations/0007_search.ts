// @runs: main
import type { Migration } from './index';

export const m0007: Migration = {
  version: 7,
  name: '0007_search',
  sql: `
`,
};
