// The test: a damaged database file must never be worked on. The app
// starts in recovery mode, refuses everything but a restore, and the newest good
// backup brings the data back.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type Input, type MethodName, type Output } from '../../src-main/api/contract';
import { AppHost } from '../../src-main/backup/host';
import { checkDatabaseFile } from '../../src-main/backup/integrity';
import { DATABASE_FILE } from '../../src-main/db/open';
import { FixedClock } from '../../src-main/services/clock';
import { vnInstant } from '../../src-main/shared/time';
import { corruptHeader, corruptMiddle } from '../support/backup';
import { validSamples } from '../support/samples/index';
import { cardReissueForm } from '../support/intake';
import { SUPERVISOR } from '../support/services';

let dataDir: string;
let host: AppHost;
const clock = new FixedClock(vnInstant('2026-03-02', 16, 0));

const call = <M extends MethodName>(method: M, input: Input<M>) => host.dispatch(method, input) as Promise<{ ok: true; value: Output<M> } | { ok: false; error: { code: string; message: string } }>;
async function ok<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await call(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A counter that worked, backed up at 16:00, kept working, then shut down. */
async function counterWithBackup(): Promise<string> {
  host = AppHost.open({ dataDir, clock });
  await host.ready;
  await ok('setup.complete', {
    office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 3 },
    clerk: SUPERVISOR,
  });
  await ok('clerks.add', { fullName: 'Trần Văn Bình', username: 'binhtv', password: '12345678', role: 'clerk' });
  await ok('intake.accept', { form: cardReissueForm() });
  const { id } = await ok('backup.run', {});
  await ok('clerks.add', { fullName: 'Ngô Văn An', username: 'annv', password: '12345678', role: 'clerk' });
  host.close();
  return id;
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-recovery-'));
});
afterEach(() => {
  host.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the start-up check', () => {
  it('runs while the window shows: the status says "checking", a sign-in waits for the check and then works', async () => {
    await counterWithBackup();
    host = AppHost.open({ dataDir, clock });
    expect(await ok('app.status', {})).toMatchObject({ checking: true, clerk: null, setupDone: false });
    const signIn = call('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
    expect(await signIn).toMatchObject({ ok: true });
    expect(host.recovering).toBe(false);
    expect(await ok('app.status', {})).toMatchObject({ setupDone: true, clerk: expect.objectContaining({ username: SUPERVISOR.username }) });
    expect((await ok('app.status', {})).checking).toBeUndefined();
  });
});

describe('a damaged database at start-up', () => {
  it('is refused: recovery mode answers nothing but the status and a restore, then the last good backup brings the data back', async () => {
    const backupId = await counterWithBackup();
    const live = join(dataDir, DATABASE_FILE);
    corruptMiddle(live);
    expect(checkDatabaseFile(live).ok).toBe(false);

    host = AppHost.open({ dataDir, clock });

    await host.ready;
    expect(host.recovering).toBe(true);
    const status = await ok('app.status', {});
    expect(status.recovery?.reason).toMatch(/toàn vẹn|Cấu trúc tệp dữ liệu bị hỏng/);
    expect(status.recovery?.backups).toEqual([expect.objectContaining({ id: backupId, state: 'ok', at: '2026-03-02T16:00:00+07:00' })]);
    expect(status).toMatchObject({ setupDone: false, clerk: null });

    const others = (Object.keys(contract) as MethodName[]).filter((m) => m !== 'app.status' && m !== 'backup.recover');
    expect(others.length).toBeGreaterThan(20);
    for (const method of others) {
      expect(await host.dispatch(method, validSamples[method]), method).toMatchObject({
        ok: false,
        error: { code: 'RECOVERY_MODE', message: expect.stringContaining('chế độ phục hồi') },
      });
    }

    await ok('backup.recover', {});
    expect(host.recovering).toBe(false);
    expect(await ok('app.status', {})).toMatchObject({ setupDone: true, clerk: null, office: { officeName: 'Bảo hiểm xã hội cơ sở Đông Hà' } });
    expect(await ok('app.status', {})).not.toHaveProperty('recovery');
    await ok('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
    expect((await ok('clerks.list', {})).clerks.map((c) => c.username).sort()).toEqual(['binhtv', 'huongntt']);
    expect(checkDatabaseFile(live)).toEqual({ ok: true });
    expect(readdirSync(dataDir).filter((f) => f.startsWith(`${DATABASE_FILE}.before-restore-`))).toHaveLength(1);

    host.close();
    host = AppHost.open({ dataDir, clock });
    await host.ready;
    expect(host.recovering).toBe(false);
  });

  it('a file that is not a database at all is refused the same way', async () => {
    await counterWithBackup();
    corruptHeader(join(dataDir, DATABASE_FILE));
    host = AppHost.open({ dataDir, clock });
    await host.ready;
    const status = await ok('app.status', {});
    expect(status.recovery?.reason).toBe('Tệp dữ liệu không phải là cơ sở dữ liệu hợp lệ (phần đầu tệp bị ghi đè hoặc hỏng).');
    expect(await call('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password })).toMatchObject({ ok: false, error: { code: 'RECOVERY_MODE' } });
    await ok('backup.recover', {});
    await ok('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
  });

  it('skips a damaged newest backup for the last good one, and says so when there is none', async () => {
    const goodId = await counterWithBackup();
    host = AppHost.open({ dataDir, clock });
    await host.ready;
    clock.set(vnInstant('2026-03-02', 17, 0));
    host.current?.session.touch();
    await ok('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
    const { id: newerId } = await ok('backup.run', {});
    host.close();
    corruptMiddle(join(dataDir, 'backups', newerId, DATABASE_FILE));
    corruptMiddle(join(dataDir, DATABASE_FILE));

    host = AppHost.open({ dataDir, clock });

    await host.ready;
    const { recovery } = await ok('app.status', {});
    expect(recovery?.backups.map((b) => [b.id, b.state])).toEqual([
      [newerId, 'ok'],
      [goodId, 'ok'],
    ]);
    expect(await call('backup.recover', { id: newerId })).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED', message: expect.stringContaining('SHA-256') } });
    expect(host.recovering).toBe(true);
    await ok('backup.recover', {});
    expect(host.recovering).toBe(false);
    const restoredFrom = host.current?.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'backup.restore'").get() as { detail: string };
    expect(JSON.parse(restoredFrom.detail).from).toBe(join(dataDir, 'backups', goodId));

    host.close();
    rmSync(join(dataDir, 'backups'), { recursive: true });
    corruptMiddle(join(dataDir, DATABASE_FILE));
    host = AppHost.open({ dataDir, clock });
    await host.ready;
    expect((await ok('app.status', {})).recovery?.backups).toEqual([]);
    expect(await call('backup.recover', {})).toMatchObject({ ok: false, error: { code: 'BACKUP_NOT_FOUND' } });
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
  });
});

describe('a lost database with backups beside it', () => {
  const live = () => join(dataDir, DATABASE_FILE);

  async function expectRecoveryThenRestore(reason: RegExp): Promise<void> {
    host = AppHost.open({ dataDir, clock });
    await host.ready;
    expect(host.recovering).toBe(true);
    const status = await ok('app.status', {});
    expect(status).toMatchObject({ setupDone: false, clerk: null });
    expect(status.recovery?.reason).toMatch(reason);
    expect(status.recovery?.backups).toHaveLength(1);
    expect(await call('setup.complete', { office: { parentAgency: 'X', officeName: 'Y', officeCode: '000.00.15.H27', place: 'Z', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 1 }, clerk: SUPERVISOR })).toMatchObject({
      ok: false,
      error: { code: 'RECOVERY_MODE' },
    });

    await ok('backup.recover', {});
    expect(host.recovering).toBe(false);
    expect(await ok('app.status', {})).toMatchObject({ setupDone: true, office: { officeName: 'Bảo hiểm xã hội cơ sở Đông Hà' } });
    await ok('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
    expect((await ok('clerks.list', {})).clerks.map((c) => c.username).sort()).toEqual(['binhtv', 'huongntt']);
  }

  it('missing database + backups: the recovery screen instead of setup, and no database is created meanwhile; then restoring works', async () => {
    await counterWithBackup();
    rmSync(live());
    host = AppHost.open({ dataDir, clock });
    await host.ready;
    expect(existsSync(live())).toBe(false);
    host.close();
    await expectRecoveryThenRestore(/Không tìm thấy tệp dữ liệu của quầy .* có 1 bản sao lưu/);
  });

  it('0-byte database + backups: the recovery screen instead of setup; then restoring works', async () => {
    await counterWithBackup();
    truncateSync(live(), 0);
    rmSync(`${live()}-wal`, { force: true });
    await expectRecoveryThenRestore(/trống \(0 byte\).* có 1 bản sao lưu/);
  });

  it('finds the backups in the folder remembered in backup-location.json', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mot-cua-saoluu-'));
    try {
      host = AppHost.open({ dataDir, clock });
      await host.ready;
      await ok('setup.complete', {
        office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 3 },
        clerk: SUPERVISOR,
      });
      await ok('backup.updateSettings', { folder, keep: 14, dailyTime: '17:30' });
      await ok('backup.run', {});
      host.close();
      rmSync(live());
      expect(JSON.parse(readFileSync(join(dataDir, 'backup-location.json'), 'utf8'))).toEqual({ folder });
      host = AppHost.open({ dataDir, clock });
      await host.ready;
      expect((await ok('app.status', {})).recovery).toMatchObject({ folder, backups: [expect.objectContaining({ state: 'ok' })] });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a fresh install (no database, no backups; or a 0-byte file and no backups) still gets setup', async () => {
    host = AppHost.open({ dataDir, clock });
    await host.ready;
    expect(host.recovering).toBe(false);
    expect(await ok('app.status', {})).toMatchObject({ setupDone: false });
    expect((await ok('app.status', {})).recovery).toBeUndefined();
    host.close();
    for (const name of readdirSync(dataDir)) rmSync(join(dataDir, name), { recursive: true });
    writeFileSync(live(), '');
    host = AppHost.open({ dataDir, clock });
    await host.ready;
    expect(host.recovering).toBe(false);
    expect(await ok('app.status', {})).toMatchObject({ setupDone: false });
  });
});
