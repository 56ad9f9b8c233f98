// @runs: main
// The kinds of change beside dossiers' events and records: clerks, office
// settings and scans' records. outgoing.ts and incoming.ts hand these kinds here.
import type { Sql } from '../db/sql';
import { applyClerk, clerkBody } from './clerks';
import type { HubChange } from './incoming';
import { applySetting, settingBody } from './office-settings';
import { applyAttachment, attachmentBody } from './scans';
import type { ChangeKind } from './tables';

type Built = { dossier_key: string | null; body: unknown } | null;

const builders: Partial<Record<ChangeKind, (sql: Sql, rowId: number, self: number) => Built>> = {
  clerk: (sql, rowId, self) => {
    const body = clerkBody(sql, rowId, self);
    return body && { dossier_key: null, body };
  },
  setting: (sql, rowId, self) => {
    const body = settingBody(sql, rowId, self);
    return body && { dossier_key: null, body };
  },
  attachment: (sql, rowId, self) => {
    const body = attachmentBody(sql, rowId, self);
    return body && { dossier_key: body.dossierKey, body };
  },
};

const appliers: Partial<Record<string, (sql: Sql, change: HubChange, self: number, now: string) => void>> = {
  clerk: applyClerk,
  setting: applySetting,
  attachment: applyAttachment,
};

/** Whether a received change of this kind is written into this counter's tables (else it is kept as a record). */
export function isOfficeKind(kind: string): boolean {
  return appliers[kind] !== undefined;
}

/** Takes an outbox entry's kind and row; gives its dossier key and body (null: the row is gone), or undefined when the kind is not one of these. */
export function officeChangeBody(sql: Sql, kind: ChangeKind, rowId: number, self: number): Built | undefined {
  return builders[kind]?.(sql, rowId, self);
}

/** Applies a received change of one of these kinds; false when the kind is not one of them. */
export function applyOfficeChange(sql: Sql, change: HubChange, self: number, now: string): boolean {
  const apply = appliers[change.kind];
  if (!apply) return false;
  apply(sql, change, self, now);
  return true;
}
