// @runs: main
// Chốt sổ cuối ngày: close the counter's day, export its package, send it
// through the outbox. The timer that drives the outbox lives in scheduler.ts
// and is started by the shells, so tests and the CLI decide when time passes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../api/kit';
import { qb } from '../db/sql';
import type { Documents } from '../documents/documents';
import type { FeatureDeps } from '../services/deps';
import { writingTo } from '../services/disk-full';
import { folderSetting } from '../settings/folders';
import { officeSetting } from '../settings/keys';
import { endOfDayFiles as w, endOfDayMessages as m } from '../shared/vi/end-of-day';
import { folderMessages } from '../shared/vi/folders';
import { Closure, type Who } from './closure';
import { Outbox, type OutboxItem, type OutboxPass } from './outbox';
import { buildPackage, packageExists, packageName, readPackage, writePackage, type Manifest, type PackageFile } from './package';
import { sendingSetting, type SendingSettings } from './settings';
import { fingerprint, signingKey } from './signing';
import { dayBounds, type DayRecord, type OpenItems } from './snapshot';

export interface ExportResult {
  packageName: string;
  revision: number;
  folder: string;
  manifest: Manifest;
  outbox: OutboxItem | null;
  copiedTo: string | null;
}

export class EndOfDay {
  readonly closure: Closure;
  readonly outbox: Outbox;

  constructor(
    private readonly deps: FeatureDeps,
    private readonly documents: Documents,
  ) {
    this.closure = new Closure(deps);
    this.outbox = new Outbox(deps, (name, row) => this.filesOf(name, row));
  }

  get exportsDir(): string {
    return join(this.deps.dataDir, 'exports');
  }

  /** The day as the close-day panel shows it. */
  status(counter: number, day: string) {
    const closure = this.closure.closure(counter, day);
    const revisions = this.deps.sql
      .all(qb.selectFrom('day_exports').select(['revision', 'made_at']).where('counter', '=', counter).where('day', '=', day).orderBy('revision'))
      .map((r) => ({ revision: r.revision, madeAt: r.made_at }));
    const latest = revisions.at(-1);
    const office = this.deps.settings.get(officeSetting);
    const name = latest && office ? packageName(office.officeCode, counter, day, latest.revision) : null;
    return {
      day,
      counter,
      closure: closure
        ? {
            status: closure.status,
            closedAt: closure.closed_at,
            closedBy: closure.closed_by === null ? null : this.closure.clerkName(closure.closed_by),
            openItemsAtClose: JSON.parse(closure.open_items) as OpenItems,
            reopenedAt: closure.reopened_at,
            reopenReason: closure.reopen_reason,
          }
        : null,
      openItems: this.closure.openItems(counter, day),
      revisions,
      counts: latest ? this.counts(counter, day, latest.revision) : null,
      corrections: this.closure.corrections(counter, day),
      stepsAfterClose: closure?.status === 'closed' ? this.stepsAfter(counter, day, closure.closed_at) : 0,
      exported: name !== null && packageExists(join(this.exportsDir, name)) ? { packageName: name, folder: join(this.exportsDir, name) } : null,
    };
  }

  close(who: Who, day: string, confirmOpenItems: boolean) {
    return this.closure.close(who, day, confirmOpenItems);
  }

  reopen(who: Who & { clerkId: number }, day: string, reason: string): void {
    this.closure.reopen(who, day, reason);
  }

  correct(who: Who & { clerkId: number }, input: { dossierId: number; field: string; value: string; reason: string }) {
    return this.closure.correct(who, input);
  }

  /**
   * Renders the closed day's latest revision (or the one asked for) into
   * exports/<package>/, queues it for the configured destination, and copies
   * it to `out` when given. Progress goes to the renderer.
   */
  async exportDay(counter: number, day: string, options: { revision?: number; out?: string } = {}): Promise<ExportResult> {
    const closure = this.closure.closure(counter, day);
    if (closure?.status !== 'closed') throw new DomainError('DAY_NOT_CLOSED', m.notClosed(day));
    const revision = options.revision ?? this.closure.latestRevision(counter, day);
    const stored = this.stored(counter, day, revision);
    const progress = (done: number, label: string) => this.deps.progress.report({ task: w.progress.task, done, total: 4, label });
    progress(0, w.progress.record);
    const steps = { pdf: 1, xlsx: 2, sign: 3 } as const;
    const pkg = await buildPackage(stored, this.documents, signingKey(this.deps.settings), (step) => progress(steps[step], w.progress[step]));
    const folder = writeExport(this.exportsDir, pkg);
    const outbox = this.outbox.enqueue({ name: pkg.name, idempotencyKey: pkg.idempotencyKey, counter, day, revision }, this.sendingSettings());
    const copiedTo = options.out ? writeExport(options.out, pkg) : null;
    this.deps.audit.record('endOfDay.export', { clerkId: null, counter }, { day, revision, package: pkg.name });
    progress(4, w.progress.done);
    return { packageName: pkg.name, revision, folder, manifest: pkg.manifest, outbox, copiedTo };
  }

  /** One pass of the outbox; the scheduler, "Gửi lại ngay" and the CLI's `send` call it. */
  processOutbox(now: Date = this.deps.clock.now(), options: { all?: boolean; id?: number } = {}): Promise<OutboxPass> {
    return this.outbox.process(now, options);
  }

  sendingSettings(): SendingSettings {
    return this.deps.settings.get(sendingSetting);
  }

  updateSendingSettings(next: SendingSettings, who: Who): SendingSettings {
    const folder = folderSetting(next.folder, 'sending', 'folder');
    if (next.destination === 'folder' && !folder) throw new DomainError('INVALID_INPUT', folderMessages.notAbsolute('sending'), 'folder');
    if (next.destination === 'http' && !/^https?:\/\/[^\s]+$/i.test(next.url)) throw new DomainError('INVALID_INPUT', m.urlInvalid, 'url');
    this.deps.sql.tx(() => {
      this.deps.settings.set(sendingSetting, { ...next, folder });
      this.deps.audit.record('endOfDay.settings', who, { destination: next.destination });
    });
    return this.sendingSettings();
  }

  publicKey(): { publicKeyPem: string; fingerprint: string } {
    const { publicKeyPem } = signingKey(this.deps.settings);
    return { publicKeyPem, fingerprint: fingerprint(publicKeyPem) };
  }

  private stored(counter: number, day: string, revision: number): string {
    const row = this.deps.sql.one(qb.selectFrom('day_exports').select('content').where('counter', '=', counter).where('day', '=', day).where('revision', '=', revision));
    if (!row) throw new DomainError('NOT_FOUND');
    return row.content;
  }

  /** Later steps (hand-over, return…) recorded at the counter on a closed day after its closure: not in the frozen package. */
  private stepsAfter(counter: number, day: string, closedAt: string): number {
    const row = this.deps.sql.sqlite
      .prepare(`SELECT count(*) AS n FROM dossier_events WHERE counter = ? AND at > ? AND at < ? AND action <> 'correct'`)
      .get(counter, closedAt, dayBounds(day).to) as { n: number };
    return row.n;
  }

  /** SQLite reads the counts out of the stored record: the panel never parses a 10 MB day in JavaScript. */
  private counts(counter: number, day: string, revision: number): DayRecord['counts'] {
    const row = this.deps.sql.sqlite
      .prepare(`SELECT json_extract(content, '$.counts') AS counts FROM day_exports WHERE counter = ? AND day = ? AND revision = ?`)
      .get(counter, day, revision) as { counts: string } | undefined;
    if (!row) throw new DomainError('NOT_FOUND');
    return JSON.parse(row.counts) as DayRecord['counts'];
  }

  /** The files as exported; when the folder is gone, the same bytes rebuilt from the stored revision. */
  private async filesOf(name: string, row: { counter: number; day: string; revision: number }): Promise<PackageFile[]> {
    const folder = join(this.exportsDir, name);
    if (existsSync(folder) && packageExists(folder)) return readPackage(folder);
    const pkg = await buildPackage(this.stored(row.counter, row.day, row.revision), this.documents, signingKey(this.deps.settings), () => undefined);
    writeExport(this.exportsDir, pkg);
    return pkg.files;
  }
}

/** writePackage into `parent`, a full disk refused as DISK_FULL naming it. */
function writeExport(parent: string, pkg: { name: string; files: PackageFile[] }): string {
  return writingTo('export', parent, () => writePackage(parent, pkg));
}
