// @runs: main
import type { Migration } from './index';

export const m0012: Migration = {
  version: 12,
  name: '0012_reports',
  sql: `
`,
};
