// @runs: node-script
// The office hub on one machine: a PostgreSQL cluster of the bench's own and
// five counters (each its own data folder, the shells' background scheduler),
// each receiving one dossier a second. Replication lag = from the commit at one
// counter to the row in another counter's queue table; p95 target < 500 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../src-main/api/dispatch';
import { Intake } from '../src-main/dossiers/intake';
import { intakeForm } from '../src-main/dossiers/intake-form';
import { addCounter, initHub } from '../src-main/hub/init';
import { joinHub } from '../src-main/hub/join';
import { startHubScheduler } from '../src-main/hub/scheduler';
import { createServices, type Services } from '../src-main/services';
import type { Clock } from '../src-main/services/clock';
import { startTestPostgres, type TestPostgres } from '../scripts/postgres-cluster';
import { benchCatchUp } from './hub-catch-up';
import { figure, percentile, type Figure } from './report';

const COUNTERS = 5;
const SECONDS = 20;

export const form = (n: number) =>
  intakeForm.parse({
    procedureId: 'cap-lai-the-bhyt',
    applicant: { kind: 'person', fullName: 'Nguyễn Thị Minh Khai', personalId: `0451860${String(n).padStart(5, '0')}`, birthDate: '12/05/1986', sex: 'nu', phone: '0912345678', address: 'Số 12 đường Lê Lợi, phường Đông Hà' },
    channel: 'counter',
    resultDelivery: 'counter',
    setCount: 1,
    components: [{ key: 'tk1-ts', status: 'received' }],
  });

/** A counter on a data folder of its own, set up and joined to the bench's hub. */
export async function openCounter(pg: TestPostgres, counter: number, clock?: Clock): Promise<Services> {
  const dataDir = mkdtempSync(join(tmpdir(), `mot-cua-bench-hub-${counter}-`));
  const services = createServices({ dataDir, passwordCost: { N: 2 ** 12, r: 8, p: 1 }, ...(clock ? { clock } : {}) });
  await createDispatcher(services)('setup.complete', {
    office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: counter },
    clerk: { fullName: 'Nguyễn Thị Thu Hương', username: `huong${counter}`, password: 'mat-khau-8' },
  });
  const { role, password } = await addCounter(pg.adminUrl, counter);
  await joinHub(services, { address: `127.0.0.1:${pg.port}/postgres`, user: role, password });
  return services;
}

/** Commits one dossier a second at each counter and times its arrival at every other counter. */
async function measureLag(counters: Services[]): Promise<number[]> {
  const lags: number[] = [];
  const waiting: { code: string; at: Services; since: number }[] = [];
  const lookups = new Map(counters.map((services) => [services, services.sqlite.prepare('SELECT 1 FROM dossiers WHERE code = ?')]));
  const poller = setInterval(() => {
    for (let i = waiting.length - 1; i >= 0; i--) {
      const w = waiting[i] as (typeof waiting)[number];
      if (lookups.get(w.at)?.get(w.code)) {
        lags.push(performance.now() - w.since);
        waiting.splice(i, 1);
      }
    }
  }, 5);
  let n = 0;
  for (let second = 0; second < SECONDS; second++) {
    for (const [index, services] of counters.entries()) {
      const { code } = new Intake(services).accept(form(n++), { clerkId: 1, counter: index + 1 });
      const since = performance.now();
      for (const other of counters) if (other !== services) waiting.push({ code: code as string, at: other, since });
      await new Promise((resolve) => setTimeout(resolve, 1000 / COUNTERS));
    }
  }
  const deadline = performance.now() + 10_000;
  while (waiting.length && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(poller);
  if (waiting.length) throw new Error(`${waiting.length} dossiers never arrived`);
  return lags;
}

export async function benchHub(): Promise<Figure[]> {
  const pg = await startTestPostgres();
  const counters: Services[] = [];
  try {
    await initHub(pg.adminUrl);
    for (let c = 1; c <= COUNTERS; c++) counters.push(await openCounter(pg, c));
    const schedulers = counters.map((services) => startHubScheduler(() => services));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const lags = await measureLag(counters);
    schedulers.forEach((s) => s.stop());
    console.log(`     (${lags.length} arrivals, ${COUNTERS} counters, one dossier a second each, ${SECONDS} s)`);
    return [
      figure('replication lag, commit → another counter, p50', percentile(lags, 50), 'ms', '—', true),
      figure('replication lag, commit → another counter, p95', percentile(lags, 95), 'ms', '< 500 ms', percentile(lags, 95) < 500),
      ...(await benchCatchUp(pg)),
    ];
  } finally {
    for (const services of counters) {
      await services.hub.stop();
      services.close();
      rmSync(services.dataDir, { recursive: true, force: true });
    }
    pg.stop();
  }
}
