// @runs: shared
// THE contract between the main process and the renderer: every method, its
// input and output schemas, and who may call it. Each feature defines its own
// part next to its code; this file only merges them.
import { calendarContract } from '../calendar/contract';
import { catalogueContract } from '../catalogue/contract';
import { clerksContract } from '../clerks/contract';
import { documentsContract } from '../documents/contract';
import { dossiersContract } from '../dossiers/contract';
import { peopleContract } from '../people/contract';
import { satisfactionContract } from '../satisfaction/contract';
import { attachmentsContract } from '../attachments/contract';
import { searchContract } from '../search/contract';
import { queueContract } from '../queue/contract';
import { endOfDayContract } from '../end-of-day/contract';
import { backupContract } from '../backup/contract';
import { reportsContract } from '../reports/contract';
import { settingsContract } from '../settings/contract';
import { setupContract } from '../setup/contract';
import { hubContract } from '../hub/contract';
import type { ContractShape, InputOf, OutputOf, Result } from './kit';

export const contract = {
  ...setupContract,
  ...clerksContract,
  ...settingsContract,
  ...catalogueContract,
  ...calendarContract,
  ...documentsContract,
  ...dossiersContract,
  ...peopleContract,
  ...queueContract,
  ...searchContract,
  ...attachmentsContract,
  ...satisfactionContract,
  ...endOfDayContract,
  ...backupContract,
  ...reportsContract,
  ...hubContract,
} satisfies ContractShape;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = InputOf<Contract, M>;
export type Output<M extends MethodName> = OutputOf<Contract, M>;

/** Progress of long work (export, backup, a big report), and news of other counters' changes (hub.received), pushed to the renderer. */
export interface ProgressEvent {
  task: string;
  done: number;
  total: number;
  label: string;
}

/** What the preload (Electron) or the shim (browser shell) puts on window.motCua. */
export interface MotCuaBridge {
  invoke<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}
