// @runs: test
// A counter that does nothing but exchange with the office hub, three changes
// at a time, until it is killed: prints "batch <sent|applied> <seq>" after each
// batch. Run by test/unit/hub-sync.test.ts; with "freeze-mid-join" as its
// second argument it holds still after the first page of a first join's copy
// until it is killed (hub-projection.test.ts: killed with indexes set aside).
import { JOINING } from '../../src-main/hub/bootstrap';
import { HubSync } from '../../src-main/hub/sync';
import { createServices } from '../../src-main/services';

async function main(): Promise<void> {
  const [dataDir, freeze] = process.argv.slice(2) as [string, string | undefined];
  const services = createServices({ dataDir });
  const onBatch = (step: string, upTo: number) => {
    process.stdout.write(`batch ${step} ${upTo}\n`);
    // Blocks the whole process, so that nothing after this page runs before the kill.
    if (freeze === 'freeze-mid-join' && upTo === JOINING) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  };
  const hub = new HubSync(services, { batch: 3, onBatch });
  for (;;) await hub.syncOnce();
}

void main();
