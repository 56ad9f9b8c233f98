// @runs: test
// `npm run cli -- --help` as the IT officer types it: the usage once per command,
// exit 0; a command that does not exist is still wrong usage (exit 2).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../src-main/cli/index';

const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-cli-help-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'src-main/cli/index.ts', ...args, `--data-dir=${dataDir}`], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** How many times a line of the text names the command (a word of its own, anywhere in the line). */
function mentions(text: string, name: string): number {
  return text.split('\n').reduce((n, line) => n + line.split(/\s+/).filter((word) => word === name).length, 0);
}

describe('npm run cli -- --help', () => {
  it.each(['--help', '-h', 'help'])('%s prints each command once on stdout and exits 0', (flag) => {
    const run = cli(flag);
    expect(run.status, run.stderr).toBe(0);
    for (const name of Object.keys(commands)) expect(mentions(run.stdout, name), `${name} in:\n${run.stdout}`).toBe(1);
  });

  it('refuses an unknown command with exit 2 and the usage on stderr', () => {
    const run = cli('dong-so');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('dong-so');
    for (const name of Object.keys(commands)) expect(mentions(run.stderr, name)).toBe(1);
  });
});
