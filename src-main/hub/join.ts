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

const w = hubWords.join;

/**
 * Takes what connecting to the hub threw and the address as typed (host:port/database); gives the
 * field to blame and what the supervisor can check, in Vietnamese. PostgreSQL's SQLSTATE codes
 * (28P01 password, 3D000 database, 3F000/42P01 schema or table, 42501 privilege) and Node's network
 * codes name the cause; anything else keeps its technical detail for the IT officer.
 */
export function joinProblem(error: unknown, address: string): { field: 'address' | 'user' | 'password'; message: string } {
  const { code, message } = error as { code?: string; message?: string };
  const [, host = '', port = '', database = ''] = /^(.*):(\d+)\/(.*)$/.exec(address) ?? [];
  switch (code) {
    case '28P01':
    case '28000':
      return { field: 'password', message: w.password };
    case '3D000':
      return { field: 'address', message: w.noDatabase(database) };
    case '3F000':
    case '42P01':
      return { field: 'address', message: w.notPrepared };
    case '42501':
      return { field: 'user', message: w.notCounter };
    case 'ECONNREFUSED':
      return { field: 'address', message: w.refused(host, port) };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { field: 'address', message: w.unknownHost(host) };
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { field: 'address', message: w.timeout(host) };
  }
  // pg reports its own connect timeout and an early close without a code.
  if (/timeout/i.test(message ?? '')) return { field: 'address', message: w.timeout(host) };
  if (/terminated/i.test(message ?? '')) return { field: 'address', message: w.closed };
  return { field: 'address', message: w.other(message ?? String(error)) };
}

/** The counter number the hub gives these credentials (undefined: not a counter's account), checked against this counter's. */
async function hubCounterOf(url: () => string, address: string): Promise<number | undefined> {
  let hub: HubConnection | undefined;
  try {
    hub = connectHub(url());
    const rows = await sql<{ counter: number }>`SELECT counter FROM motcua.counters WHERE role_name = current_user`.execute(hub.db);
    return rows.rows[0]?.counter;
  } catch (error) {
    const problem = joinProblem(error, address);
    throw new DomainError('CONFLICT', problem.message, problem.field);
  } finally {
    await hub?.close();
  }
}

export async function joinHub(services: Pick<Services, 'settings' | 'sealer'>, input: { address: string; user: string; password: string }): Promise<void> {
  const url = () => hubUrl(input.address, input.user, input.password);
  const counter = services.settings.get(counterSetting);
  // The URL is built inside the check: text that cannot be encoded is refused with words like any other failure.
  const hubCounter = await hubCounterOf(url, input.address);
  if (hubCounter === undefined) throw new DomainError('CONFLICT', w.notCounter, 'user');
  if (hubCounter !== counter) throw new DomainError('CONFLICT', hubWords.wrongCounter(hubCounter, counter), 'user');
  services.settings.set(hubSetting, { sealed: services.sealer.seal(url()), address: input.address, user: input.user });
}
