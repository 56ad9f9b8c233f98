// @runs: main
// The dispatcher of recovery mode. The database is damaged, so there is no
// session and no clerk to check: only app.status (which carries the recovery
// details) and backup.recover answer; every other method is refused with one
// clear message, before its input is even looked at.
import type { Dispatch } from '../api/dispatch';
import { contract } from '../api/contract';
import { DomainError, type Result } from '../api/kit';
import { asDiskFull } from '../services/disk-full';
import { errorMessages, type ErrorCode } from '../shared/vi/errors';
import type { RecoveryInfo } from './host';

interface Recoverable {
  /** The data folder the restore writes into (named when its disk is full). */
  readonly dataDir: string;
  recoveryInfo(): RecoveryInfo;
  recover(id?: string): Promise<void>;
}

export function createRecoveryDispatcher(host: Recoverable): Dispatch {
  return async (method, input) => {
    if (typeof method !== 'string' || !Object.hasOwn(contract, method)) return failure('UNKNOWN_METHOD');
    if (method !== 'app.status' && method !== 'backup.recover') return failure('RECOVERY_MODE');
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) return failure('INVALID_INPUT');
    try {
      if (method === 'app.status') return { ok: true, value: recoveryStatus(host.recoveryInfo()) };
      await host.recover((parsed.data as { id?: string }).id);
      return { ok: true, value: { ok: true } };
    } catch (thrown) {
      const error = asDiskFull(thrown, 'data', host.dataDir);
      if (error instanceof DomainError) return failure(error.code, error.message === error.code ? undefined : error.message);
      console.error('[recovery] restore failed', error);
      return failure('INTERNAL');
    }
  };
}

/** app.status when no services run: no office, no session. */
const noServices = { setupDone: false, office: null, counterNumber: 1, idleMinutes: 10, clerk: null, locked: false };

function recoveryStatus(recovery: RecoveryInfo) {
  return { ...noServices, recovery };
}

/** app.status while the start-up integrity check runs: the window says so and asks again. */
export function checkingStatus() {
  return { ...noServices, checking: true };
}

function failure(code: ErrorCode, message?: string): Result<never> {
  return { ok: false, error: { code, message: message ?? errorMessages[code] } };
}
