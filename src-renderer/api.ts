// @runs: renderer
// The renderer's typed client of the one contract. window.motCua comes from
// the preload (Electron) or the shim (browser shell); both satisfy MotCuaBridge.
import type { Input, MethodName, MotCuaBridge, Output } from '../src-main/api/contract';
import type { ApiError, Result } from '../src-main/api/kit';

declare global {
  interface Window {
    motCua: MotCuaBridge;
  }
}

export type { ApiError, Result };

export function call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  return window.motCua.invoke(method, input).catch(
    (): Result<Output<M>> => ({ ok: false, error: { code: 'INTERNAL', message: 'Mất kết nối với phần xử lý. Hãy thử lại.' } }),
  );
}

/** Tells the shell that the status (session, lock) may have changed. */
export const statusChanged = new EventTarget();

export function notifyStatusChanged(): void {
  statusChanged.dispatchEvent(new Event('change'));
}
