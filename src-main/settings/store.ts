// @runs: main
// Counter settings as typed key/value pairs: each feature declares its key with
// a schema and a default, so adding a setting needs no migration.
import type { z } from 'zod';
import { qb, type Sql } from '../db/sql';

export interface SettingKey<T> {
  key: string;
  schema: z.ZodType<T>;
  fallback: T;
}

export function settingKey<T>(key: string, schema: z.ZodType<T>, fallback: T): SettingKey<T> {
  return { key, schema, fallback };
}

export class SettingsStore {
  constructor(private readonly sql: Sql) {}

  get<T>(setting: SettingKey<T>): T {
    const row = this.sql.one(qb.selectFrom('settings').select('value').where('key', '=', setting.key));
    if (!row) return setting.fallback;
    const parsed = setting.schema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : setting.fallback;
  }

  has(setting: SettingKey<unknown>): boolean {
    return this.sql.one(qb.selectFrom('settings').select('key').where('key', '=', setting.key)) !== undefined;
  }

  set<T>(setting: SettingKey<T>, value: T): void {
    const json = JSON.stringify(setting.schema.parse(value));
    this.sql.run(
      qb
        .insertInto('settings')
        .values({ key: setting.key, value: json })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: json })),
    );
  }
}
