// @runs: main
// `npm run start:browser`: the whole app on 127.0.0.1 for a local browser.
import { join, resolve } from 'node:path';
import { createServices } from '../services';
import { dataDirOverride } from '../services/data-dir';
import { startBrowserShell } from './server';

async function main(): Promise<void> {
  const dataDir = resolve(dataDirOverride(process.argv, process.env) ?? join(process.cwd(), '.data'));
  const services = createServices({ dataDir });
  const port = Number(process.env.PORT ?? 5780);
  const shell = await startBrowserShell(services, resolve('out/renderer'), port);
  console.log(`Một Cửa Desk đang chạy tại ${shell.url}`);
  console.log(`Dữ liệu: ${dataDir}`);
  console.log('Nhấn Ctrl+C để dừng.');
  process.on('SIGINT', () => {
    void shell.close().then(() => {
      services.close();
      process.exit(0);
    });
  });
}

void main();
