// @runs: main
// Joining a counter to the office hub: the credentials must open the hub and
// belong to this counter's number; only then are they kept, sealed.
import { sql } from 'kysely';
import { DomainError } from '../api/kit';
import type { Services } from '../services';
import { counterSetting } from '../settings/keys';
import { hubWords } from '../shared/vi/hub';
import { connectHub, type HubConnection } from './connect';
import { hubSetting, hubUrl } from './credentials';

/** The counter number the hub gives these credentials, checked against this counter's. */
async function hubCounterOf(url: () => string): Promise<number | undefined> {
  let hub: HubConnection | undefined;
  try {
    hub = connectHub(url());
    const rows = await sql<{ counter: number }>`SELECT counter FROM motcua.counters WHERE role_name = current_user`.execute(hub.db);
    return rows.rows[0]?.counter;
  } catch (error) {
    // A malformed address, a refused connection, wrong credentials, a database without the hub's schema.
    throw new DomainError('CONFLICT', hubWords.joinFailed(error instanceof Error ? error.message : String(error)), 'address');
  } finally {
    await hub?.close();
  }
}

export async function joinHub(services: Pick<Services, 'settings' | 'sealer'>, input: { address: string; user: string; password: string }): Promise<void> {
  const url = () => hubUrl(input.address, input.user, input.password);
  const counter = services.settings.get(counterSetting);
  // The URL is built inside the check: text that cannot be encoded is refused with words like any other failure.
  const hubCounter = await hubCounterOf(url);
  if (hubCounter !== counter) throw new DomainError('CONFLICT', hubWords.wrongCounter(hubCounter ?? 0, counter));
  services.settings.set(hubSetting, { sealed: services.sealer.seal(url()), address: input.address, user: input.user });
}
