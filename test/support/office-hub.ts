// @runs: test
// The unit tests' office hub (vitest hooks, so not for the e2e specs, which
// import hub.ts): a cluster per test file, a fresh log and counters per test.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { closeCounter, openCounter, prepareHub } from './hub';
import { hubQuery } from './hub-actions';
import { startTestPostgres, type TestPostgres } from './postgres';
import type { TestApp } from './services';

/** A test file's office hub: a PostgreSQL cluster of its own with the hub's schema, and the counters a test opened. */
export interface OfficeHub {
  /** The cluster (set before the first test). */
  readonly pg: TestPostgres;
  /** The counters open in the running test: closed after it. */
  counters: TestApp[];
  /** Empties the hub's log and scans (the counters' roles stay) and opens counters 1 and 2 joined to it. */
  two(): Promise<[TestApp, TestApp]>;
}

/** Registers the file's hooks: the cluster started once for the file and stopped after it, the counters closed after each test. */
export function useOfficeHub(): OfficeHub {
  let cluster: TestPostgres | undefined;
  const hub: OfficeHub = {
    get pg() {
      if (!cluster) throw new Error('the office hub starts in beforeAll');
      return cluster;
    },
    counters: [],
    async two() {
      await hubQuery(hub.pg.adminUrl, 'TRUNCATE motcua.changes, motcua.blobs');
      hub.counters = [await openCounter(hub.pg, 1), await openCounter(hub.pg, 2)];
      return hub.counters as [TestApp, TestApp];
    },
  };
  beforeAll(async () => {
    cluster = await startTestPostgres();
    await prepareHub(cluster);
  });
  afterAll(() => cluster?.stop());
  afterEach(async () => {
    for (const app of hub.counters) await closeCounter(app);
    hub.counters = [];
  });
  return hub;
}
