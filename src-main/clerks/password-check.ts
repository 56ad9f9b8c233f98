// @runs: main
// The one check of a password typed at this counter, for sign-in, the idle
// lock's unlock and the confirmation of a restore: throttled (throttle.ts), every failure logged, as slow for
// an unknown name as for a known one, and a weaker hash redone on success.
import { DomainError } from '../api/kit';
import type { AuditLog } from '../audit/log';
import type { Sql } from '../db/sql';
import type { Clock } from '../services/clock';
import { errorMessages } from '../shared/vi/errors';
import { signInMessages } from '../shared/vi/sign-in';
import type { Accounts, ClerkRow } from './accounts';
import { checkPassword, dummyHash, hashPasswordAsync, needsRehash, type ScryptCost } from './password';
import type { Refusal, SignInThrottle } from './throttle';

/** Per purpose: the audit action of a failure, the error of a wrong password, the field a lockout points at. */
const PURPOSES = {
  signIn: { failed: 'session.signInFailed', wrong: 'WRONG_CREDENTIALS', lockedField: 'username' },
  unlock: { failed: 'session.unlockFailed', wrong: 'WRONG_PASSWORD', lockedField: 'password' },
  confirm: { failed: 'session.confirmFailed', wrong: 'WRONG_PASSWORD', lockedField: 'password' },
} as const;

export interface Attempt {
  purpose: keyof typeof PURPOSES;
  /** Trimmed and in lower case, as stored. */
  username: string;
  password: string;
  counter: number;
}

type FailureReason = 'wrong-password' | 'throttled' | 'locked' | 'inactive';

export interface PasswordCheckDeps {
  sql: Sql;
  clock: Clock;
  audit: AuditLog;
  accounts: Accounts;
  throttle: SignInThrottle;
}

export class PasswordCheck {
  /** Same cost as a real hash, so an unknown name costs the same scrypt run. */
  private readonly dummy: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: PasswordCheckDeps,
    private readonly cost: ScryptCost,
  ) {
    this.dummy = dummyHash(cost);
  }

  /**
   * Takes what was typed; gives the clerk's row when the password is right.
   * Refuses with a DomainError, each one logged: SIGN_IN_THROTTLED while the name or the counter must wait,
   * ACCOUNT_LOCKED for a locked name (neither checks the password), WRONG_CREDENTIALS / WRONG_PASSWORD,
   * ACCOUNT_INACTIVE. Attempts run one at a time, so each one meets the failures before it.
   */
  check(attempt: Attempt): Promise<ClerkRow> {
    const run = this.queue.then(() => this.checkNow(attempt));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async checkNow(attempt: Attempt): Promise<ClerkRow> {
    const { throttle, accounts } = this.deps;
    const refusal = throttle.refusal(attempt.username, attempt.counter);
    if (refusal) throw this.refuse(attempt, refusal);
    const row = accounts.findByUsername(attempt.username);
    // Always one scrypt run, whether the name exists or not: the answer's time must not tell.
    const matches = await checkPassword(attempt.password, row?.password_hash ?? this.dummy);
    if (!row || !matches) throw this.wrongPassword(attempt);
    if (row.active !== 1) {
      this.log(attempt, 'inactive');
      throw new DomainError('ACCOUNT_INACTIVE', undefined, 'username');
    }
    throttle.succeed(attempt.username, attempt.counter);
    if (needsRehash(row.password_hash, this.cost)) accounts.setPasswordHash(row.id, await hashPasswordAsync(attempt.password, this.cost));
    return row;
  }

  private refuse(attempt: Attempt, refusal: Refusal): DomainError {
    this.log(attempt, refusal.kind === 'locked' ? 'locked' : 'throttled');
    if (refusal.kind === 'locked') return new DomainError('ACCOUNT_LOCKED', undefined, PURPOSES[attempt.purpose].lockedField);
    return new DomainError('SIGN_IN_THROTTLED', `${signInMessages.throttled} ${signInMessages.tryAgain(refusal.until, this.deps.clock.now())}`, 'password');
  }

  /** Counts the failure; the refusal says when the next attempt will be checked, once the free failures are spent. */
  private wrongPassword(attempt: Attempt): DomainError {
    const { sql, throttle, audit, clock } = this.deps;
    const next = sql.tx(() => {
      const after = throttle.fail(attempt.username, attempt.counter);
      this.log(attempt, 'wrong-password');
      if (after?.kind === 'locked') audit.record('session.accountLocked', { clerkId: null, counter: attempt.counter }, { username: attempt.username });
      return after;
    });
    if (next?.kind === 'locked') return new DomainError('ACCOUNT_LOCKED', undefined, PURPOSES[attempt.purpose].lockedField);
    const code = PURPOSES[attempt.purpose].wrong;
    return new DomainError(code, next ? `${errorMessages[code]} ${signInMessages.tryAgain(next.until, clock.now())}` : undefined, 'password');
  }

  /** The one at the keyboard is not known yet, so the log names the user name typed, not a clerk. */
  private log(attempt: Attempt, reason: FailureReason): void {
    this.deps.audit.record(PURPOSES[attempt.purpose].failed, { clerkId: null, counter: attempt.counter }, { username: attempt.username, reason });
  }
}
