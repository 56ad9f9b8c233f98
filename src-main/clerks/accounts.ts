// @runs: main
// Clerk accounts: who may work at this counter, and with which role.
import type { Selectable } from 'kysely';
import { DomainError } from '../api/kit';
import { qb, type Sql } from '../db/sql';
import type { Clock } from '../services/clock';
import { toVnIso } from '../shared/time';
import type { ClerksTable } from '../db/schema';
import { hashPassword, RECOMMENDED_COST, type ScryptCost } from './password';

export interface NewClerk {
  fullName: string;
  username: string;
  password: string;
  role: 'supervisor' | 'clerk';
}

export interface ClerkSummary {
  id: number;
  fullName: string;
  username: string;
  role: 'supervisor' | 'clerk';
  active: boolean;
  /** Locked after too many failed sign-ins in a row, until a supervisor unlocks it (throttle.ts). */
  locked: boolean;
}

/** A clerk as stored, password hash included: for the password check only. */
export type ClerkRow = Selectable<ClerksTable>;

export class Accounts {
  constructor(
    private readonly sql: Sql,
    private readonly clock: Clock,
    /** Tests that create many clerks pass a lower cost; the app uses the recommended one. */
    private readonly cost: ScryptCost = RECOMMENDED_COST,
  ) {}

  add(clerk: NewClerk): ClerkSummary {
    const taken = this.sql.one(qb.selectFrom('clerks').select('id').where('username', '=', clerk.username));
    if (taken) throw new DomainError('USERNAME_TAKEN', undefined, 'username');
    const { lastInsertRowid } = this.sql.run(
      qb.insertInto('clerks').values({
        full_name: clerk.fullName,
        username: clerk.username,
        password_hash: hashPassword(clerk.password, this.cost),
        role: clerk.role,
        active: 1,
        created_at: toVnIso(this.clock.now()),
      }),
    );
    return this.get(lastInsertRowid);
  }

  get(id: number): ClerkSummary {
    const row = this.sql.one(summaries().where('clerks.id', '=', id));
    if (!row) throw new DomainError('CLERK_NOT_FOUND');
    return toSummary(row);
  }

  findByUsername(username: string): ClerkRow | undefined {
    return this.sql.one(qb.selectFrom('clerks').selectAll().where('username', '=', username));
  }

  /** Stores a new hash of the same password (a rehash at a higher cost). */
  setPasswordHash(id: number, hash: string): void {
    this.sql.run(qb.updateTable('clerks').set({ password_hash: hash }).where('id', '=', id));
  }

  /** Stamps the end of a lockout on the account, so that the unlock travels to every counter of the office (hub/clerks.ts). */
  markUnlocked(id: number): void {
    this.sql.run(qb.updateTable('clerks').set({ unlocked_at: toVnIso(this.clock.now()) }).where('id', '=', id));
  }

  list(): ClerkSummary[] {
    return this.sql.all(summaries().orderBy('clerks.active', 'desc').orderBy('clerks.full_name')).map(toSummary);
  }

  count(): number {
    return this.sql.one(qb.selectFrom('clerks').select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  }

  setActive(id: number, active: boolean): ClerkSummary {
    const clerk = this.get(id);
    if (!active && clerk.role === 'supervisor' && clerk.active && this.activeSupervisors() <= 1) {
      throw new DomainError('LAST_SUPERVISOR');
    }
    this.sql.run(qb.updateTable('clerks').set({ active: active ? 1 : 0 }).where('id', '=', id));
    return this.get(id);
  }

  private activeSupervisors(): number {
    return (
      this.sql.one(
        qb
          .selectFrom('clerks')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('role', '=', 'supervisor')
          .where('active', '=', 1),
      )?.n ?? 0
    );
  }
}

/** Clerks with their lockout, which lives with the sign-in failures of their user name. */
function summaries() {
  return qb
    .selectFrom('clerks')
    .leftJoin('sign_in_throttle as failures', (join) => join.onRef('failures.key', '=', 'clerks.username').on('failures.scope', '=', 'user'))
    .select(['clerks.id', 'clerks.full_name', 'clerks.username', 'clerks.role', 'clerks.active', 'failures.locked_at']);
}

function toSummary(row: { id: number; full_name: string; username: string; role: 'supervisor' | 'clerk'; active: 0 | 1; locked_at: string | null }): ClerkSummary {
  return { id: row.id, fullName: row.full_name, username: row.username, role: row.role, active: row.active === 1, locked: row.locked_at !== null };
}
