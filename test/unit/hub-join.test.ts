// @runs: test
// Joining a counter to the office hub with what a supervisor may really type:
// every refusal names the field to fix and says, in Vietnamese, what to check;
// nothing is kept. A real PostgreSQL cluster of the test's own.
import pgLib from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCounter } from '../../src-main/hub/init';
import { hubWords } from '../../src-main/shared/vi/hub';
import { prepareHub } from '../support/hub';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import { makeTestApp, SUPERVISOR, type TestApp } from '../support/services';

const w = hubWords.join;
let pg: TestPostgres;
let app: TestApp;
let password: string;

async function asAdmin(statement: string): Promise<void> {
  const client = new pgLib.Client(pg.adminUrl);
  await client.connect();
  await client.query(statement);
  await client.end();
}

beforeAll(async () => {
  pg = await startTestPostgres();
  await prepareHub(pg);
  ({ password } = await addCounter(pg.adminUrl, 2, 'quay-2-mat-khau'));
  await asAdmin("CREATE ROLE nguoi_la LOGIN PASSWORD 'mat-khau-la'");
  await asAdmin('CREATE DATABASE trong');
  app = makeTestApp();
  await app.ok('setup.complete', {
    office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 2 },
    clerk: SUPERVISOR,
  });
});
afterAll(() => {
  app?.close();
  pg?.stop();
});

async function refusal(address: string, user = 'motcua_counter_2', typed = password) {
  const result = await app.call('hub.join', { address, user, password: typed });
  expect((await app.ok('hub.status', {})).joined).toBe(false);
  if (result.ok) throw new Error('joined');
  return { field: result.error.field ?? result.error.issues?.[0]?.field, message: result.error.issues?.[0]?.message ?? result.error.message };
}

describe('joining the office hub, refused in words the supervisor can act on', () => {
  it('an address that is not host:port/database, or the IT officer\'s whole URL pasted in, is refused before any connection', async () => {
    expect(await refusal(`postgres://hubadmin:adminpw@127.0.0.1:${pg.port}/postgres`)).toEqual({ field: 'address', message: w.addressWithAccount });
    expect(await refusal('127.0.0.1:99999/motcua')).toEqual({ field: 'address', message: w.addressShape });
    expect(await refusal('may-chu-van-phong')).toEqual({ field: 'address', message: w.addressShape });
  });

  it('a wrong password is blamed on the password, not the address', async () => {
    expect(await refusal(`127.0.0.1:${pg.port}/postgres`, 'motcua_counter_2', 'sai-mat-khau')).toEqual({ field: 'password', message: w.password });
  });

  it('a database that does not exist, or one the IT officer has not prepared, names the database part of the address', async () => {
    expect(await refusal(`127.0.0.1:${pg.port}/khongco`)).toEqual({ field: 'address', message: w.noDatabase('khongco') });
    expect(await refusal(`127.0.0.1:${pg.port}/trong`)).toEqual({ field: 'address', message: w.notPrepared });
  });

  it('a port where nothing listens, and an account that is no counter\'s', async () => {
    expect(await refusal(`127.0.0.1:${pg.port + 1}/postgres`)).toEqual({ field: 'address', message: w.refused('127.0.0.1', String(pg.port + 1)) });
    expect(await refusal(`127.0.0.1:${pg.port}/postgres`, 'nguoi_la', 'mat-khau-la')).toEqual({ field: 'user', message: w.notCounter });
  });

  it('with the right account it joins', async () => {
    expect(await app.ok('hub.join', { address: `127.0.0.1:${pg.port}/postgres`, user: 'motcua_counter_2', password })).toMatchObject({ joined: true, connected: true });
    await app.services.hub.stop();
  });
});
