// @runs: test
// Counters joined to a real office hub, each on its own temporary data folder.
import { addCounter, initHub } from '../../src-main/hub/init';
import { vnInstant } from '../../src-main/shared/time';
import type { TestPostgres } from './postgres';
import { makeTestApp, SUPERVISOR, type TestApp } from './services';

/** Creates the hub's schema on the test cluster. */
export async function prepareHub(pg: TestPostgres): Promise<void> {
  await initHub(pg.adminUrl);
}

/** A counter with its own office setup and numbering, joined to the hub in Cài đặt as a supervisor would. */
export async function openCounter(pg: TestPostgres, counter: number, start = vnInstant('2026-03-02', 9, 0)): Promise<TestApp> {
  const app = makeTestApp(start);
  await app.ok('setup.complete', {
    office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: counter },
    clerk: { ...SUPERVISOR, username: `${SUPERVISOR.username}${counter}` },
  });
  const password = `quay-${counter}-mat-khau`;
  const { role } = await addCounter(pg.adminUrl, counter, password);
  await app.ok('hub.join', { address: `127.0.0.1:${pg.port}/postgres`, user: role, password });
  return app;
}

/** Exchanges until no counter has anything left to send or receive. */
export async function syncAll(apps: TestApp[], rounds = 2): Promise<void> {
  for (let i = 0; i < rounds; i++) for (const app of apps) await app.services.hub.syncOnce();
}

export async function closeCounter(app: TestApp): Promise<void> {
  await app.services.hub.stop();
  app.close();
}
