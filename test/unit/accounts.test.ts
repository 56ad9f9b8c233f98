import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, setUpOffice, SUPERVISOR, type TestApp } from '../support/services';

let app: TestApp;
beforeEach(() => {
  app = makeTestApp();
});
afterEach(() => app.close());

describe('first run', () => {
  it('starts on the setup screen, then signs the first clerk in as supervisor', async () => {
    expect(await app.ok('app.status', {})).toMatchObject({ setupDone: false, clerk: null });
    await setUpOffice(app);
    const status = await app.ok('app.status', {});
    expect(status).toMatchObject({
      setupDone: true,
      counterNumber: 3,
      office: { officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27' },
      clerk: { username: 'huongntt', role: 'supervisor', fullName: 'Nguyễn Thị Thu Hương' },
      locked: false,
    });
  });

  it('never stores the password in clear', async () => {
    await setUpOffice(app);
    const row = app.services.sqlite.prepare('SELECT password_hash FROM clerks').get() as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain(SUPERVISOR.password);
  });

  it('cannot be run twice', async () => {
    await setUpOffice(app);
    const again = await app.call('setup.complete', {
      office: { parentAgency: 'X', officeName: 'Y', officeCode: '000.00.15.H27', place: 'Z', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 1 },
      clerk: { fullName: 'Kẻ Lạ', username: 'kela', password: '12345678' },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'SETUP_ALREADY_DONE' } });
    expect(app.services.accounts.count()).toBe(1);
  });

  it('explains a bad office code and a short password next to the fields', async () => {
    const result = await app.call('setup.complete', {
      office: { parentAgency: 'BHXH VN', officeName: 'BHXH cơ sở', officeCode: 'abc', place: 'Huế', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 1 },
      clerk: { fullName: 'A', username: 'abc', password: 'short' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('office.officeCode');
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { field: 'office.officeCode', message: expect.stringContaining('000.00.15.H27') },
        { field: 'clerk.password', message: 'Mật khẩu phải có ít nhất 8 ký tự.' },
      ]),
    );
  });
});

describe('sign-in, lock and accounts', () => {
  beforeEach(async () => {
    await setUpOffice(app);
    await app.ok('session.signOut', {});
  });

  it('refuses a wrong password with one clear message, then accepts the right one', async () => {
    expect(await app.call('session.signIn', { username: 'huongntt', password: 'sai-mat-khau' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
    });
    expect(await app.call('session.signIn', { username: 'khongco', password: 'sai-mat-khau' })).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
    expect(await app.call('clerks.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    await app.ok('session.signIn', { username: 'HuongNTT ', password: SUPERVISOR.password });
    expect((await app.ok('clerks.list', {})).clerks).toHaveLength(1);
  });

  it('locks itself after the idle time and unlocks only with the password', async () => {
    await app.ok('session.signIn', { username: 'huongntt', password: SUPERVISOR.password });
    app.clock.advance(9 * 60_000);
    expect((await app.ok('app.status', {})).locked).toBe(false);
    app.clock.advance(2 * 60_000);
    expect((await app.ok('app.status', {})).locked).toBe(true);
    expect(await app.call('clerks.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await app.call('session.unlock', { password: 'nham-roi-1' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    await app.ok('session.unlock', { password: SUPERVISOR.password });
    expect((await app.ok('app.status', {})).locked).toBe(false);
  });

  it('activity keeps the counter unlocked', async () => {
    await app.ok('session.signIn', { username: 'huongntt', password: SUPERVISOR.password });
    for (let i = 0; i < 5; i++) {
      app.clock.advance(8 * 60_000);
      await app.ok('session.heartbeat', {});
    }
    expect((await app.ok('app.status', {})).locked).toBe(false);
  });

  it('lets a supervisor add and deactivate clerks, and a clerk do neither', async () => {
    await app.ok('session.signIn', { username: 'huongntt', password: SUPERVISOR.password });
    const { clerk } = await app.ok('clerks.add', { fullName: 'Trần Văn Bình', username: 'binhtv', password: '12345678', role: 'clerk' });
    expect(await app.call('clerks.add', { fullName: 'Trùng Tên', username: 'BinhTV', password: '12345678', role: 'clerk' })).toMatchObject({
      ok: false,
      error: { code: 'USERNAME_TAKEN', field: 'username' },
    });
    expect(await app.call('clerks.setActive', { clerkId: 1, active: false })).toMatchObject({ ok: false, error: { code: 'SELF_DEACTIVATE' } });

    await app.ok('session.signOut', {});
    await app.ok('session.signIn', { username: 'binhtv', password: '12345678' });
    expect(await app.call('clerks.add', { fullName: 'X Y', username: 'xyz', password: '12345678', role: 'supervisor' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await app.ok('session.signOut', {});
    await app.ok('session.signIn', { username: 'huongntt', password: SUPERVISOR.password });
    await app.ok('clerks.setActive', { clerkId: clerk.id, active: false });
    await app.ok('session.signOut', {});
    expect(await app.call('session.signIn', { username: 'binhtv', password: '12345678' })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_INACTIVE' } });
    const actions = app.services.sqlite.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual(['setup.complete', 'clerks.add', 'clerks.deactivate', 'session.signInFailed']);
  });
});
