// @runs: main
import type { Migration } from './index';

export const m0003: Migration = {
  version: 3,
  name: '0003_calendar',
  sql: `
`,
};
