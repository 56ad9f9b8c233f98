// A real process kill in the middle of a burst of intakes: every confirmed
// dossier survives, codes stay unique and gap-free, the draft is offered back.
import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createDispatcher } from '../../src-main/api/dispatch';
import { createServices } from '../../src-main/services';
import { cardReissueForm } from '../support/intake';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function burstUntilKilled(dataDir: string, killAfter: number): Promise<{ confirmed: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve('test/crash/intake-burst.ts'), dataDir, '500'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const confirmed: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.includes('-')) confirmed.push(line);
      if (confirmed.length >= killAfter && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done({ confirmed, signal }) : fail(new Error(`burst ended without being killed: ${stderr}`))));
  });
}

it('keeps every confirmed intake through a kill -9 mid-burst, with unique gap-free codes and the draft', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-crash-'));
  dirs.push(dataDir);
  const { confirmed, signal } = await burstUntilKilled(dataDir, 180);
  expect(signal).toBe('SIGKILL');
  expect(confirmed.length).toBeGreaterThanOrEqual(180);

  const sqlite = new BetterSqlite3(join(dataDir, 'mot-cua.sqlite'));
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  const codes = (sqlite.prepare('SELECT code FROM dossiers ORDER BY id').all() as { code: string }[]).map((r) => r.code);
  sqlite.close();
  for (const code of confirmed) expect(codes).toContain(code);
  expect(new Set(codes).size).toBe(codes.length);
  const sequences = codes.map((c) => Number(c.split('-').at(-1)));
  expect(sequences).toEqual(sequences.map((_s, i) => 3001 + i));

  // Restart on the same folder: the services open, and the clerk is offered the draft back.
  const services = createServices({ dataDir });
  const dispatch = createDispatcher(services);
  await dispatch('session.signIn', { username: 'huongntt', password: 'mat-khau-8' });
  const drafts = await dispatch('intake.drafts', {});
  expect(drafts).toMatchObject({ ok: true, value: { drafts: [{ applicantName: 'Lê Thị Hồng Nhung' }] } });
  const next = await dispatch('intake.accept', { form: cardReissueForm() });
  expect(next.ok && (next.value as { code: string }).code).toMatch(new RegExp(`-${3001 + codes.length}$`));
  services.close();
}, 120_000);
