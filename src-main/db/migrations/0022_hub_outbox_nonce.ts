// @runs: main
import type { Migration } from './index';

// Each outbox entry gets a random token that travels with its change: a
// restored backup numbers its later work again from where the backup stood, and
// a change made since can look like the hub's change of the same number (same
// ids, same second, same clerk); the token tells them apart. Set by a trigger of
// the outbox itself, so every trigger that fills it (0020, 0021, and later ones)
// gets it without knowing. An index finds a dossier's entries from its events.
export const m0022: Migration = {
  version: 22,
  name: '0022_hub_outbox_nonce',
  sql: `
ALTER TABLE hub_outbox ADD COLUMN nonce TEXT;
-- A dossier's own actions still waiting to be read back (incoming.ts laterOwnAction), found from its events.
CREATE INDEX hub_outbox_row ON hub_outbox (kind, row_id);
CREATE TRIGGER hub_outbox_nonce AFTER INSERT ON hub_outbox
WHEN NEW.nonce IS NULL
BEGIN UPDATE hub_outbox SET nonce = lower(hex(randomblob(8))) WHERE seq = NEW.seq; END;
`,
};
