// @runs: main
// Scans travel by content hash. Their records replicate like any change; their
// bytes are stored once on the hub (motcua.blobs, named by SHA-256), or in a
// shared folder when the office chooses one, when the counter that attached
// them sends the record, and fetched by another counter only when a clerk opens
// the scan there. Every fetched blob is hashed again: a
// mismatch is refused and never shown nor kept.
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Selectable } from 'kysely';
import { DomainError } from '../api/kit';
import { type Attachments, kindOfMime, scanPath, scanPathIn } from '../attachments/attachments';
import type { AttachmentsTable } from '../attachments/tables';
import { qb, type Sql } from '../db/sql';
import type { SettingsStore } from '../settings/store';
import { hubWords } from '../shared/vi/hub';
import { connectHub, type HubConnection } from './connect';
import { hubSetting, type SecretSealer } from './credentials';
import { keyOfLocal, localOfKey, rememberKey } from './identity';
import { sharedScansFolderSetting } from './scan-folder';
import { HubApplyError, localClerk, type HubChange } from './incoming';
import { clerkRef, type ClerkRef, type OutgoingChange } from './outgoing';
import { waitsToBeSent } from './pending';

/** A scan's record in office form: its dossier and clerks by office-wide key, never its bytes. */
export interface AttachmentBody {
  key: string;
  dossierKey: string;
  row: Omit<Selectable<AttachmentsTable>, 'id' | 'dossier_id' | 'added_by' | 'verified_by' | 'removed_by'>;
  addedBy: ClerkRef;
  verifiedBy: ClerkRef | null;
  removedBy: ClerkRef | null;
}

/** The record named by an outbox entry, in office form; null when the row is gone. */
export function attachmentBody(sql: Sql, attachmentId: number, self: number): AttachmentBody | null {
  const found = sql.one(qb.selectFrom('attachments').selectAll().where('id', '=', attachmentId));
  if (!found) return null;
  const { id, dossier_id, added_by, verified_by, removed_by, ...row } = found;
  const ref = (clerkId: number | null) => (clerkId === null ? null : clerkRef(sql, clerkId, self));
  return {
    key: keyOfLocal(sql, 'attachment', id, self),
    dossierKey: keyOfLocal(sql, 'dossier', dossier_id, self),
    row,
    addedBy: clerkRef(sql, added_by, self),
    verifiedBy: ref(verified_by),
    removedBy: ref(removed_by),
  };
}

/**
 * Writes a scan record read from the hub (added, checked against the paper, or
 * removed), this counter's own included, so that every counter holds the image
 * last in the hub's order; not over a change of it this counter has not sent
 * yet. The bytes stay on the hub until opened.
 */
export function applyAttachment(sql: Sql, change: HubChange, self: number, now: string): void {
  const body = change.body as AttachmentBody;
  const dossierId = localOfKey(sql, 'dossier', body.dossierKey, self);
  // The hub's order puts a dossier's intake before any scan of it.
  if (dossierId === undefined) throw new HubApplyError(hubWords.scanBeforeDossier(body.row.file_name));
  const localId = localOfKey(sql, 'attachment', body.key, self);
  if (localId !== undefined && waitsToBeSent(sql, 'attachment', [localId])) return;
  const clerk = (ref: ClerkRef | null) => (ref === null ? null : localClerk(sql, ref, self, now));
  const columns = { ...body.row, dossier_id: dossierId, added_by: localClerk(sql, body.addedBy, self, now), verified_by: clerk(body.verifiedBy), removed_by: clerk(body.removedBy) };
  if (localId !== undefined) {
    sql.run(qb.updateTable('attachments').set(columns).where('id', '=', localId));
    return;
  }
  rememberKey(sql, 'attachment', sql.run(qb.insertInto('attachments').values(columns)).lastInsertRowid, body.key, self);
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Takes the changes about to be sent; stores on the hub the bytes of this
 * counter's scans among them that the hub does not hold yet. A scan whose file
 * is missing or no longer matches its hash here is not sent (its record still
 * travels; opening it elsewhere says it could not be fetched).
 */
export async function uploadBlobs(hub: HubConnection, changes: OutgoingChange[], deps: { dataDir: string; settings: SettingsStore }, self: number): Promise<void> {
  const scans = new Map<string, AttachmentBody['row']>();
  for (const change of changes) if (change.kind === 'attachment') scans.set((change.body as AttachmentBody).row.sha256, (change.body as AttachmentBody).row);
  if (scans.size === 0) return;
  const folder = deps.settings.get(sharedScansFolderSetting);
  if (folder) return copyToFolder(folder, scans, deps.dataDir);
  const held = await hub.db.selectFrom('motcua.blobs').select('hash').where('hash', 'in', [...scans.keys()]).execute();
  for (const { hash } of held) scans.delete(hash);
  for (const [hash, row] of scans) {
    const bytes = sound(scanPath(deps.dataDir, hash, row.mime_type), hash);
    if (!bytes) continue;
    await hub.db
      .insertInto('motcua.blobs')
      .values({ hash, bytes, size: bytes.length, origin: self })
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute();
  }
}

/** The file's bytes when it is there and still hashes to its name. */
function sound(path: string, hash: string): Buffer | null {
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  return sha256(bytes) === hash ? bytes : null;
}

/** Copies this counter's scans into the office's shared folder, once per content, through a temporary name. An unreachable share fails the exchange: no record travels before its bytes. */
function copyToFolder(folder: string, scans: Map<string, AttachmentBody['row']>, dataDir: string): void {
  for (const [hash, row] of scans) {
    const target = scanPathIn(folder, hash, row.mime_type);
    const source = scanPath(dataDir, hash, row.mime_type);
    if (existsSync(target) || !sound(source, hash)) continue;
    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(4).toString('hex')}.tmp`;
    copyFileSync(source, temporary);
    renameSync(temporary, target);
  }
}

interface FetchDeps {
  sql: Sql;
  settings: SettingsStore;
  dataDir: string;
  sealer: SecretSealer;
}

/** The scan's bytes from the office's shared folder, else the hub (scans sent before the office chose the folder), or null when neither can give them (yet). */
async function fetchBytes(deps: FetchDeps, hash: string, mimeType: AttachmentsTable['mime_type']): Promise<Buffer | null> {
  const folder = deps.settings.get(sharedScansFolderSetting);
  return (folder && fromFolder(folder, hash, mimeType)) || blobFromHub(deps, hash);
}

function fromFolder(folder: string, hash: string, mimeType: AttachmentsTable['mime_type']): Buffer | null {
  try {
    return readFileSync(scanPathIn(folder, hash, mimeType));
  } catch {
    return null;
  }
}

/** The blob's bytes from the hub, or null when the hub cannot be reached or does not hold it yet. */
async function blobFromHub(deps: FetchDeps, hash: string): Promise<Buffer | null> {
  const joined = deps.settings.get(hubSetting);
  const url = joined && deps.sealer.unseal(joined.sealed);
  if (!url) return null;
  const hub = connectHub(url);
  try {
    const row = await hub.db.selectFrom('motcua.blobs').select('bytes').where('hash', '=', hash).executeTakeFirst();
    return row?.bytes ?? null;
  } catch {
    return null;
  } finally {
    await hub.close().catch(() => {});
  }
}

/**
 * Before a scan is opened: when it is another counter's and its bytes are not
 * here yet, fetches them from the hub, checks them against the record's hash
 * and keeps them. Refuses with the counter that holds the scan when the hub
 * cannot give it, and with ATTACHMENT_DAMAGED when the bytes do not match.
 */
export async function fetchScanIfAway(deps: FetchDeps, attachments: Attachments, attachmentId: number): Promise<void> {
  const record = attachments.get(attachmentId);
  if (existsSync(attachments.pathOf(record.sha256, record.mimeType))) return;
  const received = deps.sql.one(qb.selectFrom('hub_ids').select('origin').where('kind', '=', 'attachment').where('local_id', '=', attachmentId));
  // This counter's own scan with its file gone: opening it reports the missing file.
  if (!received) return;
  const counter = deps.sql.one(qb.selectFrom('attachments').select('counter').where('id', '=', attachmentId))?.counter ?? received.origin;
  const bytes = await fetchBytes(deps, record.sha256, record.mimeType);
  if (!bytes) throw new DomainError('CONFLICT', hubWords.scanAway(counter));
  if (sha256(bytes) !== record.sha256) throw new DomainError('ATTACHMENT_DAMAGED', hubWords.scanMismatch(record.fileName));
  attachments.store(record.sha256, kindOfMime(record.mimeType), bytes);
}
