// The IT officer's scheduled tasks, run as a real process on a temporary data
// folder: close-day, export, send; exit codes, no prompts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnInstant } from '../../src-main/shared/time';
import { startStubCentral, type StubCentral } from '../stub-central/server';
import { cardReissueForm } from '../support/intake';
import { makeTestApp, setUpOffice } from '../support/services';

const DAY = '2026-03-02';
let dataDir: string;
let out: string;
let stub: StubCentral;

/** Asynchronous, so this process's stub endpoint can answer while the command runs. */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', 'src-main/cli/index.ts', ...args, `--data-dir=${dataDir}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  const app = makeTestApp(vnInstant(DAY, 9, 0));
  await setUpOffice(app);
  await app.ok('intake.accept', { form: cardReissueForm() });
  await app.ok('intake.saveDraft', { content: '{}' });
  stub = await startStubCentral({ publicKeyPem: (await app.ok('endOfDay.sendingSettings', {})).publicKeyPem, failFirst: 1 });
  await app.ok('endOfDay.updateSendingSettings', { destination: 'http', folder: '', url: stub.url });
  // The folder stays: the CLI works on it next.
  app.services.close();
  dataDir = app.dataDir;
  out = mkdtempSync(join(tmpdir(), 'mot-cua-out-'));
}, 60_000);

afterAll(async () => {
  await stub.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

describe('npm run cli -- close-day | export | send', () => {
  it('refuses wrong usage with exit code 2', async () => {
    expect((await cli('close-day', '--date=02/03/2026')).code).toBe(2);
    expect((await cli('export', '--bogus')).code).toBe(2);
  }, 60_000);

  it('exports nothing before the day is closed', async () => {
    const run = await cli('export', `--date=${DAY}`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('chưa được chốt sổ');
  }, 60_000);

  it('lists the unfinished work and closes only with --confirm-open', async () => {
    const refused = await cli('close-day', `--date=${DAY}`);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('còn 1 việc chưa xong');
    const closed = await cli('close-day', `--date=${DAY}`, '--confirm-open');
    expect(closed.code).toBe(0);
    expect(closed.stdout).toContain(`Đã chốt sổ ngày ${DAY} (lần xuất 1, ghi nhận 1 việc chưa xong)`);
    expect((await cli('close-day', `--date=${DAY}`)).code).toBe(0); // already closed: nothing to do
  }, 60_000);

  it('exports the package into --out and queues it; send exits 1 while it fails and 0 once delivered', async () => {
    const exported = await cli('export', `--date=${DAY}`, `--out=${out}`);
    expect(exported.code).toBe(0);
    const name = '000.00.15.H27_quay03_2026-03-02_r1';
    expect(exported.stdout).toContain(`Đã xuất gói ${name}: 1 hồ sơ, 1 dòng sổ theo dõi`);
    expect(JSON.parse(readFileSync(join(out, name, 'manifest.json'), 'utf8'))).toMatchObject({ day: DAY, revision: 1 });
    expect(existsSync(join(dataDir, 'exports', name, 'register-mau06.xlsx'))).toBe(true);

    const first = await cli('send');
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('503');
    const second = await cli('send');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Đã gửi 1 gói; còn 0 gói gửi lỗi');
    expect(stub.received.map((p) => p.name)).toEqual([name]);
  }, 120_000);
});
