// @runs: test
// A counter that does nothing but exchange with the office hub, three changes
// at a time, until it is killed: prints "batch <cursor>" after each applied
// batch. Run by test/unit/hub-sync.test.ts.
import { HubSync } from '../../src-main/hub/sync';
import { createServices } from '../../src-main/services';

async function main(): Promise<void> {
  const [dataDir] = process.argv.slice(2) as [string];
  const services = createServices({ dataDir });
  const hub = new HubSync(services, { batch: 3, onBatch: (cursor) => process.stdout.write(`batch ${cursor}\n`) });
  for (;;) await hub.syncOnce();
}

void main();
