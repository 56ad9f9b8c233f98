// @runs: main
// Applies the append-only migrations in order, all pending ones in one
// transaction, recording the version in PRAGMA user_version.
import type BetterSqlite3 from 'better-sqlite3';
import { foldVietnamese } from '../shared/fold';
import { migrations } from './migrations';

export interface MigrationReport {
  from: number;
  to: number;
  applied: string[];
}

export function migrate(sqlite: BetterSqlite3.Database): MigrationReport {
  const from = sqlite.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > from);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new Error(`Cơ sở dữ liệu được tạo bởi phiên bản mới hơn (lược đồ ${from} > ${latest}). Hãy cập nhật phần mềm.`);
  }
  // Data steps of the migrations fold names as the app does (0014's snapshots).
  sqlite.function('vn_fold', { deterministic: true }, (text: unknown) => foldVietnamese(String(text ?? '')));
  sqlite.transaction(() => {
    for (const m of pending) {
      sqlite.exec(m.sql);
      sqlite.pragma(`user_version = ${m.version}`);
    }
  })();
  return { from, to: pending.at(-1)?.version ?? from, applied: pending.map((m) => m.name) };
}

export function latestVersion(): number {
  return migrations.at(-1)?.version ?? 0;
}
