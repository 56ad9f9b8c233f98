import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, MethodName, Output } from '../../src-main/api/contract';
import { AppHost } from '../../src-main/backup/host';
import { startBackupScheduler } from '../../src-main/backup/scheduler';
import { backupKeepSetting } from '../../src-main/backup/settings';
import { sha256File } from '../../src-main/backup/store';
import { latestVersion } from '../../src-main/db/migrate';
import { DATABASE_FILE } from '../../src-main/db/open';
import { createServices } from '../../src-main/services';
import { FixedClock } from '../../src-main/services/clock';
import { vnInstant } from '../../src-main/shared/time';
import { corruptMiddle } from '../support/backup';
import { cardReissueForm } from '../support/intake';
import { makeTestApp, setUpOffice, SUPERVISOR, type TestApp } from '../support/services';

const WHO = { clerkId: null, counter: null };

function scan(dataDir: string, name: string, content: string): string {
  const file = join(dataDir, 'scans', name.slice(0, 2), name);
  mkdirSync(join(dataDir, 'scans', name.slice(0, 2)), { recursive: true });
  writeFileSync(file, content);
  return file;
}

function countIn(file: string, table: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('backup of the running app', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = makeTestApp(vnInstant('2026-03-02', 16, 0));
    await setUpOffice(app);
  });
  afterEach(() => app.close());

  it('copies the database while clerks keep writing; the copy is whole and carries what was committed meanwhile', async () => {
    const insert = app.services.sqlite.prepare("INSERT INTO audit_log (at, clerk_id, counter, action, detail) VALUES ('2026-03-02T16:00:00+07:00', 1, 3, 'test.write', ?)");
    app.services.sql.tx(() => {
      for (let i = 0; i < 4000; i++) insert.run('x'.repeat(4000));
    });
    const before = (app.services.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const steps: number[] = [];
    app.services.progress.subscribe((e) => steps.push(e.done));
    let finished = false;
    let writes = 0;
    const running = app.services.backups.run('manual', WHO).finally(() => (finished = true));
    while (!finished) {
      insert.run(`written during the backup ${writes++}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const summary = await running;
    expect(writes).toBeGreaterThan(1);
    expect(steps.length).toBeGreaterThan(2);

    const copy = join(app.dataDir, 'backups', summary.id, DATABASE_FILE);
    const copied = countIn(copy, 'audit_log');
    expect(copied).toBeGreaterThan(before);
    expect(copied).toBeLessThanOrEqual(before + writes + 1);
    const manifest = JSON.parse(readFileSync(join(app.dataDir, 'backups', summary.id, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ at: '2026-03-02T16:00:00+07:00', reason: 'manual', schemaVersion: latestVersion(), database: { integrity: 'ok', bytes: statSync(copy).size } });
    expect(manifest.database.sha256).toBe(await sha256File(copy));
    expect(existsSync(`${copy}-wal`)).toBe(false);
    expect(summary).toMatchObject({ id: '2026-03-02_16-00-00', state: 'ok', databaseBytes: statSync(copy).size });
  });

  it('keeps only the newest N backups', async () => {
    await app.ok('backup.updateSettings', { folder: '', keep: 3, dailyTime: '17:30' });
    for (let i = 0; i < 5; i++) {
      await app.ok('backup.run', {});
      app.at(new Date(app.clock.now().getTime() + 60_000));
    }
    const { backups } = await app.ok('backup.list', {});
    expect(backups.map((b) => b.id)).toEqual(['2026-03-02_16-04-00', '2026-03-02_16-03-00', '2026-03-02_16-02-00']);
    expect(readdirSync(join(app.dataDir, 'backups')).sort()).toEqual(['2026-03-02_16-02-00', '2026-03-02_16-03-00', '2026-03-02_16-04-00']);
  });

  it('copies each scan once: a later backup hard-links the files the previous one already holds', async () => {
    scan(app.dataDir, 'aa11', 'first scan');
    scan(app.dataDir, 'bb22', 'second scan');
    const first = await app.ok('backup.run', {});
    app.at(vnInstant('2026-03-02', 16, 5));
    scan(app.dataDir, 'cc33', 'third scan');
    const second = await app.ok('backup.run', {});
    expect([first.fileCount, second.fileCount]).toEqual([2, 3]);
    const manifest = JSON.parse(readFileSync(join(app.dataDir, 'backups', second.id, 'manifest.json'), 'utf8'));
    expect(manifest.files).toMatchObject({ count: 3, copied: 1, linked: 2 });
    const inode = (id: string, name: string) => statSync(join(app.dataDir, 'backups', id, 'scans', name.slice(0, 2), name)).ino;
    expect(inode(second.id, 'aa11')).toBe(inode(first.id, 'aa11'));
    expect(readFileSync(join(app.dataDir, 'backups', second.id, 'scans', 'cc', 'cc33'), 'utf8')).toBe('third scan');
  });

  it('writes to a chosen folder, refuses a relative one, and remembers the folder outside the database', async () => {
    expect(await app.call('backup.updateSettings', { folder: 'SaoLuu', keep: 14, dailyTime: '17:30' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'folder' } });
    expect(await app.call('backup.updateSettings', { folder: '', keep: 0, dailyTime: '25:00' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const folder = mkdtempSync(join(tmpdir(), 'mot-cua-saoluu-'));
    try {
      const saved = await app.ok('backup.updateSettings', { folder, keep: 7, dailyTime: '16:45' });
      expect(saved).toEqual({ folder, resolvedFolder: folder, keep: 7, dailyTime: '16:45' });
      const done = await app.ok('backup.run', {});
      expect(existsSync(join(folder, done.id, 'manifest.json'))).toBe(true);
      expect(JSON.parse(readFileSync(join(app.dataDir, 'backup-location.json'), 'utf8'))).toEqual({ folder });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a clerk may back up but only a supervisor restores or changes the settings', async () => {
    await app.ok('clerks.add', { fullName: 'Trần Văn Bình', username: 'binhtv', password: '12345678', role: 'clerk' });
    await app.ok('session.signOut', {});
    await app.ok('session.signIn', { username: 'binhtv', password: '12345678' });
    const done = await app.ok('backup.run', {});
    expect(await app.call('backup.restore', { id: done.id, password: '12345678' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.call('backup.updateSettings', { folder: '', keep: 2, dailyTime: '17:30' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('outside recovery mode nobody can restore without signing in', async () => {
    await app.ok('backup.run', {});
    await app.ok('session.signOut', {});
    expect(await app.call('backup.recover', {})).toMatchObject({ ok: false, error: { code: 'NOT_IN_RECOVERY' } });
  });
});

describe('a damaged live database', () => {
  it('is not backed up, so it never pushes the good backups out', async () => {
    const app = makeTestApp(vnInstant('2026-03-02', 16, 0));
    try {
      await setUpOffice(app);
      await app.ok('backup.updateSettings', { folder: '', keep: 2, dailyTime: '17:30' });
      const insert = app.services.sqlite.prepare("INSERT INTO audit_log (at, clerk_id, counter, action, detail) VALUES ('2026-03-02T16:00:00+07:00', 1, 3, 'test.write', ?)");
      app.services.sql.tx(() => {
        for (let i = 0; i < 500; i++) insert.run('x'.repeat(2000));
      });
      for (const minute of [1, 2]) {
        app.at(vnInstant('2026-03-02', 16, minute));
        await app.ok('backup.run', {});
      }
      const good = (await app.ok('backup.list', {})).backups.map((b) => b.id);
      app.services.close();
      corruptMiddle(join(app.dataDir, DATABASE_FILE));
      const reopened = createServices({ dataDir: app.dataDir, clock: app.clock });
      try {
        await expect(reopened.backups.run('daily', WHO)).rejects.toMatchObject({ code: 'BACKUP_SOURCE_DAMAGED' });
        expect(reopened.backups.list().map((b) => b.id)).toEqual(good);
        expect(readdirSync(join(app.dataDir, 'backups')).sort()).toEqual([...good].sort());
      } finally {
        reopened.close();
      }
    } finally {
      rmSync(app.dataDir, { recursive: true, force: true });
    }
  });
});

describe('pruning after the live database was lost and started again empty', () => {
  it('keeps the newest backup holding more dossiers than the live database, from the manifest or by counting an older one', async () => {
    const app = makeTestApp(vnInstant('2026-03-02', 16, 0));
    const dossiersOf = (id: string) => JSON.parse(readFileSync(join(app.dataDir, 'backups', id, 'manifest.json'), 'utf8')).dossiers;
    try {
      await setUpOffice(app);
      await app.ok('backup.updateSettings', { folder: '', keep: 2, dailyTime: '17:30' });
      await app.ok('backup.run', {});
      for (let i = 0; i < 2; i++) await app.ok('intake.accept', { form: cardReissueForm() });
      app.at(vnInstant('2026-03-02', 16, 1));
      const full = await app.ok('backup.run', {});
      expect(dossiersOf(full.id)).toBe(2);
      // A manifest written before the count was recorded: the backup is opened read-only and counted.
      const manifestFile = join(app.dataDir, 'backups', full.id, 'manifest.json');
      const { dossiers: _counted, ...older } = JSON.parse(readFileSync(manifestFile, 'utf8'));
      writeFileSync(manifestFile, JSON.stringify(older));
      app.services.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(join(app.dataDir, `${DATABASE_FILE}${suffix}`), { force: true });

      const fresh = createServices({ dataDir: app.dataDir, clock: app.clock });
      try {
        fresh.settings.set(backupKeepSetting, 2);
        for (const minute of [2, 3, 4]) {
          app.clock.set(vnInstant('2026-03-02', 16, minute));
          await fresh.backups.run('daily', WHO);
        }
        expect(fresh.backups.list().map((b) => b.id)).toEqual(['2026-03-02_16-04-00', '2026-03-02_16-03-00', full.id]);
        expect(dossiersOf('2026-03-02_16-04-00')).toBe(0);
      } finally {
        fresh.close();
      }
    } finally {
      rmSync(app.dataDir, { recursive: true, force: true });
    }
  });
});

describe('the daily automatic backup', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = makeTestApp(vnInstant('2026-03-02', 9, 0));
    await setUpOffice(app);
  });
  afterEach(() => app.close());

  it('runs once a day, at the first check after the configured time, even if a clerk backed up by hand earlier', async () => {
    const scheduler = startBackupScheduler(() => app.services, 3_600_000);
    try {
      const count = async () => (await app.ok('backup.list', {})).backups.length;
      await app.ok('backup.run', {});
      app.at(vnInstant('2026-03-02', 17, 29));
      await scheduler.tick();
      expect(await count()).toBe(1);
      app.at(vnInstant('2026-03-02', 17, 31));
      await scheduler.tick();
      expect(await count()).toBe(2);
      app.at(vnInstant('2026-03-02', 18, 40));
      await scheduler.tick();
      expect(await count()).toBe(2);
      app.at(vnInstant('2026-03-03', 8, 0));
      await scheduler.tick();
      expect(await count()).toBe(2);
      app.at(vnInstant('2026-03-03', 19, 5));
      await Promise.all([scheduler.tick(), scheduler.tick()]);
      const { backups } = await app.ok('backup.list', {});
      expect(backups.map((b) => [b.id, b.reason])).toEqual([
        ['2026-03-03_19-05-00', 'daily'],
        ['2026-03-02_17-31-00', 'daily'],
        ['2026-03-02_09-00-00', 'manual'],
      ]);
    } finally {
      scheduler.stop();
    }
  });
});

describe('restore while the app runs', () => {
  let dataDir: string;
  let host: AppHost;
  let clock: FixedClock;
  const call = <M extends MethodName>(method: M, input: Input<M>) => host.dispatch(method, input) as Promise<{ ok: true; value: Output<M> } | { ok: false; error: { code: string; message: string } }>;
  const ok = async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-restore-'));
    clock = new FixedClock(vnInstant('2026-03-02', 16, 0));
    host = AppHost.open({ dataDir, clock });
    await host.ready;
    await ok('setup.complete', {
      office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 3 },
      clerk: SUPERVISOR,
    });
    await ok('clerks.add', { fullName: 'Trần Văn Bình', username: 'binhtv', password: '12345678', role: 'clerk' });
  });
  afterEach(() => {
    host.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('puts back the database and the scans, keeps the replaced file aside, and asks everyone to sign in again', async () => {
    scan(dataDir, 'aa11', 'scan kept in the backup');
    const done = await ok('backup.run', {});
    clock.set(vnInstant('2026-03-02', 16, 30));
    host.current?.session.touch();
    await ok('clerks.add', { fullName: 'Ngô Văn An', username: 'annv', password: '12345678', role: 'clerk' });
    rmSync(join(dataDir, 'scans', 'aa', 'aa11'));

    expect(await call('backup.restore', { id: done.id, password: 'sai-mat-khau' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    // The restore's password goes through the sign-in's throttled, logged check.
    const failures = host.current?.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'session.confirmFailed'").get() as { n: number };
    expect(failures.n).toBe(1);
    await ok('backup.restore', { id: done.id, password: SUPERVISOR.password });

    expect(await ok('app.status', {})).toMatchObject({ setupDone: true, clerk: null });
    expect(await call('clerks.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    await ok('session.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
    expect((await ok('clerks.list', {})).clerks.map((c) => c.username).sort()).toEqual(['binhtv', 'huongntt']);
    expect(readFileSync(join(dataDir, 'scans', 'aa', 'aa11'), 'utf8')).toBe('scan kept in the backup');
    const aside = readdirSync(dataDir).filter((f) => f.startsWith(`${DATABASE_FILE}.before-restore-2026-03-02_16-30-00`));
    expect(aside).toContain(`${DATABASE_FILE}.before-restore-2026-03-02_16-30-00`);
    expect(countIn(join(dataDir, aside[0] as string), 'clerks')).toBe(3);
    const audit = host.current?.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'backup.restore'").get() as { detail: string };
    expect(JSON.parse(audit.detail)).toMatchObject({ by: 'huongntt' });
  });

  it('refuses a damaged backup with a Vietnamese reason and leaves the live data and the session as they were', async () => {
    const done = await ok('backup.run', {});
    await ok('clerks.add', { fullName: 'Ngô Văn An', username: 'annv', password: '12345678', role: 'clerk' });
    corruptMiddle(join(dataDir, 'backups', done.id, DATABASE_FILE), 8192);
    const refused = await call('backup.restore', { id: done.id, password: SUPERVISOR.password });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED', message: expect.stringMatching(/^Bản sao lưu này bị hỏng, không thể dùng để phục hồi\. .*(SHA-256|toàn vẹn)/) } });
    expect((await ok('clerks.list', {})).clerks.map((c) => c.username).sort()).toEqual(['annv', 'binhtv', 'huongntt']);
    expect(readdirSync(dataDir).some((f) => f.includes('before-restore'))).toBe(false);
  });

  it('refuses a backup whose file is whole but fails SQLite\'s own check', async () => {
    const done = await ok('backup.run', {});
    const folder = join(dataDir, 'backups', done.id);
    const file = join(folder, DATABASE_FILE);
    corruptMiddle(file, 8192);
    const manifestFile = join(folder, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.database.sha256 = await sha256File(file);
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const refused = await call('backup.restore', { id: done.id, password: SUPERVISOR.password });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/toàn vẹn|Cấu trúc tệp dữ liệu bị hỏng/);
  });
});
