// @runs: main
// Rows of migration 0015 (sign-in throttling).

export interface SignInThrottleTable {
  scope: 'user' | 'counter';
  /** The user name as typed (trimmed, lower case), or the counter number. */
  key: string;
  failures: number;
  /** When the next attempt may be checked. */
  retry_at: string;
  locked_at: string | null;
}

export interface ClerkTables {
  sign_in_throttle: SignInThrottleTable;
}
