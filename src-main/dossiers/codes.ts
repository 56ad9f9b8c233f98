// @runs: main
// Dossier codes (Mã hồ sơ): <office code>-<yymmdd>-<sequence>, unique across
// all the office's counters although each counter keeps its own database —
// the counter's number leads its sequence (counter 3: 3001, 3002, …). The
// sequence is advanced inside the dossier's own transaction, so a code is
// never reused and a rolled-back intake leaves no gap.
import { z } from 'zod';
import { DomainError } from '../api/kit';
import { qb, type Sql } from '../db/sql';
import { settingKey } from '../settings/store';
import { intakeMessages } from '../shared/vi/intake';

/** Tokens: {office}, {yyyy}, {yy}, {mm}, {dd}, {yymmdd}, {counter}, {seq:N} (N digits, zero-padded). */
export const codePatternSetting = settingKey('dossiers.codePattern', z.string().min(1).max(80), '{office}-{yymmdd}-{counter}{seq:3}');

export interface CodeParts {
  office: string;
  day: string;
  counter: number;
  sequence: number;
}

export function sequenceWidth(pattern: string): number {
  return Number(/\{seq:(\d)\}/.exec(pattern)?.[1] ?? 4);
}

export function formatCode(pattern: string, parts: CodeParts): string {
  const [yyyy, mm, dd] = parts.day.split('-') as [string, string, string];
  const yy = yyyy.slice(2);
  return pattern
    .replaceAll('{office}', parts.office)
    .replaceAll('{yyyy}', yyyy)
    .replaceAll('{yymmdd}', `${yy}${mm}${dd}`)
    .replaceAll('{yy}', yy)
    .replaceAll('{mm}', mm)
    .replaceAll('{dd}', dd)
    .replaceAll('{counter}', String(parts.counter))
    .replace(/\{seq:(\d)\}/g, (_m, width: string) => String(parts.sequence).padStart(Number(width), '0'));
}

/** Takes the next code for the day and counter. Call inside the dossier's transaction. */
export function allocateCode(sql: Sql, pattern: string, key: { office: string; day: string; counter: number }): { code: string; sequence: number } {
  const row = sql.one(
    qb
      .selectFrom('code_counters')
      .select('last_sequence')
      .where('office_code', '=', key.office)
      .where('day', '=', key.day)
      .where('counter', '=', key.counter),
  );
  let sequence = (row?.last_sequence ?? 0) + 1;
  // A code a dossier already holds is skipped: one this counter gave before a restored backup, written back from the office hub.
  while (sql.one(qb.selectFrom('dossiers').select('id').where('code', '=', formatCode(pattern, { ...key, sequence })))) sequence++;
  // A wider number would run into the next counter's range (counter 1's 1000th = "11000" = counter 11's first).
  if (String(sequence).length > sequenceWidth(pattern)) throw new DomainError('CONFLICT', intakeMessages.sequenceExhausted);
  sql.run(
    qb
      .insertInto('code_counters')
      .values({ office_code: key.office, day: key.day, counter: key.counter, last_sequence: sequence })
      .onConflict((oc) => oc.columns(['office_code', 'day', 'counter']).doUpdateSet({ last_sequence: sequence })),
  );
  return { code: formatCode(pattern, { ...key, sequence }), sequence };
}
