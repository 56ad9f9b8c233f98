// @runs: node-script
// After `npm test`: one closing line per suite and in all, and a failure if the
// end-to-end suite in Chromium was skipped or ran no test (the Electron project
// may skip itself where no Electron binary is installed).
import { readFileSync } from 'node:fs';

interface PlaywrightSpec {
  tests: { projectName: string; results: { status: string }[] }[];
}
interface PlaywrightSuite {
  specs?: PlaywrightSpec[];
  suites?: PlaywrightSuite[];
}

function playwrightCounts(file: string) {
  const report = JSON.parse(readFileSync(file, 'utf8')) as { suites: PlaywrightSuite[] };
  const counts = { harness: { passed: 0, failed: 0, skipped: 0 }, electron: { passed: 0, failed: 0, skipped: 0 } };
  const visit = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const bucket = test.projectName === 'electron' ? counts.electron : counts.harness;
        const status = test.results.at(-1)?.status ?? 'skipped';
        if (status === 'passed') bucket.passed++;
        else if (status === 'skipped') bucket.skipped++;
        else bucket.failed++;
      }
    }
    suite.suites?.forEach(visit);
  };
  report.suites.forEach(visit);
  return counts;
}

function vitestCounts(file: string) {
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests };
}

const unit = vitestCounts('test-results/unit.json');
const e2e = playwrightCounts('test-results/e2e.json');
console.log(`unit: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
console.log(`e2e (Chromium harness): ${e2e.harness.passed} passed, ${e2e.harness.failed} failed, ${e2e.harness.skipped} skipped`);
console.log(`e2e (Electron): ${e2e.electron.passed} passed, ${e2e.electron.failed} failed, ${e2e.electron.skipped} skipped`);
const passed = unit.passed + e2e.harness.passed + e2e.electron.passed;
const failed = unit.failed + e2e.harness.failed + e2e.electron.failed;
const problems: string[] = [];
if (unit.passed === 0) problems.push('the unit suite ran no test');
if (e2e.harness.passed === 0) problems.push('the end-to-end suite ran no test in Chromium');
if (e2e.harness.skipped > 0) problems.push('end-to-end tests were skipped in Chromium');
for (const problem of problems) console.error(`FAIL: ${problem}`);
console.log(`${passed} passed, ${failed + problems.length} failed`);
process.exit(failed + problems.length > 0 ? 1 : 0);
