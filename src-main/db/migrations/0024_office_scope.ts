// @runs: main
import type { Migration } from './index';

// "Quầy này" on a counter that holds the whole office's dossiers (the office hub):
// each queue index again with the counter first, so a view narrowed to one
// counter is still a range of one index in its own order and its count reads
// the index alone. (0022 and 0023 belong to the other parts of issue 15.)
export const m0024: Migration = {
  version: 24,
  name: '0024_office_scope',
  sql: `
CREATE INDEX dossiers_queue_counter_received ON dossiers (counter, received_at);
CREATE INDEX dossiers_queue_counter_state ON dossiers (counter, state, current_due_date);
CREATE INDEX dossiers_queue_counter_open_due ON dossiers (counter, open_due_date) WHERE open_due_date IS NOT NULL;
CREATE INDEX dossiers_queue_counter_returned ON dossiers (counter, returned_at) WHERE returned_at IS NOT NULL;
`,
};
