// @runs: main
import { DomainError, type CallContext, type HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { clerksContract } from './contract';

export function clerksHandlers(services: Services): HandlersOf<typeof clerksContract> {
  const { session, accounts, audit, sql, throttle } = services;
  return {
    'session.signIn': async ({ username, password }, ctx) => ({ clerk: await session.signIn(username.trim().toLowerCase(), password, counterOf(ctx)) }),
    'session.signOut': () => {
      session.signOut();
      return { ok: true };
    },
    'session.lock': () => {
      session.lock();
      return { ok: true };
    },
    'session.unlock': async ({ password }, ctx) => ({ clerk: await session.unlock(password, counterOf(ctx)) }),
    'session.heartbeat': () => ({ ok: true }),
    'clerks.list': () => ({ clerks: accounts.list() }),
    'clerks.add': (input, ctx) =>
      sql.tx(() => {
        const clerk = accounts.add(input);
        audit.record('clerks.add', ctx, { clerkId: clerk.id, username: clerk.username, role: clerk.role });
        return { clerk };
      }),
    'clerks.setActive': ({ clerkId, active }, ctx) =>
      sql.tx(() => {
        if (!active && clerkId === ctx.clerkId) throw new DomainError('SELF_DEACTIVATE');
        const clerk = accounts.setActive(clerkId, active);
        audit.record(active ? 'clerks.activate' : 'clerks.deactivate', ctx, { clerkId });
        return { clerk };
      }),
    'clerks.unlockAccount': ({ clerkId }, ctx) =>
      sql.tx(() => {
        const { username } = accounts.get(clerkId);
        throttle.unlock(username);
        accounts.markUnlocked(clerkId);
        audit.record('clerks.unlockAccount', ctx, { clerkId, username });
        return { clerk: accounts.get(clerkId) };
      }),
  };
}

/** The dispatcher always knows the counter (settings give a default before the first run). */
function counterOf(ctx: CallContext): number {
  return ctx.counter ?? 0;
}
