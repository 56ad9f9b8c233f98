// @runs: main
import { DomainError, type HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { clerksContract } from './contract';

export function clerksHandlers(services: Services): HandlersOf<typeof clerksContract> {
  const { session, accounts, audit, sql } = services;
  return {
    'session.signIn': ({ username, password }) => ({ clerk: session.signIn(username.trim().toLowerCase(), password) }),
    'session.signOut': () => {
      session.signOut();
      return { ok: true };
    },
    'session.lock': () => {
      session.lock();
      return { ok: true };
    },
    'session.unlock': ({ password }) => ({ clerk: session.unlock(password) }),
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
  };
}
