// @runs: shared
// The building blocks of the one API contract between the main process and the
// renderer. A method is an input schema, an output schema and who may call it.
import { z } from 'zod';
import type { ErrorCode } from '../shared/vi/errors';
import { issueMessage } from '../shared/vi/fields';

// Every contract is built from this module, so every schema speaks Vietnamese: no zod wording reaches a clerk.
z.config({ localeError: issueMessage });

export type Access = 'public' | 'clerk' | 'supervisor';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, access: Access = 'clerk'): MethodSpec<I, O> {
  return { input, output, access };
}

/** A contract is a map of method name → spec; features export their own and api/contract.ts merges them. */
export type ContractShape = Record<string, MethodSpec>;

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending field, so the form can focus it. */
  field?: string;
  issues?: { field: string; message: string }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type InputOf<C extends ContractShape, M extends keyof C> = z.input<C[M]['input']>;
export type OutputOf<C extends ContractShape, M extends keyof C> = z.output<C[M]['output']>;

/** Server-side handler map for a feature's contract. */
export type HandlersOf<C extends ContractShape> = {
  [M in keyof C]: (input: z.output<C[M]['input']>, ctx: CallContext) => OutputOf<C, M> | Promise<OutputOf<C, M>>;
};

/** Who is calling: filled in by the dispatcher from the session. */
export interface CallContext {
  clerkId: number | null;
  role: 'supervisor' | 'clerk' | null;
  counter: number | null;
}

/** Handlers throw this to answer with a Vietnamese error instead of a crash. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly field?: string,
  ) {
    super(message ?? code);
  }
}

export const emptyInput = z.strictObject({});
export const okOutput = z.strictObject({ ok: z.literal(true) });
