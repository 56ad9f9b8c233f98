// @runs: main
// Failed sign-ins in a row slow the next attempt down, per user name and per
// counter, and enough of them lock the user name until a supervisor unlocks it.
// The wait is a time stored with the failure, not a sleep: an attempt before
// that time is refused at once, without checking its password.
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema';
import { qb, type Sql } from '../db/sql';
import type { Clock } from '../services/clock';
import { toVnIso } from '../shared/time';
import type { SignInThrottleTable } from './tables';

export interface ThrottlePolicy {
  /** Failures in a row that cost nothing: a clerk who mistypes twice is not slowed. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; each further failure doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Failures in a row that lock a user name until a supervisor unlocks it. */
  lockAfter: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { freeFailures: 3, firstDelayMs: 1000, maxDelayMs: 5 * 60_000, lockAfter: 10 };

/** Why an attempt is refused before its password is checked. */
export type Refusal = { kind: 'locked' } | { kind: 'wait'; until: Date };

type Scope = SignInThrottleTable['scope'];

export class SignInThrottle {
  constructor(
    private readonly sql: Sql,
    private readonly clock: Clock,
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
  ) {}

  /** Takes a user name and a counter; gives the refusal in force for them, or null when an attempt may be checked. */
  refusal(username: string, counter: number): Refusal | null {
    if (this.isLocked(username)) return { kind: 'locked' };
    const retryAt = this.sql
      .all(qb.selectFrom('sign_in_throttle').select('retry_at').where(nameAndCounter(username, counter)))
      .map((row) => new Date(row.retry_at).getTime());
    const until = Math.max(0, ...retryAt);
    return until > this.clock.now().getTime() ? { kind: 'wait', until: new Date(until) } : null;
  }

  /** Counts one failure for the name and the counter; gives the refusal the next attempt meets ('locked' when this failure locked the name). */
  fail(username: string, counter: number): Refusal | null {
    const failures = this.count('user', username);
    this.count('counter', String(counter));
    if (failures >= this.policy.lockAfter) this.lock(username);
    return this.refusal(username, counter);
  }

  /** A success ends the name's and the counter's run of failures. */
  succeed(username: string, counter: number): void {
    this.sql.run(qb.deleteFrom('sign_in_throttle').where(nameAndCounter(username, counter)));
  }

  /** A supervisor's unlock: the name starts again from no failures. */
  unlock(username: string): void {
    this.sql.run(qb.deleteFrom('sign_in_throttle').where('scope', '=', 'user').where('key', '=', username));
  }

  isLocked(username: string): boolean {
    const row = this.sql.one(qb.selectFrom('sign_in_throttle').select('locked_at').where('scope', '=', 'user').where('key', '=', username));
    return Boolean(row?.locked_at);
  }

  /** Adds a failure to one row and sets when the next attempt may be checked; gives the failures in a row. */
  private count(scope: Scope, name: string): number {
    const row = this.sql.one(qb.selectFrom('sign_in_throttle').select('failures').where('scope', '=', scope).where('key', '=', name));
    const failures = (row?.failures ?? 0) + 1;
    const retryAt = toVnIso(this.retryAt(failures));
    this.sql.run(
      qb
        .insertInto('sign_in_throttle')
        .values({ scope, key: name, failures, retry_at: retryAt, locked_at: null })
        .onConflict((oc) => oc.columns(['scope', 'key']).doUpdateSet({ failures, retry_at: retryAt })),
    );
    return failures;
  }

  private lock(username: string): void {
    this.sql.run(
      qb
        .updateTable('sign_in_throttle')
        .set({ locked_at: toVnIso(this.clock.now()) })
        .where('scope', '=', 'user')
        .where('key', '=', username)
        .where('locked_at', 'is', null),
    );
  }

  /** Now for the free failures, then firstDelayMs later, doubling, up to maxDelayMs. */
  private retryAt(failures: number): Date {
    const now = this.clock.now().getTime();
    const beyond = failures - this.policy.freeFailures;
    if (beyond <= 0) return new Date(now);
    const delay = Math.min(this.policy.firstDelayMs * 2 ** (beyond - 1), this.policy.maxDelayMs);
    // Rounded up to the second (stored times have seconds): the wait is never shorter than the policy's.
    return new Date(Math.ceil((now + delay) / 1000) * 1000);
  }
}

/** The user name's row and the counter's row. */
function nameAndCounter(username: string, counter: number) {
  return (eb: ExpressionBuilder<Database, 'sign_in_throttle'>) =>
    eb.or([eb.and({ scope: 'user', key: username }), eb.and({ scope: 'counter', key: String(counter) })]);
}
