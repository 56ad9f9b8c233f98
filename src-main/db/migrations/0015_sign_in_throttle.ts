// @runs: main
import type { Migration } from './index';

/**
 * Consecutive failed sign-ins, per user name and per counter, so that guessing
 * slows down and an account locks (clerks/throttle.ts). Rows are keyed by the
 * name as typed, known or not, so an unknown name behaves like a known one.
 */
export const m0015: Migration = {
  version: 15,
  name: '0015_sign_in_throttle',
  sql: `
CREATE TABLE sign_in_throttle (
  scope TEXT NOT NULL CHECK (scope IN ('user', 'counter')),
  key TEXT NOT NULL,
  failures INTEGER NOT NULL CHECK (failures > 0),
  -- When the next attempt may be checked (the failure's time while the failures are free).
  retry_at TEXT NOT NULL,
  locked_at TEXT,
  PRIMARY KEY (scope, key)
) STRICT;
`,
};
