// The command line as the IT officer's scheduled task runs it: real processes,
// exit codes, no prompts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src-main/db/open';
import { createServices } from '../../src-main/services';
import { corruptMiddle } from '../support/backup';

let dataDir: string;

function cli(...args: string[]): { status: number | null; out: string } {
  const result = spawnSync('npx', ['tsx', 'src-main/cli/index.ts', ...args, `--data-dir=${dataDir}`], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function clerkNames(): string[] {
  const services = createServices({ dataDir });
  try {
    return services.accounts.list().map((c) => c.username).sort();
  } finally {
    services.close();
  }
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-cli-'));
  const services = createServices({ dataDir });
  services.accounts.add({ fullName: 'Nguyễn Thị Thu Hương', username: 'huongntt', password: 'mat-khau-8', role: 'supervisor' });
  services.close();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run cli -- backup | verify | restore', () => {
  it('backs up, verifies, refuses to guess which backup to restore, and brings back a damaged database', { timeout: 240_000 }, () => {
    const backup = cli('backup');
    expect(backup.status, backup.out).toBe(0);
    expect(backup.out).toMatch(/Đã sao lưu: .*backups/);
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(1);

    const healthy = cli('verify');
    expect(healthy.status, healthy.out).toBe(0);
    expect(healthy.out).toMatch(/Dữ liệu đang dùng: nguyên vẹn/);
    expect(healthy.out).toMatch(/Bản sao lưu .*: nguyên vẹn/);

    const services = createServices({ dataDir });
    services.accounts.add({ fullName: 'Ngô Văn An', username: 'annv', password: '12345678', role: 'clerk' });
    services.close();
    corruptMiddle(join(dataDir, DATABASE_FILE));

    const damaged = cli('verify');
    expect(damaged.status, damaged.out).toBe(1);
    expect(damaged.out).toMatch(/Dữ liệu đang dùng: HỎNG/);

    expect(cli('restore').status).toBe(2);
    const restored = cli('restore', '--latest');
    expect(restored.status, restored.out).toBe(0);
    expect(restored.out).toMatch(/Đã phục hồi từ .* Tệp cũ được giữ tại .*before-restore-/);
    expect(cli('verify').status).toBe(0);
    expect(clerkNames()).toEqual(['huongntt']);
  });

  it('refuses a damaged backup with exit code 1 and leaves the live database alone', { timeout: 120_000 }, () => {
    const [id] = readdirSync(join(dataDir, 'backups'));
    const folder = join(dataDir, 'backups', id as string);
    corruptMiddle(join(folder, DATABASE_FILE), 8192);
    const before = readdirSync(dataDir).filter((f) => f.includes('before-restore')).length;
    const refused = cli('restore', `--from=${folder}`);
    expect(refused.status, refused.out).toBe(1);
    expect(refused.out).toMatch(/Không phục hồi: .*SHA-256/);
    expect(readdirSync(dataDir).filter((f) => f.includes('before-restore'))).toHaveLength(before);
    const verify = cli('verify');
    expect(verify.status).toBe(0);
    expect(verify.out).toMatch(/Bản sao lưu .*: HỎNG/);
  });

  it('will not back up (or close a day) on a lost database while backups exist: that would start an empty one', { timeout: 120_000 }, () => {
    const lost = join(dataDir, DATABASE_FILE);
    const kept = `${lost}.kept-by-test`;
    renameSync(lost, kept);
    try {
      const refused = cli('backup');
      expect(refused.status, refused.out).toBe(1);
      expect(refused.out).toMatch(/Không tìm thấy tệp dữ liệu của quầy.*restore --latest/s);
      expect(existsSync(lost)).toBe(false);
    } finally {
      renameSync(kept, lost);
    }
  });
});
