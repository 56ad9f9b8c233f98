// @runs: test
// A counter that does nothing but exchange with the office hub, three changes
// at a time, until it is killed: prints "batch <sent|applied> <seq>" after each
// batch. Run by test/unit/hub-sync.test.ts.
import { HubSync } from '../../src-main/hub/sync';
import { createServices } from '../../src-main/services';

async function main(): Promise<void> {
  const [dataDir] = process.argv.slice(2) as [string];
  const services = createServices({ dataDir });
  const hub = new HubSync(services, { batch: 3, onBatch: (step, upTo) => process.stdout.write(`batch ${step} ${upTo}\n`) });
  for (;;) await hub.syncOnce();
}

void main();
