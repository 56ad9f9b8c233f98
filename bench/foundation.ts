// @runs: node-script
// Cold start of the main-process services on an empty database: load the
// bundled code, open, migrate, first query — in a fresh process each time,
// bundled the way electron-vite bundles the main process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { figure, percentile, type Figure } from './report';

const ENTRY = `
const start = process.hrtime.bigint();
import { createServices } from '../src-main/services';
import { createDispatcher } from '../src-main/api/dispatch';
const services = createServices({ dataDir: process.argv[2] as string });
void createDispatcher(services)('app.status', {}).then((r) => {
  if (!r.ok) throw new Error('status failed');
  process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
  services.close();
});`;

export function benchFoundation(): Figure[] {
  const work = mkdtempSync(join(tmpdir(), 'mot-cua-bench-'));
  const bundle = join(work, 'cold-start.cjs');
  buildSync({
    stdin: { contents: ENTRY, resolveDir: resolve('bench'), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    // Dependencies stay in node_modules, as electron-vite leaves them for the main process.
    packages: 'external',
    nodePaths: [resolve('node_modules')],
    logLevel: 'silent',
  });
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const dataDir = join(work, `data-${i}`);
    const run = spawnSync(process.execPath, [bundle, dataDir], { encoding: 'utf8', env: { ...process.env, NODE_PATH: resolve('node_modules') } });
    if (run.status !== 0) throw new Error(run.stderr);
    samples.push(Number(run.stdout));
  }
  rmSync(work, { recursive: true, force: true });
  const median = percentile(samples, 50);
  return [figure('cold start (load + open + migrate + first query, empty database), median of 7', median, 'ms', '< 300 ms', median < 300)];
}
