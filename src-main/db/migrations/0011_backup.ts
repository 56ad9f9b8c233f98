// @runs: main
import type { Migration } from './index';

export const m0011: Migration = {
  version: 11,
  name: '0011_backup',
  sql: `
`,
};
