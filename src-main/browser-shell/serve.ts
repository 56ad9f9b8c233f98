// @runs: main
// `npm run start:browser`: the whole app on 127.0.0.1 for a local browser.
import { join, resolve } from 'node:path';
import { AppHost } from '../backup/host';
import { startBackupScheduler } from '../backup/scheduler';
import { startMaintenance } from '../db/maintenance';
import { startOutboxScheduler } from '../end-of-day/scheduler';
import { startHubScheduler } from '../hub/scheduler';
import { dataDirOverride } from '../services/data-dir';
import { backupWords } from '../shared/vi/backup';
import { startBrowserShell } from './server';

async function main(): Promise<void> {
  const dataDir = resolve(dataDirOverride(process.argv, process.env) ?? join(process.cwd(), '.data'));
  // The host checks the database first and may start in recovery mode; a restore swaps its services in place.
  const host = AppHost.open({ dataDir });
  host.ready.catch((error: unknown) => {
    console.error(backupWords.startupCheck.failed, error);
    process.exit(1);
  });
  const scheduler = startBackupScheduler(() => host.current);
  const outbox = startOutboxScheduler(() => host.current);
  const hubSync = startHubScheduler(() => host.current);
  const maintenance = startMaintenance(() => host.current);
  const port = Number(process.env.PORT ?? 5780);
  const shell = await startBrowserShell(host, resolve('out/renderer'), port);
  console.log(`Một Cửa Desk đang chạy tại ${shell.url}`);
  console.log(`Dữ liệu: ${dataDir}`);
  console.log('Nhấn Ctrl+C để dừng.');
  process.on('SIGINT', () => {
    void shell.close().then(() => {
      scheduler.stop();
      outbox.stop();
      hubSync.stop();
      maintenance.stop();
      host.close();
      process.exit(0);
    });
  });
}

void main();
