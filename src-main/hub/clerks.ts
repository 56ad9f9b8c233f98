// @runs: main
// Clerk accounts office-wide. A clerk created or changed at any counter (name,
// role, active, password hash, the end of a lockout) travels as a whole image
// and is written into the same local row that the dossiers' histories name, so
// the clerk can sign in at every counter, from the local copy when the hub is
// down. Only scrypt hashes travel, never a password. The hub's order decides
// who keeps a user name: the first clerk to claim it in that order; a later
// clerk created apart under the same name signs in under a parked name on
// every counter and the clash is listed for a supervisor (two people are never
// merged). Sign-in throttling stays per counter; only an unlock travels.
import type { Selectable } from 'kysely';
import type { ClerksTable } from '../db/schema';
import { qb, type Sql } from '../db/sql';
import { keyOfLocal, localOfKey, rememberKey } from './identity';
import type { HubChange } from './incoming';
import { waitsToBeSent } from './pending';

/** A clerk account in office form. */
export interface ClerkBody {
  key: string;
  fullName: string;
  username: string;
  /** scrypt hash (clerks/password.ts); a placeholder's '!' never travels. */
  passwordHash: string;
  role: 'supervisor' | 'clerk';
  active: boolean;
  createdAt: string;
  unlockedAt: string | null;
}

/** The clerk row named by an outbox entry, in office form; null when the row is gone or a placeholder. */
export function clerkBody(sql: Sql, clerkId: number, self: number): ClerkBody | null {
  const row = sql.one(qb.selectFrom('clerks').selectAll().where('id', '=', clerkId));
  if (!row || row.password_hash === '!') return null;
  return {
    key: keyOfLocal(sql, 'clerk', row.id, self),
    fullName: row.full_name,
    username: claimedName(sql, row),
    passwordHash: row.password_hash,
    role: row.role,
    active: row.active === 1,
    createdAt: row.created_at,
    unlockedAt: row.unlocked_at,
  };
}

/** A parked clerk travels under the name it asked for, so that every counter judges the clash the same way. */
function claimedName(sql: Sql, row: Selectable<ClerksTable>): string {
  return sql.one(qb.selectFrom('hub_clerk_clashes').select('username').where('parked_as', '=', row.username))?.username ?? row.username;
}

/** The name a clerk signs in under when another clerk kept theirs: "lan~2-5" (unique, the same on every counter). */
export function parkedName(username: string, key: string): string {
  return `${username}~${key.replace(':', '-')}`;
}

/** The clerk that keeps a user name: the first to claim it in the hub's order. */
function keeperOf(sql: Sql, username: string, key: string): string {
  sql.run(qb.insertInto('hub_usernames').values({ username, clerk_key: key }).onConflict((oc) => oc.column('username').doNothing()));
  return sql.one(qb.selectFrom('hub_usernames').select('clerk_key').where('username', '=', username))?.clerk_key ?? key;
}

function recordClash(sql: Sql, username: string, kept: string, parked: string, now: string): void {
  sql.run(
    qb
      .insertInto('hub_clerk_clashes')
      .values({ parked_key: parked, username, kept_key: kept, parked_as: parkedName(username, parked), detected_at: now })
      .onConflict((oc) => oc.column('parked_key').doNothing()),
  );
}

/** The name this clerk gets here; another local clerk holding the keeper's name moves to its parked name. */
function nameHere(sql: Sql, body: ClerkBody, localId: number | undefined, self: number, now: string): string {
  const keeper = keeperOf(sql, body.username, body.key);
  if (keeper !== body.key) {
    recordClash(sql, body.username, keeper, body.key, now);
    return parkedName(body.username, body.key);
  }
  const holder = sql.one(qb.selectFrom('clerks').select('id').where('username', '=', body.username));
  if (holder && holder.id !== localId) {
    const holderKey = keyOfLocal(sql, 'clerk', holder.id, self);
    recordClash(sql, body.username, keeper, holderKey, now);
    sql.run(qb.updateTable('clerks').set({ username: parkedName(body.username, holderKey) }).where('id', '=', holder.id));
  }
  return body.username;
}

/** An unlock ends a lockout that began before it (a later lock at this counter stays). */
function endEarlierLock(sql: Sql, username: string, unlockedAt: string | null): void {
  if (!unlockedAt) return;
  sql.run(qb.deleteFrom('sign_in_throttle').where('scope', '=', 'user').where('key', '=', username).where('locked_at', '<=', unlockedAt));
}

/**
 * Writes a clerk change read from the hub, this counter's own included (the
 * hub's order may have put another counter's change of the same clerk before it).
 * A placeholder made for the history's names becomes the real account.
 */
export function applyClerk(sql: Sql, change: HubChange, self: number, now: string): void {
  const body = change.body as ClerkBody;
  const localId = localOfKey(sql, 'clerk', body.key, self);
  const username = nameHere(sql, body, localId, self, now);
  if (localId !== undefined && waitsToBeSent(sql, 'clerk', [localId])) return;
  const columns = { full_name: body.fullName, username, password_hash: body.passwordHash, role: body.role, active: body.active ? 1 : 0, unlocked_at: body.unlockedAt } as const;
  if (localId === undefined) {
    const id = sql.run(qb.insertInto('clerks').values({ ...columns, created_at: body.createdAt })).lastInsertRowid;
    rememberKey(sql, 'clerk', id, body.key, self);
  } else {
    sql.run(qb.updateTable('clerks').set(columns).where('id', '=', localId));
  }
  endEarlierLock(sql, username, body.unlockedAt);
}

/** A clash of user names as a supervisor sees it. */
export interface ClerkClash {
  username: string;
  keptBy: string;
  parkedAs: string;
  parkedName: string;
  detectedAt: string;
}

/** Every user-name clash the hub's order settled, newest first. */
export function listClerkClashes(sql: Sql): ClerkClash[] {
  const rows = sql.all(
    qb
      .selectFrom('hub_clerk_clashes')
      .leftJoin('clerks', 'clerks.username', 'hub_clerk_clashes.parked_as')
      .select(['hub_clerk_clashes.username', 'kept_key', 'parked_as', 'clerks.full_name', 'detected_at'])
      .orderBy('detected_at', 'desc'),
  );
  return rows.map((r) => ({ username: r.username, keptBy: r.kept_key, parkedAs: r.parked_as, parkedName: r.full_name ?? '', detectedAt: r.detected_at }));
}
