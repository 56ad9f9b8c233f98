// @runs: main
import type { HandlersOf } from '../api/kit';
import { actorOf } from '../dossiers/store';
import { allowedClerkId } from '../reports/settings';
import type { Services } from '../services';
import type { satisfactionContract } from './contract';
import { Satisfaction } from './ratings';

export function satisfactionHandlers(services: Services): HandlersOf<typeof satisfactionContract> {
  const satisfaction = new Satisfaction(services);
  return {
    'satisfaction.rate': ({ dossierId, comment, ...levels }, ctx) => ({ rating: satisfaction.rate(dossierId, levels, comment, actorOf(ctx)) }),
    'satisfaction.get': ({ dossierId }) => ({ rating: satisfaction.get(dossierId) }),
    'satisfaction.stats': ({ from, to, clerkId }, ctx) => satisfaction.stats(from, to, allowedClerkId(services.settings, ctx, clerkId)),
  };
}
