// @runs: main
// Worker-thread entry: the start-up integrity check of the live database, off the
// main thread so the window shows (and says what it is doing) meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import { checkDatabaseFile } from './integrity';

const { file } = workerData as { file: string };
parentPort?.postMessage(checkDatabaseFile(file));
