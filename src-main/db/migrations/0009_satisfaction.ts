// @runs: main
import type { Migration } from './index';

export const m0009: Migration = {
  version: 9,
  name: '0009_satisfaction',
  sql: `
`,
};
