// @runs: main
import type { Migration } from './index';

export const m0005: Migration = {
  version: 5,
  name: '0005_documents',
  sql: `
`,
};
