// @runs: main
import type { Migration } from './index';

export const m0002: Migration = {
  version: 2,
  name: '0002_catalogue',
  sql: `
`,
};
