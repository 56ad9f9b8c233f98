// @runs: main
// The one door into the main process: Electron's IPC handler and the browser
// shell's HTTP endpoint both call dispatch(). It refuses unknown methods,
// oversized or malformed input and callers without the right session before
// any handler runs, and turns every failure into a Vietnamese ApiError (a full
// disk into DISK_FULL naming the folder).
import { z } from 'zod';
import type { Services } from '../services';
import { asDiskFull } from '../services/disk-full';
import { errorMessages, type ErrorCode } from '../shared/vi/errors';
import { fieldMessages } from '../shared/vi/fields';
import { contract, type MethodName } from './contract';
import { createHandlers, type Handlers } from './handlers';
import { DomainError, type ApiError, type CallContext, type MethodSpec, type Result } from './kit';
import { counterSetting } from '../settings/keys';

/** Ordinary calls carry form data; anything bigger than this is not a clerk typing. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

export type Dispatch = (method: unknown, input: unknown) => Promise<Result<unknown>>;

/** The dispatcher: takes any method name and input, gives a Result, never throws (every failure is a Vietnamese ApiError). */
export function createDispatcher(services: Services, handlers: Handlers = createHandlers(services)): Dispatch {
  return async (methodName, rawInput) => {
    try {
      return await answer(services, handlers, methodName, rawInput);
    } catch (thrown) {
      // A full disk that no writer named a folder for: the database's (SQLITE_FULL) or another file in the data folder.
      const error = asDiskFull(thrown, 'data', services.dataDir);
      if (error instanceof DomainError) return failure(error.code, error.message === error.code ? undefined : error.message, error.field);
      // The database's own guard of a closed day (migration 0010), whichever feature tried the change.
      if (error instanceof Error && error.message === 'DAY_CLOSED') return failure('DAY_CLOSED');
      console.error(`[api] ${String(methodName)} failed`, error);
      return failure('INTERNAL');
    }
  };
}

async function answer(services: Services, handlers: Handlers, methodName: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (typeof methodName !== 'string' || !Object.hasOwn(contract, methodName)) return failure('UNKNOWN_METHOD');
  const name = methodName as MethodName;
  const spec: MethodSpec = contract[name];

  const ctx = authorise(services, spec);
  if ('code' in ctx) return { ok: false, error: ctx };
  if (tooLarge(rawInput)) return failure('REQUEST_TOO_LARGE');

  const parsed = spec.input.safeParse(rawInput === undefined ? {} : rawInput);
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };

  const handler = handlers[name] as (input: unknown, ctx: CallContext) => unknown;
  const value = await handler(parsed.data, ctx);
  return { ok: true, value: spec.output.parse(value) };
}

function authorise(services: Services, spec: MethodSpec): CallContext | ApiError {
  const counter = services.settings.get(counterSetting);
  if (spec.access === 'public') {
    const { clerk } = services.session.state();
    return { clerkId: clerk?.id ?? null, role: clerk?.role ?? null, counter };
  }
  const { clerk, locked } = services.session.state();
  if (!clerk) return { code: 'NOT_SIGNED_IN', message: errorMessages.NOT_SIGNED_IN };
  if (locked) return { code: 'LOCKED', message: errorMessages.LOCKED };
  if (spec.access === 'supervisor' && clerk.role !== 'supervisor') return { code: 'FORBIDDEN', message: errorMessages.FORBIDDEN };
  services.session.touch();
  return { clerkId: clerk.id, role: clerk.role, counter };
}

function tooLarge(input: unknown): boolean {
  if (input === undefined) return false;
  try {
    return JSON.stringify(input).length > MAX_INPUT_BYTES;
  } catch {
    return true;
  }
}

function failure(code: ErrorCode, message?: string, field?: string): Result<never> {
  return { ok: false, error: { code, message: message ?? errorMessages[code], ...(field ? { field } : {}) } };
}

function invalidInput(error: z.ZodError): ApiError {
  const issues = error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    // One issue per extra key, each naming its own field: zod lists them all in one issue.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [path, key].filter(Boolean).join('.'), message: fieldMessages.unexpectedField }));
    }
    return [{ field: path, message: issue.message }];
  });
  const first = issues[0];
  return {
    code: 'INVALID_INPUT',
    message: first ? `${errorMessages.INVALID_INPUT} ${first.message}` : errorMessages.INVALID_INPUT,
    ...(first?.field ? { field: first.field } : {}),
    issues,
  };
}
