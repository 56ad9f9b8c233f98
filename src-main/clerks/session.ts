// @runs: main
// Who is working at this counter right now. One app instance has one session;
// it locks itself after the configured idle time and unlocks with the same
// clerk's password. Both passwords go through the same throttled check
// (password-check.ts).
import { DomainError } from '../api/kit';
import type { Clock } from '../services/clock';
import type { Accounts, ClerkSummary } from './accounts';
import type { PasswordCheck } from './password-check';

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
    private readonly passwords: PasswordCheck,
  ) {}

  /**
   * Takes a user name (trimmed, lower case), a password and this counter's number; gives the clerk now signed in.
   * Refuses as PasswordCheck.check does, with the same answer for an unknown name and a wrong password.
   */
  async signIn(username: string, password: string, counter: number): Promise<ClerkSummary> {
    const row = await this.passwords.check({ purpose: 'signIn', username, password, counter });
    return this.begin(row.id);
  }

  /** Starts the session of a clerk whose password was just set (the first run), without checking it again. */
  begin(clerkId: number): ClerkSummary {
    this.clerkId = clerkId;
    this.locked = false;
    this.touch();
    return this.accounts.get(clerkId);
  }

  signOut(): void {
    this.clerkId = null;
    this.locked = false;
  }

  lock(): void {
    if (this.clerkId !== null) this.locked = true;
  }

  /** Takes the signed-in clerk's password and this counter's number; gives the clerk. Refuses as PasswordCheck.check does. */
  async unlock(password: string, counter: number): Promise<ClerkSummary> {
    if (this.clerkId === null) throw new DomainError('NOT_SIGNED_IN');
    const { username } = this.accounts.get(this.clerkId);
    const row = await this.passwords.check({ purpose: 'unlock', username, password, counter });
    // Another clerk may have signed in while the password was being checked.
    if (row.id !== this.clerkId) throw new DomainError('NOT_SIGNED_IN');
    return this.begin(row.id);
  }

  /**
   * Takes the signed-in clerk's password and this counter's number before a grave action (a restore);
   * gives nothing when it is right. Throttled, logged and refused as PasswordCheck.check does.
   */
  async confirm(password: string, counter: number): Promise<void> {
    if (this.clerkId === null) throw new DomainError('NOT_SIGNED_IN');
    const { username } = this.accounts.get(this.clerkId);
    const row = await this.passwords.check({ purpose: 'confirm', username, password, counter });
    if (row.id !== this.clerkId) throw new DomainError('NOT_SIGNED_IN');
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
