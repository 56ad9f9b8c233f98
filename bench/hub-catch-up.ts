// @runs: node-script
// A counter back after a day offline: meanwhile another counter received 1,000
// dossiers and took them through 5,000 history events (receive, hand-over,
// supplement asked and received, result). Timed from the reconnect to the last
// change applied; target < 5 s. Run by bench/hub.ts on its PostgreSQL cluster.
import { rmSync } from 'node:fs';
import { Intake } from '../src-main/dossiers/intake';
import { Lifecycle } from '../src-main/queue/lifecycle';
import type { Services } from '../src-main/services';
import { FixedClock } from '../src-main/services/clock';
import { vnInstant } from '../src-main/shared/time';
import type { TestPostgres } from '../scripts/postgres-cluster';
import { form, openCounter } from './hub';
import { figure, type Figure } from './report';

const DOSSIERS = 1_000;
/** The code's sequence has three digits a day per counter: the busy counter's 1,000 dossiers span three days. */
const PER_DAY = 400;

/** 1,000 dossiers, five events each, at the busy counter; gives the number of events. */
function busyDay(services: Services, clock: FixedClock): number {
  const intake = new Intake(services);
  const lifecycle = new Lifecycle(services);
  const actor = { clerkId: 1, counter: 11 };
  for (let n = 0; n < DOSSIERS; n++) {
    if (n % PER_DAY === 0) clock.set(vnInstant(`2026-03-0${2 + n / PER_DAY}`, 8, 0));
    const { dossierId } = intake.accept(form(50_000 + n), actor);
    lifecycle.handOver(dossierId, { department: 'Phòng Quản lý thu - Sổ, thẻ', receiverName: 'Lê Văn Tâm' }, actor);
    lifecycle.requestSupplement(dossierId, { reason: 'Thiếu bản sao CCCD' }, actor);
    lifecycle.receiveSupplement(dossierId, { documents: 'Bản sao CCCD' }, actor);
    lifecycle.receiveResult(dossierId, { resultNumber: `HC${n}`, items: [{ name: 'Thẻ BHYT', count: 1 }] }, actor);
  }
  return (services.sqlite.prepare('SELECT count(*) AS n FROM dossier_events').get() as { n: number }).n;
}

export async function benchCatchUp(pg: TestPostgres): Promise<Figure[]> {
  const clock = new FixedClock(vnInstant('2026-03-02', 7, 30));
  const counters: Services[] = [];
  try {
    counters.push(await openCounter(pg, 11, clock), await openCounter(pg, 12, clock));
    const [busy, away] = counters as [Services, Services];
    // The away counter has seen the hub up to now, then goes offline for the day.
    await away.hub.syncOnce();
    const events = busyDay(busy, clock);
    const sent = performance.now();
    await busy.hub.syncOnce();
    const sendMs = performance.now() - sent;
    const started = performance.now();
    await away.hub.syncOnce();
    const catchUpMs = performance.now() - started;
    const arrived = away.sqlite.prepare('SELECT count(*) AS n FROM dossier_events WHERE counter = 11').get() as { n: number };
    if (arrived.n !== events) throw new Error(`caught up ${arrived.n} of ${events} events`);
    console.log(`     (${DOSSIERS} dossiers, ${events} events; the busy counter's own send took ${sendMs.toFixed(0)} ms)`);
    return [figure('catch-up after a day offline (1,000 dossiers, 5,000 events)', catchUpMs / 1000, 's', '< 5 s', catchUpMs < 5_000)];
  } finally {
    for (const services of counters) {
      await services.hub.stop();
      services.close();
      rmSync(services.dataDir, { recursive: true, force: true });
    }
  }
}
