// @runs: test
// What tells a counter's open screens to reload: the sync engine announces
// (progress task hub.received) the changes of other counters it applied, and
// only those; its own changes coming back from the hub are not news.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../src-main/api/contract';
import { HUB_RECEIVED_TASK } from '../../src-main/hub/contract';
import { cardReissueForm } from '../support/intake';
import { closeCounter, openCounter, prepareHub, syncAll } from '../support/hub';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import type { TestApp } from '../support/services';

let pg: TestPostgres;
let counters: TestApp[] = [];

beforeAll(async () => {
  pg = await startTestPostgres();
  await prepareHub(pg);
  counters = [await openCounter(pg, 1), await openCounter(pg, 2)];
  // Each counter's clerks and office settings travel too: let both hear of those before the test listens.
  await syncAll(counters);
});
afterAll(async () => {
  for (const app of counters) await closeCounter(app);
  pg?.stop();
});

function heard(app: TestApp): ProgressEvent[] {
  const events: ProgressEvent[] = [];
  app.services.progress.subscribe((event) => event.task === HUB_RECEIVED_TASK && events.push(event));
  return events;
}

describe('screens follow what other counters do', () => {
  it('a dossier received at counter 1 is announced at counter 2, in words, and not back at counter 1', async () => {
    const [one, two] = counters as [TestApp, TestApp];
    const atOne = heard(one);
    const atTwo = heard(two);
    await one.ok('intake.accept', { form: cardReissueForm() });
    await one.services.hub.syncOnce();
    expect(atOne).toEqual([]);
    await two.services.hub.syncOnce();
    expect(atTwo).toHaveLength(1);
    expect(atTwo[0]?.done).toBeGreaterThan(0);
    expect(atTwo[0]?.label).toBe(`Đã nhận ${atTwo[0]?.done} thay đổi từ các quầy khác`);
    // Nothing new since: no reload asked for.
    await two.services.hub.syncOnce();
    expect(atTwo).toHaveLength(1);
  });
});
