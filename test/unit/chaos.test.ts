// The issue's "done means": 20 real process kills (SIGKILL) at random points of
// a mixed workload (test/crash/mixed-workload.ts). After each kill the data
// folder is reopened and checked: every acknowledged action is there (or, after a
// restore, what the restored backup held), codes stay unique and gap-free per day,
// integrity_check is ok, acknowledged exports and backups are still whole.
// CHAOS_SEED=<n> replays a run.
import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { AppHost } from '../../src-main/backup/host';
import { verifyBackup } from '../../src-main/backup/store';
import { DATABASE_FILE } from '../../src-main/db/open';
import { packageExists } from '../../src-main/end-of-day/package';
import type { ChaosLine } from '../crash/mixed-workload';
import { pick, seededRandom } from '../support/random';

const KILLS = 20;
const SEED = Number(process.env.CHAOS_SEED ?? Date.now() % 1_000_000);
/** A kill either at a random moment, or somewhere inside the next action of one kind (about how long each takes, in ms). */
const AIMED = { backup: 120, restore: 150, export: 100, close: 15, decision: 60, 'queue.handOver': 60 } as const;
const RANK: Record<string, number> = { received: 1, in_processing: 2, result_ready: 3, returned: 4 };

interface Model {
  dossiers: Map<number, { code: string | null; state: string }>;
  closed: Set<string>;
}

interface Run {
  lines: ChaosLine[];
  startupMs: number;
}

const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-chaos-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runUntilKilled(seed: number, startAt: string, ackedBackups: string[], random: () => number): Promise<Run> {
  const aim = random() < 0.4 ? null : pick(random, Object.keys(AIMED) as (keyof typeof AIMED)[]);
  const delay = aim ? random() * AIMED[aim] : 100 + random() * 2400;
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', resolve('test/crash/mixed-workload.ts'), dataDir, String(seed), startAt, ackedBackups.join(',')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: Run = { lines: [], startupMs: 0 };
    const kill = () => child.kill('SIGKILL');
    let buffer = '';
    let stderr = '';
    let armed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const text of lines) {
        const line = JSON.parse(text) as ChaosLine;
        run.lines.push(line);
        if (line.t === 'ready') {
          run.startupMs = performance.now() - started;
          // Aimed or not, no run outlives 3 s of work.
          setTimeout(kill, aim ? 3000 : delay);
        }
        if (aim && !armed && line.t === 'begin' && line.op === aim) {
          armed = true;
          setTimeout(kill, delay);
        }
      }
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? done(run) : fail(new Error(`the workload stopped on its own (exit ${code}): ${stderr}`))));
  });
}

/** What the database lacks of the model: empty when every acknowledged action is there. */
function missing(db: BetterSqlite3.Database, model: Model): string[] {
  const problems: string[] = [];
  const dossier = db.prepare('SELECT code, state FROM dossiers WHERE id = ?');
  for (const [id, expected] of model.dossiers) {
    const row = dossier.get(id) as { code: string | null; state: string } | undefined;
    const reached = expected.state in RANK ? (RANK[row?.state ?? ''] ?? 0) >= (RANK[expected.state] ?? 0) : row?.state === expected.state;
    if (!row || row.code !== expected.code || !reached) problems.push(`dossier ${id} ${expected.code ?? ''}: expected ${expected.state}, found ${row ? `${row.code} ${row.state}` : 'nothing'}`);
  }
  const closure = db.prepare("SELECT 1 FROM day_closures WHERE day = ? AND status = 'closed'");
  for (const day of model.closed) if (!closure.get(day)) problems.push(`day ${day} is not closed`);
  return problems;
}

/** Codes per day: unique, numbered 3001, 3002, … with no gap, and the day's counter at the last one. */
function codeProblems(db: BetterSqlite3.Database): string[] {
  const codes = (db.prepare('SELECT code FROM dossiers WHERE code IS NOT NULL ORDER BY code').all() as { code: string }[]).map((r) => r.code);
  const problems = codes.length === new Set(codes).size ? [] : ['a code was given twice'];
  const byDay = new Map<string, number[]>();
  for (const code of codes) {
    const [, day = '', sequence = ''] = /-(\d{6})-(\d+)$/.exec(code) ?? [];
    byDay.set(day, [...(byDay.get(day) ?? []), Number(sequence)]);
  }
  const counters = db.prepare("SELECT replace(substr(day, 3), '-', '') AS day, last_sequence AS last FROM code_counters").all() as { day: string; last: number }[];
  for (const [day, sequences] of byDay) {
    if (sequences.some((s, i) => s !== 3001 + i)) problems.push(`day ${day}: codes ${sequences.join(',')} are not 3001… without gaps`);
    const last = counters.find((c) => c.day === day)?.last;
    if (last !== sequences.length) problems.push(`day ${day}: the counter says ${last}, ${sequences.length} codes exist`);
  }
  return problems;
}

it(`survives ${KILLS} kill -9 at random points of a mixed workload (seed ${SEED})`, async () => {
  const random = seededRandom(SEED);
  const started = performance.now();
  let model: Model = { dossiers: new Map(), closed: new Set() };
  const snapshots = new Map<string, Model>();
  const ackedBackups: string[] = [];
  const exports = new Set<string>();
  const counts = { acks: 0, actions: 0, restores: 0, cutRestores: 0, cutRestoresTaken: 0, startupMs: 0 };
  let startAt = '2026-03-02T01:00:00.000Z';

  for (let kill = 1; kill <= KILLS; kill++) {
    const { lines, startupMs } = await runUntilKilled(SEED * 100 + kill, startAt, ackedBackups, random);
    counts.startupMs = Math.max(counts.startupMs, startupMs);
    let lastBackup: Model | null = null;
    let pendingRestore: string | null = null;
    const newBackups: string[] = [];
    for (const line of lines) {
      if (line.t !== 'ack') {
        if ('at' in line && line.at > startAt) startAt = line.at;
        if (line.t === 'begin') counts.actions++;
        if (line.t === 'begin' && line.op === 'backup') lastBackup = structuredClone(model);
        if (line.t === 'begin' && line.op === 'restore') pendingRestore = line.id ?? null;
        continue;
      }
      counts.acks++;
      if (line.op === 'decision' || line.op === 'lifecycle') model.dossiers.set(line.dossierId, { code: line.code, state: line.state });
      else if (line.op === 'close') model.closed.add(line.day);
      else if (line.op === 'export') exports.add(line.folder);
      else if (line.op === 'backup') {
        snapshots.set(line.id, lastBackup as Model);
        ackedBackups.push(line.id);
        newBackups.push(line.id);
      } else {
        model = structuredClone(snapshots.get(line.id) as Model);
        pendingRestore = null;
        counts.restores++;
      }
    }

    const context = `kill ${kill}, seed ${SEED}`;
    const file = join(dataDir, DATABASE_FILE);
    expect(existsSync(file), `${context}: the live database is gone`).toBe(true);
    const db = new BetterSqlite3(file, { fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
      // Killed during a restore: the data is either as it was, or as the backup held it.
      if (pendingRestore) counts.cutRestores++;
      if (pendingRestore && missing(db, model).length > 0) {
        counts.cutRestoresTaken++;
        model = structuredClone(snapshots.get(pendingRestore) as Model);
      }
      expect(missing(db, model), context).toEqual([]);
      expect(codeProblems(db), context).toEqual([]);
    } finally {
      db.close();
    }
    for (const folder of exports) expect(packageExists(folder), `${context}: export ${folder}`).toBe(true);
    for (const id of ackedBackups) expect(existsSync(join(dataDir, 'backups', id, 'manifest.json')), `${context}: backup ${id}`).toBe(true);
    for (const id of newBackups) expect(await verifyBackup(join(dataDir, 'backups', id)), `${context}: backup ${id}`).toEqual({ ok: true });
  }

  // As the app starts after the last kill: not in recovery mode, every backup whole.
  const host = AppHost.open({ dataDir });
  await host.ready;
  expect(host.recovering).toBe(false);
  host.close();
  for (const id of ackedBackups) expect(await verifyBackup(join(dataDir, 'backups', id)), `backup ${id}`).toEqual({ ok: true });

  const seconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(`chaos (seed ${SEED}): ${KILLS} kills, ${counts.actions} actions begun, ${counts.acks} acknowledged, ${ackedBackups.length} backups, ${counts.restores} restores acknowledged, ${counts.cutRestores} cut by a kill (${counts.cutRestoresTaken} of them had taken effect), ${exports.size} export packages, slowest start ${Math.round(counts.startupMs)} ms, ${seconds} s`);
  expect(counts.acks).toBeGreaterThan(KILLS * 5);
}, 180_000);
