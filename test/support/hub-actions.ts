// @runs: test
// What the hub tests do at the counters: a clerk's lifecycle actions through
// the API, and looks at a counter's database or the hub's log.
import pgLib from 'pg';
import type { Input, MethodName, Output } from '../../src-main/api/contract';
import type { Sqlite } from '../../src-main/db/open';
import { cardReissueForm } from './intake';

/** A counter as the tests drive it: its API and its database (a TestApp, or an AppHost's current services). */
export interface Counter {
  ok<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  readonly services: { sqlite: Sqlite };
}

export const DEPARTMENT = 'Phòng Quản lý thu - Sổ, thẻ';
const personalId = (n: number) => `0450${String(n).padStart(8, '0')}`;

/** Receives a card re-issue for applicant n; gives the local dossier id. */
export async function accept(app: Counter, n: number): Promise<number> {
  const form = cardReissueForm();
  form.applicant = { ...form.applicant, personalId: personalId(n), fullName: `Nguyễn Văn Số ${n}` } as typeof form.applicant;
  return (await app.ok('intake.accept', { form })).dossierId;
}

export async function handOver(app: Counter, dossierId: number): Promise<void> {
  await app.ok('queue.handOver', { dossierId, department: DEPARTMENT, receiverName: 'Lê Văn Tâm' });
}

export async function receiveResult(app: Counter, dossierId: number): Promise<void> {
  await app.ok('queue.receiveResult', { dossierId, resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }] });
}

export async function toResultReady(app: Counter, dossierId: number): Promise<void> {
  await handOver(app, dossierId);
  await receiveResult(app, dossierId);
}

export const returnAtCounter = (dossierId: number) => ({ dossierId, delivery: { method: 'counter' as const, collector: { kind: 'applicant' as const }, signatureNoted: true } });

/** The local id of a dossier by its code. */
export function idOf(app: Counter, code: string): number {
  return (app.services.sqlite.prepare('SELECT id FROM dossiers WHERE code = ?').get(code) as { id: number }).id;
}

export function count(app: Counter, table: string): number {
  return (app.services.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export function stateOf(app: Counter, code: string): string {
  return (app.services.sqlite.prepare('SELECT state FROM dossiers WHERE code = ?').get(code) as { state: string }).state;
}

/** One query on the hub as its owner. */
export async function hubQuery<T>(adminUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pgLib.Client(adminUrl);
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Waits for a condition, failing after the limit. */
export async function until(condition: () => boolean | Promise<boolean>, limitMs: number): Promise<void> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
