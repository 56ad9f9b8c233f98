// @runs: main
import type { Migration } from './index';

export const m0010: Migration = {
  version: 10,
  name: '0010_end_of_day',
  sql: `
`,
};
