// @runs: main
// Worker-thread entry: the start-up integrity check of the live database, off the
// main thread so the window shows (and says what it is doing) meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import { checkDatabaseFile, type CheckLevel } from './integrity';

const { file, level } = workerData as { file: string; level: CheckLevel };
parentPort?.postMessage(checkDatabaseFile(file, level));
