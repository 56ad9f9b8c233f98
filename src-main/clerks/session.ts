// @runs: main
// Who is working at this counter right now. One app instance has one session;
// it locks itself after the configured idle time and unlocks with the same
// clerk's password.
import { DomainError } from '../api/kit';
import type { Clock } from '../services/clock';
import type { Accounts, ClerkSummary } from './accounts';
import { verifyPassword } from './password';

export interface SessionState {
  clerk: ClerkSummary | null;
  locked: boolean;
}

export class Session {
  private clerkId: number | null = null;
  private locked = false;
  private lastActivity = 0;

  constructor(
    private readonly accounts: Accounts,
    private readonly clock: Clock,
    private readonly idleMinutes: () => number,
  ) {}

  signIn(username: string, password: string): ClerkSummary {
    const row = this.accounts.findByUsername(username);
    // Same message for an unknown user and a wrong password: don't reveal which.
    if (!row || !verifyPassword(password, row.password_hash)) throw new DomainError('WRONG_CREDENTIALS', undefined, 'password');
    if (row.active !== 1) throw new DomainError('ACCOUNT_INACTIVE', undefined, 'username');
    this.clerkId = row.id;
    this.locked = false;
    this.touch();
    return this.accounts.get(row.id);
  }

  signOut(): void {
    this.clerkId = null;
    this.locked = false;
  }

  lock(): void {
    if (this.clerkId !== null) this.locked = true;
  }

  unlock(password: string): ClerkSummary {
    if (this.clerkId === null) throw new DomainError('NOT_SIGNED_IN');
    const hash = this.accounts.passwordHash(this.clerkId);
    if (!hash || !verifyPassword(password, hash)) throw new DomainError('WRONG_PASSWORD', undefined, 'password');
    this.locked = false;
    this.touch();
    return this.accounts.get(this.clerkId);
  }

  touch(): void {
    this.lastActivity = this.clock.now().getTime();
  }

  /** The current state, locking first if the clerk has been idle too long. */
  state(): SessionState {
    if (this.clerkId === null) return { clerk: null, locked: false };
    if (!this.locked && this.clock.now().getTime() - this.lastActivity > this.idleMinutes() * 60_000) this.locked = true;
    const clerk = this.accounts.get(this.clerkId);
    if (!clerk.active) {
      this.signOut();
      return { clerk: null, locked: false };
    }
    return { clerk, locked: this.locked };
  }
}
