// @runs: main
import type { Migration } from './index';

export const m0008: Migration = {
  version: 8,
  name: '0008_attachments',
  sql: `
`,
};
