// @runs: node-script
// The queue over a big office: 1,000,000 dossiers with five years of history.
// Each view's first page (rows + the view's count, through the API) must open
// in under 50 ms; a page deep in a view costs the same (keyset cursor).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from '../src-main/api/dispatch';
import type { Input, Output } from '../src-main/api/contract';
import { QUEUE_VIEWS } from '../src-main/queue/views';
import { createServices } from '../src-main/services';
import { OffsetClock } from '../src-main/services/clock';
import { vnInstant } from '../src-main/shared/time';
import { fillDossiers } from './data';
import { figure, percentile, type Figure } from './report';

const COUNT = 1_000_000;

async function list(dispatch: Dispatch, input: Input<'queue.list'>): Promise<Output<'queue.list'>> {
  const result = await dispatch('queue.list', input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as Output<'queue.list'>;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  return percentile(samples.slice(2), 50);
}

export async function benchQueue(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mot-cua-bench-queue-'));
  const services = createServices({ dataDir: dir, clock: new OffsetClock(vnInstant('2026-03-02', 9, 0)) });
  const dispatch = createDispatcher(services);
  try {
    await dispatch('setup.complete', {
      office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 3 },
      clerk: { fullName: 'Nguyễn Thị Thu Hương', username: 'huongntt', password: 'mat-khau-8' },
    });
    const started = performance.now();
    fillDossiers(services, COUNT);
    console.log(`     (${COUNT.toLocaleString('en')} dossiers over five years generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`);

    const figures: Figure[] = [];
    for (const view of QUEUE_VIEWS) {
      const input: Input<'queue.list'> = view === 'returned' ? { view, from: '2026-02-01', to: '2026-02-28' } : { view };
      const first = await list(dispatch, input);
      const ms = await timed(() => list(dispatch, input));
      figures.push(figure(`queue view "${view}" first page of 50 + count (${first.count.toLocaleString('en')} dossiers)`, ms, 'ms', '< 50 ms', ms < 50));
    }

    let page = await list(dispatch, { view: 'overdue' });
    for (let i = 0; i < 100 && page.nextCursor; i++) page = await list(dispatch, { view: 'overdue', cursor: page.nextCursor });
    const cursor = page.nextCursor ?? undefined;
    const deep = await timed(() => list(dispatch, { view: 'overdue', ...(cursor ? { cursor } : {}) }));
    figures.push(figure('queue view "overdue", page 101 (keyset cursor)', deep, 'ms', '< 50 ms', deep < 50));

    const counts = await timed(() => dispatch('queue.counts', {}));
    figures.push(figure('queue.counts: all 8 view counts at once', counts, 'ms', '< 50 ms', counts < 50));

    // "Quầy này" on a counter that holds the whole office (the dossiers are spread over counters 1–4):
    // the view's index range, each row's counter checked.
    const own = await list(dispatch, { view: 'overdue', scope: 'counter' });
    const narrowed = await timed(() => list(dispatch, { view: 'overdue', scope: 'counter' }));
    figures.push(figure(`queue view "overdue" narrowed to this counter, first page + count (${own.count.toLocaleString('en')} of the office's)`, narrowed, 'ms', '< 50 ms', narrowed < 50));
    const ownCounts = await timed(() => dispatch('queue.counts', { scope: 'counter' }));
    figures.push(figure('queue.counts narrowed to this counter: all 8 view counts', ownCounts, 'ms', '< 50 ms', ownCounts < 50));
    const month = await timed(() => dispatch('queue.stats', { from: '2026-02-01', to: '2026-02-28' }));
    figures.push(figure('queue.stats: early/on time/late for a month of returns', month, 'ms', '< 50 ms', month < 50));
    // ~980,000 returns, read from the per-day counters (about 5,500 rows).
    const years = await timed(() => dispatch('queue.stats', { from: '2021-03-01', to: '2026-03-02' }));
    figures.push(figure('queue.stats: early/on time/late over five years of returns', years, 'ms', '< 50 ms', years < 50));
    return figures;
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
