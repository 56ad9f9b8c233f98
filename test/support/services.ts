// @runs: test
// Real services over a real temporary database, for integration tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from '../../src-main/api/dispatch';
import type { Input, MethodName, Output } from '../../src-main/api/contract';
import type { Result } from '../../src-main/api/kit';
import { createServices, type Services } from '../../src-main/services';
import { FixedClock } from '../../src-main/services/clock';
import type { ScryptCost } from '../../src-main/clerks/password';
import { vnInstant } from '../../src-main/shared/time';

export interface TestApp {
  services: Services;
  clock: FixedClock;
  dispatch: Dispatch;
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** Like call, but fails the test on an error result. */
  ok<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  dataDir: string;
  /** Moves the counter's clock while the clerk keeps working (no idle lock). */
  at(instant: Date): void;
  close(): void;
}

export const SUPERVISOR = { fullName: 'Nguyễn Thị Thu Hương', username: 'huongntt', password: 'mat-khau-8' };

/** A cheap scrypt cost (about 10 ms a hash) for suites that set up an office and sign in for every test. */
export const TEST_PASSWORD_COST: ScryptCost = { N: 2 ** 12, r: 8, p: 1 };

export function makeTestApp(start = vnInstant('2026-03-02', 9, 0), passwordCost = TEST_PASSWORD_COST): TestApp {
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-test-'));
  const clock = new FixedClock(start);
  const services = createServices({ dataDir, clock, passwordCost });
  const dispatch = createDispatcher(services);
  const call = ((method: string, input: unknown) => dispatch(method, input)) as TestApp['call'];
  return {
    services,
    clock,
    dispatch,
    call,
    ok: async (method, input) => {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${String(method)} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    dataDir,
    at: (instant) => {
      clock.set(instant);
      services.session.touch();
    },
    close: () => {
      services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function setUpOffice(app: TestApp): Promise<void> {
  await app.ok('setup.complete', {
    office: {
      parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM',
      officeName: 'Bảo hiểm xã hội cơ sở Đông Hà',
      officeCode: '000.00.15.H27',
      place: 'Đông Hà',
      address: '01 Trần Hưng Đạo, Đông Hà',
      phone: '0233 3851 234',
      counterNumber: 3,
    },
    clerk: SUPERVISOR,
  });
}
