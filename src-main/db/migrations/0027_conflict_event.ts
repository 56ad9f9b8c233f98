// @runs: main
import type { Migration } from './index';

// A conflict names the event the hub's order refused (its local id), not only
// the change that carried it: reports and registers leave that event out (it
// did not take effect), and a settlement replays exactly that one. Databases
// holding conflicts from before are unreleased builds (0021–0026): their rows
// keep a NULL event and are left as they were.
export const m0027: Migration = {
  version: 27,
  name: '0027_conflict_event',
  sql: `
ALTER TABLE hub_conflicts ADD COLUMN event_id INTEGER REFERENCES dossier_events (id);
-- The reports' "refused?" test per event.
CREATE INDEX hub_conflicts_event ON hub_conflicts (event_id);
`,
};
