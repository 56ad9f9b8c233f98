// @runs: main
// Digitised papers of a dossier (Decree 107/2021, Circular 01/2023). A scan is
// stored once per content, named by its SHA-256 under <dataDir>/scans/, and
// re-hashed every time it is opened, so a file changed on disk is never shown
// as the citizen's paper. The renderer sends bytes in chunks of 1 MiB (each
// call stays under the API's 2 MB limit, which keeps its one rule for every
// method): begin → chunk × n → finish, checked against the hash it announced.
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, openSync, readSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Selectable } from 'kysely';
import { DomainError } from '../api/kit';
import { qb } from '../db/sql';
import type { Actor } from '../dossiers/store';
import type { FeatureDeps } from '../services/deps';
import { folderSetting } from '../settings/folders';
import { toVnIso, vnDate } from '../shared/time';
import { attachmentMessages as m, attachmentsUi } from '../shared/vi/attachments';
import { acceptedKindsSetting, maxMegabytesSetting, scannerFolderSetting } from './settings';
import { extensionOf, mimeOf, scanFacts, sniff, type ScanKind } from './sniff';
import type { AttachmentsTable } from './tables';

export const CHUNK_BYTES = 1024 * 1024;
/** Half-finished uploads kept at once, and how long one may sit idle. */
const MAX_UPLOADS = 8;
const UPLOAD_IDLE_MS = 30 * 60 * 1000;
/** Where attached files from the scanner folder go, so they are not offered again. */
export const SCANNER_DONE_FOLDER = 'Da dinh kem';

export interface AttachmentRecord {
  attachmentId: number;
  dossierId: number;
  target: string;
  fileName: string;
  mimeType: AttachmentsTable['mime_type'];
  size: number;
  sha256: string;
  pages: number | null;
  dpi: number | null;
  colour: boolean | null;
  source: 'upload' | 'scanner';
  addedBy: string;
  addedById: number;
  addedAt: string;
  verifiedBy: string | null;
  verifiedAt: string | null;
}

interface NewScan {
  dossierId: number;
  target: string;
  fileName: string;
  bytes: Buffer;
  source: 'upload' | 'scanner';
}

interface Upload {
  dossierId: number;
  target: string;
  fileName: string;
  size: number;
  sha256: string | undefined;
  clerkId: number;
  path: string;
  hash: ReturnType<typeof createHash>;
  received: number;
  nextIndex: number;
  touchedAt: number;
}

export class Attachments {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly deps: FeatureDeps) {}

  get scansDir(): string {
    return join(this.deps.dataDir, 'scans');
  }

  /** Checks, stores (once per content) and records one scan. */
  attach(scan: NewScan, actor: Actor): AttachmentRecord {
    this.checkTarget(scan.dossierId, scan.target);
    const kind = this.checkFile(scan.fileName, scan.bytes.length, scan.bytes);
    const sha256 = createHash('sha256').update(scan.bytes).digest('hex');
    const duplicate = this.deps.sql.one(
      qb
        .selectFrom('attachments')
        .select('id')
        .where('dossier_id', '=', scan.dossierId)
        .where('target', '=', scan.target)
        .where('sha256', '=', sha256)
        .where('removed_at', 'is', null),
    );
    if (duplicate) throw new DomainError('CONFLICT', m.alreadyAttached);
    this.store(sha256, kind, scan.bytes);
    const facts = scanFacts(kind, scan.bytes);
    const at = toVnIso(this.deps.clock.now());
    const { lastInsertRowid } = this.deps.sql.run(
      qb.insertInto('attachments').values({
        dossier_id: scan.dossierId,
        target: scan.target,
        file_name: scan.fileName,
        mime_type: mimeOf[kind],
        size: scan.bytes.length,
        sha256,
        pages: facts.pages,
        dpi: facts.dpi,
        colour: facts.colour === null ? null : facts.colour ? 1 : 0,
        source: scan.source,
        added_by: actor.clerkId,
        counter: actor.counter,
        added_at: at,
      }),
    );
    this.deps.audit.record('attachments.attach', actor, { dossierId: scan.dossierId, target: scan.target, sha256 });
    return this.get(lastInsertRowid);
  }

  /** `head`: the file's first bytes, so a wrong type or size is refused before anything is sent. */
  beginUpload(input: { dossierId: number; target: string; fileName: string; size: number; head: Buffer; sha256?: string }, actor: Actor): { uploadId: string; chunkBytes: number } {
    this.dropIdleUploads();
    if (this.uploads.size >= MAX_UPLOADS) throw new DomainError('CONFLICT', m.busy);
    this.checkTarget(input.dossierId, input.target);
    this.checkFile(input.fileName, input.size, input.head);
    const uploadId = randomBytes(16).toString('hex');
    const incoming = join(this.scansDir, 'incoming');
    mkdirSync(incoming, { recursive: true });
    const path = join(incoming, `${uploadId}.part`);
    writeFileSync(path, '');
    this.uploads.set(uploadId, {
      dossierId: input.dossierId,
      target: input.target,
      fileName: input.fileName,
      size: input.size,
      sha256: input.sha256?.toLowerCase(),
      clerkId: actor.clerkId,
      path,
      hash: createHash('sha256'),
      received: 0,
      nextIndex: 0,
      touchedAt: Date.now(),
    });
    return { uploadId, chunkBytes: CHUNK_BYTES };
  }

  appendChunk(uploadId: string, index: number, data: Buffer, actor: Actor): { received: number } {
    const upload = this.upload(uploadId, actor);
    if (index !== upload.nextIndex) return this.abandon(uploadId, m.chunkOutOfOrder);
    if (upload.received + data.length > upload.size) return this.abandon(uploadId, m.incomplete);
    appendFileSync(upload.path, data);
    upload.hash.update(data);
    upload.received += data.length;
    upload.nextIndex += 1;
    upload.touchedAt = Date.now();
    return { received: upload.received };
  }

  finishUpload(uploadId: string, actor: Actor): AttachmentRecord {
    const upload = this.upload(uploadId, actor);
    this.uploads.delete(uploadId);
    try {
      if (upload.received !== upload.size) throw new DomainError('CONFLICT', m.incomplete);
      if (upload.sha256 && upload.hash.digest('hex') !== upload.sha256) throw new DomainError('CONFLICT', m.hashMismatch);
      const bytes = readFileSync(upload.path);
      return this.attach({ dossierId: upload.dossierId, target: upload.target, fileName: upload.fileName, bytes, source: 'upload' }, actor);
    } finally {
      rmSync(upload.path, { force: true });
    }
  }

  /** The scan's bytes, after checking they are still the ones attached. */
  open(attachmentId: number): { attachment: AttachmentRecord; bytes: Buffer } {
    const attachment = this.get(attachmentId);
    const path = this.pathOf(attachment.sha256, attachment.mimeType);
    if (!existsSync(path)) throw new DomainError('ATTACHMENT_DAMAGED', m.missingFile(attachment.fileName));
    const bytes = readFileSync(path);
    if (createHash('sha256').update(bytes).digest('hex') !== attachment.sha256) throw new DomainError('ATTACHMENT_DAMAGED', m.damaged(attachment.fileName));
    return { attachment, bytes };
  }

  /** The clerk has compared the scan with the original paper. */
  markVerified(attachmentId: number, actor: Actor): AttachmentRecord {
    this.get(attachmentId);
    this.deps.sql.run(
      qb
        .updateTable('attachments')
        .set({ verified_by: actor.clerkId, verified_at: toVnIso(this.deps.clock.now()) })
        .where('id', '=', attachmentId)
        .where('verified_at', 'is', null),
    );
    return this.get(attachmentId);
  }

  /** Only a scan the same clerk attached by mistake today; the row stays (who removed it and why), the file stays for other rows. */
  remove(attachmentId: number, reason: string, actor: Actor): void {
    const row = this.deps.sql.one(qb.selectFrom('attachments').selectAll().where('id', '=', attachmentId));
    if (!row) throw new DomainError('NOT_FOUND');
    if (row.removed_at) throw new DomainError('CONFLICT', m.alreadyRemoved);
    const now = this.deps.clock.now();
    if (row.added_by !== actor.clerkId || row.added_at.slice(0, 10) !== vnDate(now)) throw new DomainError('FORBIDDEN', m.removeOnlyToday);
    this.deps.sql.run(
      qb.updateTable('attachments').set({ removed_by: actor.clerkId, removed_at: toVnIso(now), removed_reason: reason }).where('id', '=', attachmentId),
    );
    this.deps.audit.record('attachments.remove', actor, { attachmentId, reason });
  }

  /** Each component of the dossier (and the result) with its current scans. */
  list(dossierId: number): { target: string; name: string; required: boolean; attachments: AttachmentRecord[] }[] {
    const components = this.deps.sql.all(
      qb.selectFrom('dossier_components').select(['component_key', 'name', 'required']).where('dossier_id', '=', dossierId).orderBy('position'),
    );
    const scans = this.rows().where('attachments.dossier_id', '=', dossierId).where('attachments.removed_at', 'is', null).orderBy('attachments.id');
    const all = this.deps.sql.all(scans).map(toRecord);
    return [
      ...components.map((c) => ({ target: c.component_key, name: c.name, required: c.required === 1, attachments: all.filter((a) => a.target === c.component_key) })),
      { target: 'result', name: attachmentsUi.resultTarget, required: false, attachments: all.filter((a) => a.target === 'result') },
    ];
  }

  /** Files waiting in the scanner folder, newest first. */
  scannerFiles(): { folder: string; files: { name: string; size: number; modifiedAt: string }[] } {
    const folder = this.deps.settings.get(scannerFolderSetting);
    if (!folder) return { folder, files: [] };
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      throw new DomainError('NOT_FOUND', m.scannerFolderMissing(folder));
    }
    const files = names
      .filter((name) => /\.(pdf|jpe?g|png)$/i.test(name))
      .flatMap((name) => {
        const stat = statSync(join(folder, name), { throwIfNoEntry: false });
        return stat?.isFile() ? [{ name, size: stat.size, modifiedAt: toVnIso(stat.mtime), mtime: stat.mtimeMs }] : [];
      })
      .sort((a, b) => b.mtime - a.mtime)
      .map(({ mtime: _mtime, ...file }) => file);
    return { folder, files };
  }

  /** Attaches a file from the scanner folder, then moves it aside so it is not offered again. */
  attachFromScanner(input: { dossierId: number; target: string; name: string }, actor: Actor): AttachmentRecord {
    const folder = this.deps.settings.get(scannerFolderSetting);
    if (!folder) throw new DomainError('CONFLICT', m.noScannerFolder);
    const name = basename(input.name);
    const path = join(folder, name);
    if (name !== input.name || !existsSync(path)) throw new DomainError('NOT_FOUND', m.scannerFileMissing(input.name));
    this.checkFile(name, statSync(path).size, readHead(path));
    const record = this.attach({ dossierId: input.dossierId, target: input.target, fileName: name, bytes: readFileSync(path), source: 'scanner' }, actor);
    const done = join(folder, SCANNER_DONE_FOLDER);
    mkdirSync(done, { recursive: true });
    renameSync(path, join(done, `${record.sha256.slice(0, 8)}-${name}`));
    return record;
  }

  settings() {
    return {
      acceptedKinds: this.deps.settings.get(acceptedKindsSetting),
      maxMegabytes: this.deps.settings.get(maxMegabytesSetting),
      scannerFolder: this.deps.settings.get(scannerFolderSetting),
    };
  }

  updateSettings(next: { acceptedKinds: ScanKind[]; maxMegabytes: number; scannerFolder: string }, actor: Actor) {
    const scannerFolder = folderSetting(next.scannerFolder, 'scanner', 'scannerFolder');
    this.deps.sql.tx(() => {
      this.deps.settings.set(acceptedKindsSetting, next.acceptedKinds);
      this.deps.settings.set(maxMegabytesSetting, next.maxMegabytes);
      this.deps.settings.set(scannerFolderSetting, scannerFolder);
    });
    this.deps.audit.record('attachments.settings', actor, { ...next, scannerFolder });
    return this.settings();
  }

  get(attachmentId: number): AttachmentRecord {
    const row = this.deps.sql.one(this.rows().where('attachments.id', '=', attachmentId));
    if (!row) throw new DomainError('NOT_FOUND');
    return toRecord(row);
  }

  private rows() {
    return qb
      .selectFrom('attachments')
      .innerJoin('clerks as adder', 'adder.id', 'attachments.added_by')
      .leftJoin('clerks as verifier', 'verifier.id', 'attachments.verified_by')
      .selectAll('attachments')
      .select(['adder.full_name as added_by_name', 'verifier.full_name as verified_by_name']);
  }

  private checkTarget(dossierId: number, target: string): void {
    if (!this.deps.sql.one(qb.selectFrom('dossiers').select('id').where('id', '=', dossierId))) throw new DomainError('NOT_FOUND');
    if (target === 'result') return;
    const component = this.deps.sql.one(
      qb.selectFrom('dossier_components').select('id').where('dossier_id', '=', dossierId).where('component_key', '=', target),
    );
    if (!component) throw new DomainError('INVALID_INPUT', m.unknownTarget, 'target');
  }

  /** Size against the office's limit, type from the bytes (the file's start is enough). */
  private checkFile(fileName: string, size: number, bytes: Buffer): ScanKind {
    const max = this.deps.settings.get(maxMegabytesSetting);
    if (size === 0) throw new DomainError('ATTACHMENT_REFUSED', m.empty);
    if (size > max * 1024 * 1024) throw new DomainError('ATTACHMENT_REFUSED', m.tooLarge(fileName, max));
    const kind = sniff(bytes);
    if (!kind) throw new DomainError('ATTACHMENT_REFUSED', m.notScan(fileName));
    const accepted = this.deps.settings.get(acceptedKindsSetting);
    if (!accepted.includes(kind)) {
      throw new DomainError('ATTACHMENT_REFUSED', m.typeNotAccepted(attachmentsUi.kinds[kind], accepted.map((k) => attachmentsUi.kinds[k]).join(', ')));
    }
    return kind;
  }

  /** Where the scan of this content lives under <dataDir>/scans (it may not be there yet: another counter's scan not fetched). */
  pathOf(sha256: string, mimeType: AttachmentsTable['mime_type']): string {
    return scanPath(this.deps.dataDir, sha256, mimeType);
  }

  /** Same content, same name: written once, through a temporary file so a crash never leaves half a scan under its hash. The caller has checked the hash. */
  store(sha256: string, kind: ScanKind, bytes: Buffer): void {
    const path = this.pathOf(sha256, mimeOf[kind]);
    if (existsSync(path)) return;
    mkdirSync(join(this.scansDir, sha256.slice(0, 2)), { recursive: true });
    const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temporary, bytes, { flush: true });
    renameSync(temporary, path);
  }

  private upload(uploadId: string, actor: Actor): Upload {
    const upload = this.uploads.get(uploadId);
    if (!upload || upload.clerkId !== actor.clerkId) throw new DomainError('NOT_FOUND', m.uploadUnknown);
    return upload;
  }

  private abandon(uploadId: string, message: string): never {
    const upload = this.uploads.get(uploadId);
    this.uploads.delete(uploadId);
    if (upload) rmSync(upload.path, { force: true });
    throw new DomainError('CONFLICT', message);
  }

  private dropIdleUploads(): void {
    const now = Date.now();
    for (const [id, upload] of this.uploads) {
      if (now - upload.touchedAt > UPLOAD_IDLE_MS) {
        this.uploads.delete(id);
        rmSync(upload.path, { force: true });
      }
    }
  }
}

/** Where the scan of this content is kept in a data folder: scans/<sha256[0..2]>/<sha256>.<ext>. */
export function scanPath(dataDir: string, sha256: string, mimeType: AttachmentsTable['mime_type']): string {
  return scanPathIn(join(dataDir, 'scans'), sha256, mimeType);
}

/** The same layout under any folder (the office's shared folder of scans, hub/scans.ts). */
export function scanPathIn(root: string, sha256: string, mimeType: AttachmentsTable['mime_type']): string {
  return join(root, sha256.slice(0, 2), `${sha256}.${extensionOf[kindOfMime(mimeType)]}`);
}

export function kindOfMime(mimeType: AttachmentsTable['mime_type']): ScanKind {
  return (Object.keys(mimeOf) as ScanKind[]).find((k) => mimeOf[k] === mimeType) as ScanKind;
}

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    return head.subarray(0, readSync(fd, head, 0, 16, 0));
  } finally {
    closeSync(fd);
  }
}

type Row = Selectable<AttachmentsTable> & { added_by_name: string; verified_by_name: string | null };

function toRecord(row: Row): AttachmentRecord {
  return {
    attachmentId: row.id,
    dossierId: row.dossier_id,
    target: row.target,
    fileName: row.file_name,
    mimeType: row.mime_type,
    size: row.size,
    sha256: row.sha256,
    pages: row.pages,
    dpi: row.dpi,
    colour: row.colour === null ? null : row.colour === 1,
    source: row.source,
    addedBy: row.added_by_name,
    addedById: row.added_by,
    addedAt: row.added_at,
    verifiedBy: row.verified_by_name,
    verifiedAt: row.verified_at,
  };
}
