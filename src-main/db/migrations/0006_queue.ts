// @runs: main
import type { Migration } from './index';

export const m0006: Migration = {
  version: 6,
  name: '0006_queue',
  sql: `
`,
};
