import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latestVersion, migrate } from '../../src-main/db/migrate';
import { migrations } from '../../src-main/db/migrations';
import { openDatabase } from '../../src-main/db/open';
import { setIndexesAside } from '../../src-main/db/set-aside-indexes';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mot-cua-db-'));
  dirs.push(dir);
  return join(dir, 'test.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function schemaOf(sqlite: BetterSqlite3.Database): string {
  const rows = sqlite
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string }[];
  return rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql};`).join('\n\n') + '\n';
}

describe('database', () => {
  it('migrates an empty file to the latest version, matching the schema snapshot', async () => {
    const sqlite = openDatabase(tempFile());
    expect(sqlite.pragma('user_version', { simple: true })).toBe(latestVersion());
    await expect(schemaOf(sqlite)).toMatchFileSnapshot('./__snapshots__/schema.sql');
    sqlite.close();
  });

  it('sets aside only the indexes no constraint needs, and a counter stopped before building them again gets them back when it opens', () => {
    const file = tempFile();
    const sqlite = openDatabase(file);
    const whole = schemaOf(sqlite);
    const names = () => (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);
    expect(setIndexesAside(sqlite, ['dossiers', 'applicants'])).toBeGreaterThan(10);
    // The queue's index is gone for the copy; the dossier code's, the register's and a person's directory entry by ID stay unique.
    expect(names()).not.toContain('dossiers_queue_state');
    expect(names()).toEqual(expect.arrayContaining(['dossiers_register', 'applicants_personal_id', 'applicants_unit_code']));
    expect(names()).toContain('dossier_events_dossier');
    sqlite.close();
    const reopened = openDatabase(file);
    expect(schemaOf(reopened)).toBe(whole);
    expect(reopened.prepare('SELECT count(*) AS n FROM set_aside_indexes').get()).toEqual({ n: 0 });
    reopened.close();
  });

  it('keeps the hub outbox numbering through the rebuild of 0021, even when every sent row was pruned', () => {
    const sqlite = new BetterSqlite3(tempFile());
    sqlite.function('vn_fold', { deterministic: true }, (text: unknown) => String(text ?? ''));
    for (const m of migrations.filter((m) => m.version <= 20)) sqlite.exec(m.sql);
    sqlite.exec("INSERT INTO hub_outbox (kind, row_id) VALUES ('event', 1), ('event', 2), ('event', 3); DELETE FROM hub_outbox;");
    sqlite.pragma('user_version = 20');
    migrate(sqlite);
    sqlite.exec("INSERT INTO hub_outbox (kind, row_id) VALUES ('clerk', 7)");
    // The hub already holds change ids 1..3 of this counter: a new change must not reuse them.
    expect(sqlite.prepare('SELECT seq, kind FROM hub_outbox').all()).toEqual([{ seq: 4, kind: 'clerk' }]);
    sqlite.close();
  });

  it('applies nothing on a second start', () => {
    const file = tempFile();
    openDatabase(file).close();
    const sqlite = new BetterSqlite3(file);
    const report = migrate(sqlite);
    expect(report.applied).toEqual([]);
    expect(report.from).toBe(latestVersion());
    sqlite.close();
  });

  it('opens in WAL mode with foreign keys and a busy timeout', () => {
    const sqlite = openDatabase(tempFile());
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    sqlite.close();
  });

  it('refuses a database from a newer version of the app instead of damaging it', () => {
    const file = tempFile();
    const sqlite = new BetterSqlite3(file);
    sqlite.pragma(`user_version = ${latestVersion() + 1}`);
    sqlite.close();
    expect(() => openDatabase(file)).toThrow(/phiên bản mới hơn/);
  });

  it('keeps the audit log append-only', () => {
    const sqlite = openDatabase(tempFile());
    sqlite.prepare("INSERT INTO audit_log (at, action) VALUES ('2026-01-01T08:00:00+07:00', 'x')").run();
    expect(() => sqlite.prepare("UPDATE audit_log SET action = 'y'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    sqlite.close();
  });
});
