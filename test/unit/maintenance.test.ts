// Index merging and WAL checkpoints happen between requests, not inside an intake.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { maintain } from '../../src-main/db/maintenance';
import { cardReissueForm } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp();
  await setUpOffice(app);
});
afterEach(() => app.close());

it('keeps FTS merging out of inserts, and the idle pass merges, checkpoints, and leaves search intact', async () => {
  const automerge = (table: string) => (app.services.sqlite.prepare(`SELECT v FROM ${table}_config WHERE k = 'automerge'`).get() as { v: number } | undefined)?.v;
  expect(automerge('search_names')).toBe(0);
  expect(automerge('search_ids')).toBe(0);
  expect(app.services.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(20000);

  for (let i = 0; i < 60; i++) await app.ok('intake.accept', { form: cardReissueForm() });
  const segments = () => (app.services.sqlite.prepare('SELECT COUNT(*) AS n FROM search_names_data').get() as { n: number }).n;
  const before = segments();
  const wal = join(app.dataDir, 'mot-cua.sqlite-wal');
  expect(statSync(wal).size).toBeGreaterThan(0);

  maintain(app.services.sqlite);
  expect(segments()).toBeLessThan(before);
  const after = app.services.sqlite.pragma('wal_checkpoint(PASSIVE)', { simple: false }) as { busy: number; log: number; checkpointed: number }[];
  expect(after[0]?.log).toBe(after[0]?.checkpointed);
  const found = await app.ok('search.dossiers', { query: 'nguyen thi minh khai' });
  expect(found.results.length).toBeGreaterThan(0);
});
