// @runs: main
// Work that would freeze the window for seconds runs in a worker thread. Its entry
// file is `<name>.ts` beside the module that starts it, run through tsx (scripts,
// tests, the browser shell); the Electron shell instead points here to the bundle,
// where electron.vite.config.ts writes each entry as `<name>.js` beside index.js.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

let bundleDir: string | null = null;

/** Called by the Electron shell with its own folder (out/main). */
export function useBundledWorkers(dir: string): void {
  bundleDir = dir;
}

/**
 * The entry's first message, or null when its file is not found. Rejects when the
 * thread fails or ends without answering, so the caller can do the work itself.
 */
export function runInWorker<T>(sourceDir: string, name: string, workerData: unknown): Promise<T> | null {
  const entry = bundleDir ? { file: join(bundleDir, `${name}.js`), execArgv: [] } : { file: join(sourceDir, `${name}.ts`), execArgv: ['--import', 'tsx'] };
  if (!existsSync(entry.file)) return null;
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(entry.file, { workerData, execArgv: entry.execArgv });
    worker.once('message', (value: T) => {
      resolve(value);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker ${name} ended (code ${code}) without an answer`)));
  });
}
