// @runs: test
// Sign-in and unlock under attack and under a clerk's ordinary mistypes:
// throttling, lockout, the audit trail, equal timing, the scrypt cost.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountCommands } from '../../src-main/cli/account-commands';
import { checkPassword, hashPassword, needsRehash, RECOMMENDED_COST } from '../../src-main/clerks/password';
import { vnInstant } from '../../src-main/shared/time';
import { makeTestApp, setUpOffice, SUPERVISOR, type TestApp } from '../support/services';

const CLERK = { fullName: 'Trần Văn Bình', username: 'binhtv', password: 'dung-roi-1' };
const START = vnInstant('2026-03-02', 9, 0);

let app: TestApp;
afterEach(() => app.close());

/** An office with a supervisor and one clerk, nobody signed in. */
async function office(cost?: Parameters<typeof makeTestApp>[1]): Promise<void> {
  app = makeTestApp(START, cost);
  await setUpOffice(app);
  await app.ok('clerks.add', { ...CLERK, role: 'clerk' });
  await app.ok('session.signOut', {});
}

const signIn = (username: string, password: string) => app.call('session.signIn', { username, password });

function auditRows(action: string) {
  return (app.services.sqlite.prepare('SELECT at, clerk_id, counter, detail FROM audit_log WHERE action = ? ORDER BY id').all(action) as { at: string; clerk_id: number | null; counter: number; detail: string }[]).map(
    (row) => ({ ...row, detail: JSON.parse(row.detail) as { username: string; reason: string } }),
  );
}

describe('growing delay after failed sign-ins', () => {
  it('refuses 800 wrong passwords at 19 a second quickly once throttled, checks only a handful, and logs each one', async () => {
    await office();
    const codes = new Map<string, number>();
    const started = performance.now();
    for (let i = 0; i < 800; i++) {
      const result = await signIn(CLERK.username, `doan-sai-${i}`);
      expect(result.ok).toBe(false);
      if (!result.ok) codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
      app.clock.advance(53);
    }
    const elapsed = performance.now() - started;
    // 3 free failures, then waits of 1, 2, 4, 8, 16 and 32 s: in 42 s only 9 passwords are ever checked.
    expect(Object.fromEntries(codes)).toEqual({ WRONG_CREDENTIALS: 9, SIGN_IN_THROTTLED: 791 });
    expect(elapsed / 800).toBeLessThan(10);
    const failures = auditRows('session.signInFailed');
    expect(failures).toHaveLength(800);
    expect(failures.filter((f) => f.detail.reason === 'wrong-password')).toHaveLength(9);
    expect(failures.every((f) => f.detail.username === CLERK.username && f.counter === 3 && f.at.startsWith('2026-03-02T09:0'))).toBe(true);
  });

  it('does not slow a clerk who mistypes twice, or even three times', async () => {
    await office();
    // Between two whole seconds, as in real life (stored times have whole seconds).
    app.clock.advance(500);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 3; i++) expect(await signIn(CLERK.username, 'nham-mot-chut')).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
      // The clock does not move: any wait would be a refusal.
      expect(await signIn(CLERK.username, CLERK.password)).toMatchObject({ ok: true });
      await app.ok('session.signOut', {});
    }
    expect(app.services.sqlite.prepare('SELECT count(*) AS n FROM sign_in_throttle').get()).toEqual({ n: 0 });
  });

  it('says in Vietnamese when to try again, and does not check a password before then', async () => {
    await office();
    for (let i = 0; i < 3; i++) await signIn(CLERK.username, 'sai');
    expect(await signIn(CLERK.username, 'sai')).toMatchObject({
      ok: false,
      error: { code: 'WRONG_CREDENTIALS', field: 'password', message: 'Tên đăng nhập hoặc mật khẩu không đúng. Hãy thử lại sau 09:00:01 (còn 1 giây).' },
    });
    app.clock.advance(400);
    expect(await signIn(CLERK.username, CLERK.password)).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_THROTTLED', field: 'password', message: 'Đã nhập sai mật khẩu nhiều lần liên tiếp. Hãy thử lại sau 09:00:01 (còn 1 giây).' },
    });
    app.clock.advance(600);
    expect(await signIn(CLERK.username, 'sai')).toMatchObject({ error: { message: expect.stringContaining('Hãy thử lại sau 09:00:03 (còn 2 giây).') } });
    app.clock.advance(2_000);
    await app.ok('session.signIn', { username: CLERK.username, password: CLERK.password });
  });

  it('slows the counter too, whatever names are tried', async () => {
    await office();
    for (const name of ['an', 'binh', 'chi', 'dung']) await signIn(name, 'sai');
    expect(await signIn(SUPERVISOR.username, SUPERVISOR.password)).toMatchObject({ ok: false, error: { code: 'SIGN_IN_THROTTLED' } });
    app.clock.advance(1_000);
    await app.ok('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
  });
});

describe('lockout', () => {
  async function tenFailures(username: string) {
    const results = [];
    for (let i = 0; i < 10; i++) {
      results.push(await signIn(username, `sai-${i}`));
      app.clock.advance(10 * 60_000);
    }
    return results;
  }

  it('locks an account after 10 failures in a row until a supervisor unlocks it in Cài đặt', async () => {
    await office();
    const results = await tenFailures(CLERK.username);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED', field: 'username', message: expect.stringContaining('Tài khoản đã bị khóa') } });
    expect(await signIn(CLERK.username, CLERK.password)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    expect(auditRows('session.accountLocked')).toMatchObject([{ counter: 3, detail: { username: CLERK.username } }]);
    expect(auditRows('session.signInFailed').at(-1)).toMatchObject({ detail: { username: CLERK.username, reason: 'locked' } });

    await app.ok('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
    const { clerks } = await app.ok('clerks.list', {});
    expect(clerks.find((c) => c.username === CLERK.username)).toMatchObject({ locked: true, active: true });
    const { clerk } = await app.ok('clerks.unlockAccount', { clerkId: clerks.find((c) => c.username === CLERK.username)?.id ?? 0 });
    expect(clerk.locked).toBe(false);
    expect(auditRows('clerks.unlockAccount')).toMatchObject([{ clerk_id: 1, counter: 3, detail: { username: CLERK.username } }]);
    await app.ok('session.signOut', {});

    await app.ok('session.signIn', { username: CLERK.username, password: CLERK.password });
    expect(await app.call('clerks.unlockAccount', { clerkId: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lets the IT officer unlock the only supervisor from the command line', async () => {
    await office();
    await tenFailures(SUPERVISOR.username);
    const unlock = (args: string[]) => accountCommands['unlock-account']?.run?.(app.services, args);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(unlock([])).toBe(2);
    expect(unlock(['khongco'])).toBe(1);
    expect(error).toHaveBeenCalledWith('Không có tài khoản "khongco".');
    expect(unlock([' HuongNTT'])).toBe(0);
    expect(log).toHaveBeenCalledWith('Đã mở khóa tài khoản "huongntt".');
    log.mockRestore();
    error.mockRestore();
    expect(auditRows('clerks.unlockAccount')).toMatchObject([{ clerk_id: null, counter: 3, detail: { username: 'huongntt', via: 'cli' } }]);
    await app.ok('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
  });

  it('answers an unknown name exactly as a known one, locked included', async () => {
    await office();
    const known = await tenFailures(CLERK.username);
    // A success at the counter ends the counter's run of failures, so the unknown name starts where the known one did.
    await app.ok('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
    await app.ok('session.signOut', {});
    const unknown = await tenFailures('khongco');
    // The same answers, but for the wall time to try again at (the clock has moved on).
    const answers = (results: typeof known) => results.map((r) => (r.ok ? r : { ...r.error, message: r.error.message.replace(/\d\d:\d\d:\d\d/, 'hh:mm:ss') }));
    expect(answers(unknown)).toEqual(answers(known));
    expect(answers(unknown).at(-1)).toMatchObject({ code: 'ACCOUNT_LOCKED' });
  });
});

describe('the idle lock', () => {
  it('goes through the same throttling and counts towards the same lockout', async () => {
    await office();
    await app.ok('session.signIn', { username: CLERK.username, password: CLERK.password });
    await app.ok('session.lock', {});
    for (let i = 0; i < 3; i++) expect(await app.call('session.unlock', { password: 'sai' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD', message: 'Mật khẩu không đúng.' } });
    expect(await app.call('session.unlock', { password: 'sai' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD', message: expect.stringContaining('Hãy thử lại sau') } });
    expect(await app.call('session.unlock', { password: CLERK.password })).toMatchObject({ ok: false, error: { code: 'SIGN_IN_THROTTLED' } });
    expect(auditRows('session.unlockFailed').map((r) => r.detail.reason)).toEqual(['wrong-password', 'wrong-password', 'wrong-password', 'wrong-password', 'throttled']);

    for (let i = 0; i < 6; i++) {
      app.clock.advance(10 * 60_000);
      await app.call('session.unlock', { password: 'sai' });
    }
    expect(await app.call('session.unlock', { password: CLERK.password })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED', field: 'password' } });
    await app.ok('session.signOut', {});
    expect(await signIn(CLERK.username, CLERK.password)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
  });
});

describe('scrypt at the recommended cost', () => {
  it('signs an old N=2^14 hash in, rehashes it at N=2^17, and takes as long for an unknown name as for a known one', async () => {
    await office(RECOMMENDED_COST);
    const stored = () => (app.services.sqlite.prepare("SELECT password_hash FROM clerks WHERE username = 'huongntt'").get() as { password_hash: string }).password_hash;
    expect(stored()).toMatch(/^scrypt\$131072\$8\$1\$/);
    const old = hashPassword(SUPERVISOR.password, { N: 2 ** 14, r: 8, p: 1 });
    app.services.sqlite.prepare("UPDATE clerks SET password_hash = ? WHERE username = 'huongntt'").run(old);
    expect(needsRehash(old, RECOMMENDED_COST)).toBe(true);

    await app.ok('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
    expect(stored()).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(needsRehash(stored(), RECOMMENDED_COST)).toBe(false);
    // The backup restore's own check (synchronous) reads the new hash too.
    expect(await checkPassword(SUPERVISOR.password, stored())).toBe(true);
    await app.ok('session.signOut', {});

    const timed = async (username: string) => {
      app.clock.advance(10 * 60_000);
      const started = performance.now();
      expect(await signIn(username, 'doan-sai')).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await timed(SUPERVISOR.username));
      unknown.push(await timed(`khongco${i}`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] ?? 0;
    expect(median(unknown) / median(known)).toBeGreaterThan(0.7);
    expect(median(unknown) / median(known)).toBeLessThan(1.4);
    expect(median(known)).toBeGreaterThan(50);
  });

  it('reads the cost from each hash and refuses a malformed one', async () => {
    const cheap = hashPassword('mat-khau-8', { N: 2 ** 10, r: 8, p: 1 });
    expect(await checkPassword('mat-khau-8', cheap)).toBe(true);
    expect(await checkPassword('mat-khau-9', cheap)).toBe(false);
    expect(needsRehash(cheap, { N: 2 ** 10, r: 8, p: 1 })).toBe(false);
    expect(needsRehash(cheap, { N: 2 ** 10, r: 16, p: 1 })).toBe(true);
    expect(await checkPassword('mat-khau-8', 'scrypt$3$8$1$c2FsdA==$aGFzaA==')).toBe(false);
    expect(await checkPassword('mat-khau-8', 'bcrypt$xyz')).toBe(false);
  });
});
