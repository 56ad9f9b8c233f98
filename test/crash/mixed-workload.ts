// @runs: test
// A counter doing a bit of everything until it is killed: intake decisions, the
// dossier's life (hand-over, result, return), closing the day, the day's export,
// backups and restores, through the host's dispatch as the shells call it. One
// JSON object a line on stdout: "begin" before an action starts, "ack" only after
// its call returned ok. Run by test/unit/chaos.test.ts.
//
// argv: <dataDir> <seed> <start instant, ISO> <ids of acknowledged backups, comma-separated>
import { stampOf } from '../../src-main/backup/backups';
import { AppHost } from '../../src-main/backup/host';
import { FixedClock } from '../../src-main/services/clock';
import { vnDate, vnInstant } from '../../src-main/shared/time';
import { cardReissueForm, pensionForm } from '../support/intake';
import { pick, seededRandom } from '../support/random';
import { SUPERVISOR } from '../support/services';

export type ChaosLine =
  | { t: 'ready'; at: string }
  | { t: 'begin'; op: string; at: string; id?: string }
  | { t: 'ack'; op: 'decision'; dossierId: number; code: string | null; state: string }
  | { t: 'ack'; op: 'lifecycle'; dossierId: number; code: string | null; state: string }
  | { t: 'ack'; op: 'close'; day: string }
  | { t: 'ack'; op: 'export'; day: string; folder: string }
  | { t: 'ack'; op: 'backup'; id: string }
  | { t: 'ack'; op: 'restore'; id: string };

const OFFICE = { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 3 };
const DEPARTMENT = 'Phòng Quản lý thu - Sổ, thẻ';

const [dataDir, seedText, startAt, ackedText] = process.argv.slice(2) as [string, string, string, string];
const clock = new FixedClock(new Date(startAt));
const random = seededRandom(Number(seedText));
const ackedBackups = ackedText ? ackedText.split(',') : [];
const host = AppHost.open({ dataDir, clock });

function say(line: ChaosLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function begin(op: string, id?: string): void {
  say({ t: 'begin', op, at: clock.now().toISOString(), ...(id ? { id } : {}) });
}

async function ok<T>(method: string, input: unknown): Promise<T> {
  const result = await host.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** The counter's own database, to choose what to act on (the actions themselves go through dispatch). */
function rows<T>(query: string, ...params: unknown[]): T[] {
  const services = host.current;
  if (!services) throw new Error('no services: the host is in recovery mode');
  return services.sqlite.prepare(query).all(...params) as T[];
}

function moveClock(to: Date): void {
  clock.set(to);
  host.current?.session.touch();
}

function nextDay(): void {
  const next = new Date(vnInstant(vnDate(clock.now()), 12, 0).getTime() + 86_400_000);
  moveClock(vnInstant(vnDate(next), 8, 0));
}

async function signIn(): Promise<void> {
  await ok('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
}

async function start(): Promise<void> {
  await host.ready;
  if (host.recovering) throw new Error(`recovery mode at start: ${host.recoveryInfo().reason}`);
  const status = await ok<{ setupDone: boolean }>('app.status', {});
  if (status.setupDone) await signIn();
  else {
    await ok('setup.complete', { office: OFFICE, clerk: SUPERVISOR });
    // Retention high: every acknowledged backup must still be there at the end.
    await ok('backup.updateSettings', { folder: '', keep: 365, dailyTime: '17:30' });
  }
  const today = await ok<{ closure: { status: string } | null }>('endOfDay.status', { date: vnDate(clock.now()) });
  if (today.closure?.status === 'closed') nextDay();
}

async function decide(): Promise<void> {
  const kind = random();
  begin('decision');
  if (kind < 0.8) {
    const done = await ok<{ dossierId: number; code: string }>('intake.accept', { form: cardReissueForm() });
    say({ t: 'ack', op: 'decision', dossierId: done.dossierId, code: done.code, state: 'received' });
  } else if (kind < 0.9) {
    const done = await ok<{ dossierId: number }>('intake.issueGuidance', { form: pensionForm('missing-book'), reason: 'Thiếu sổ BHXH đã chốt quá trình đóng' });
    say({ t: 'ack', op: 'decision', dossierId: done.dossierId, code: null, state: 'guidance_issued' });
  } else {
    const done = await ok<{ dossierId: number }>('intake.refuse', { form: pensionForm('missing-book'), reasons: ['Hồ sơ không thuộc thẩm quyền giải quyết'] });
    say({ t: 'ack', op: 'decision', dossierId: done.dossierId, code: null, state: 'refused' });
  }
}

const lifecycle = {
  received: { method: 'queue.handOver', to: 'in_processing', input: { department: DEPARTMENT, receiverName: 'Lê Văn Tâm' } },
  in_processing: { method: 'queue.receiveResult', to: 'result_ready', input: { resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }], deliveredBy: 'Lê Văn Tâm' } },
  result_ready: { method: 'queue.returnResult', to: 'returned', input: { delivery: { method: 'counter', collector: { kind: 'applicant' }, signatureNoted: true } } },
} as const;

/** Moves one dossier a step along: hand-over, result received, result returned. */
async function advance(from: keyof typeof lifecycle): Promise<boolean> {
  const dossier = pick(random, rows<{ id: number; code: string }>('SELECT id, code FROM dossiers WHERE state = ? ORDER BY id', from));
  if (!dossier) return false;
  const step = lifecycle[from];
  begin(step.method);
  await ok(step.method, { dossierId: dossier.id, ...step.input });
  say({ t: 'ack', op: 'lifecycle', dossierId: dossier.id, code: dossier.code, state: step.to });
  return true;
}

async function closeDay(): Promise<void> {
  const day = vnDate(clock.now());
  begin('close');
  await ok('endOfDay.close', { date: day, confirmOpenItems: true });
  say({ t: 'ack', op: 'close', day });
  nextDay();
}

async function exportDay(): Promise<boolean> {
  const closed = pick(random, rows<{ day: string }>("SELECT day FROM day_closures WHERE status = 'closed' ORDER BY day"));
  if (!closed) return false;
  begin('export');
  const done = await ok<{ folder: string }>('endOfDay.export', { date: closed.day });
  say({ t: 'ack', op: 'export', day: closed.day, folder: done.folder });
  return true;
}

async function backup(): Promise<void> {
  begin('backup', stampOf(clock.now()));
  const done = await ok<{ id: string }>('backup.run', {});
  say({ t: 'ack', op: 'backup', id: done.id });
  ackedBackups.push(done.id);
}

/** Restores one of the backups the test saw acknowledged (it knows what each must hold), then signs in again. */
async function restore(): Promise<boolean> {
  const id = pick(random, ackedBackups);
  if (!id) return false;
  begin('restore', id);
  await ok('backup.restore', { id, password: SUPERVISOR.password });
  say({ t: 'ack', op: 'restore', id });
  await signIn();
  return true;
}

/** One action, chosen by weight; one that has nothing to act on falls back to an intake. */
async function step(): Promise<void> {
  const roll = random() * 100;
  const done =
    roll < 40 ? false
    : roll < 55 ? await advance('received')
    : roll < 67 ? await advance('in_processing')
    : roll < 78 ? await advance('result_ready')
    : roll < 83 ? (await closeDay(), true)
    : roll < 88 ? await exportDay()
    : roll < 97 ? (await backup(), true)
    : await restore();
  if (!done) await decide();
}

async function main(): Promise<void> {
  await start();
  say({ t: 'ready', at: clock.now().toISOString() });
  for (;;) {
    moveClock(new Date(clock.now().getTime() + 60_000));
    await step();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
