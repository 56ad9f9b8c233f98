// @runs: main
// The sync engine of one counter. It runs beside the clerks, never in their
// way: every clerk action has already committed locally (the outbox row came
// with it); the engine sends the outbox, then reads the hub's log after its
// cursor and applies it. LISTEN/NOTIFY wakes it when another counter writes;
// a poll is the fallback. Any failure only marks the counter offline until the
// next attempt.
import { sql as pgSql } from 'kysely';
import type pg from 'pg';
import { setImmediate as yieldToClerks } from 'node:timers/promises';
import { qb } from '../db/sql';
import type { FeatureDeps } from '../services/deps';
import { counterSetting } from '../settings/keys';
import { toVnIso } from '../shared/time';
import { hubWords } from '../shared/vi/hub';
import { connectHub, listenerClient, type HubConnection } from './connect';
import { hubSetting, unseal } from './credentials';
import { NOTIFY_CHANNEL, PUSH_LOCK } from './hub-schema';
import { bootstrapFromHub, JOINING, needsBootstrap, type JoinProgress } from './bootstrap';
import { applyChanges, type HubChange } from './incoming';
import { pendingChanges, waitingCount } from './outgoing';

export interface HubStatus {
  joined: boolean;
  /** host:port/database and the counter's role, never the password. */
  address: string | null;
  user: string | null;
  connected: boolean;
  /** Changes committed here and not yet confirmed by the hub. */
  waiting: number;
  lastExchangeAt: string | null;
  conflicts: number;
  /** A first join copying the office's dossiers: how many of how many. */
  progress: JoinProgress | null;
  /** The shell's line: "Đã đồng bộ" or the offline sentence. */
  label: string;
}

type HubDeps = Pick<FeatureDeps, 'dataDir' | 'sql' | 'settings' | 'clock'>;

export interface HubSyncOptions {
  /** Changes sent or applied per transaction. */
  batch?: number;
  /** Told the cursor after each applied batch (the crash test kills the counter there). */
  onBatch?: (cursor: number) => void;
  /** Told a first join's progress after each copied batch. */
  onProgress?: (progress: JoinProgress | null) => void;
  /** False: a new counter replays the whole log instead of copying the hub's projection (the test that holds both equal). */
  bootstrap?: boolean;
}

const BATCH = 500;
/** Ticks between two polls of the hub when nothing woke the engine (the fallback of LISTEN). */
const POLL_EVERY_TICKS = 30;

export class HubSync {
  private connection: { url: string; hub: HubConnection } | null = null;
  private listener: pg.Client | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private connected = false;
  private ticks = 0;
  private stopped = false;
  private progress: JoinProgress | null = null;
  /** LISTEN is in place: another counter's change wakes this engine at once. */
  listening = false;

  private readonly batch: number;

  constructor(
    private readonly deps: HubDeps,
    private readonly options: HubSyncOptions = {},
  ) {
    this.batch = options.batch ?? BATCH;
  }

  private url(): string | null {
    const joined = this.deps.settings.get(hubSetting);
    return joined ? unseal(this.deps.dataDir, joined.sealed) : null;
  }

  private self(): number {
    return this.deps.settings.get(counterSetting);
  }

  /** One exchange (send, then receive); concurrent calls share it and ask for one more round. */
  syncOnce(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.exchange().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.syncOnce();
      }
    });
    return this.running;
  }

  /** Called by the scheduler: exchange when something waits to be sent, and poll now and then. */
  async tick(): Promise<void> {
    if (!this.url()) return;
    this.ticks++;
    // Offline, the hub is tried again at the polling pace only.
    const pollTick = this.ticks % POLL_EVERY_TICKS === 1;
    if (!this.listener && pollTick) void this.listen();
    if (pollTick || (this.connected && waitingCount(this.deps.sql) > 0)) await this.syncOnce();
  }

  private hub(url: string): HubConnection {
    if (this.connection?.url !== url) {
      void this.connection?.hub.close().catch(() => {});
      this.connection = { url, hub: connectHub(url, () => this.markOffline()) };
    }
    return this.connection.hub;
  }

  private async exchange(): Promise<void> {
    this.stopped = false;
    const url = this.url();
    if (!url) return;
    const reused = this.connection?.url === url;
    try {
      await this.exchangeWith(url);
    } catch (error) {
      this.markOffline();
      // A pooled connection may date from before a hub restart: one more try on a fresh one.
      if (!reused || this.stopped) return this.recordFailure(error);
      await this.exchangeWith(url).catch((again: unknown) => {
        this.markOffline();
        this.recordFailure(again);
      });
    }
  }

  private async exchangeWith(url: string): Promise<void> {
    const hub = this.hub(url);
    await this.push(hub);
    if (!(await this.firstJoin(hub))) return;
    await this.pull(hub);
    this.connected = true;
    this.deps.sql.run(qb.updateTable('hub_state').set({ last_exchange_at: toVnIso(this.deps.clock.now()), last_error: null }));
  }

  private recordFailure(error: unknown): void {
    // After stop() the database may be closed already: nothing left to record.
    if (!this.stopped) this.deps.sql.run(qb.updateTable('hub_state').set({ last_error: error instanceof Error ? error.message : String(error) }));
  }

  private markOffline(): void {
    this.connected = false;
    const connection = this.connection;
    this.connection = null;
    void connection?.hub.close().catch(() => {});
  }

  /** Sends the outbox in batches; the hub ignores a change id it already holds, so a resend never duplicates. */
  private async push(hub: HubConnection): Promise<void> {
    for (;;) {
      const { changes, upTo } = pendingChanges(this.deps.sql, this.self(), this.batch);
      const pushed = this.deps.sql.one(qb.selectFrom('hub_state').select('pushed'))?.pushed ?? 0;
      if (upTo === pushed) return;
      if (changes.length) {
        const rows = changes.map((c) => ({ ...c, body: JSON.stringify(c.body) }));
        await hub.db.transaction().execute(async (tx) => {
          await pgSql`SELECT pg_advisory_xact_lock(${PUSH_LOCK})`.execute(tx);
          await tx.insertInto('motcua.changes').values(rows).onConflict((oc) => oc.column('change_id').doNothing()).execute();
        });
      }
      this.deps.sql.run(qb.updateTable('hub_state').set({ pushed: upTo }));
    }
  }

  /** A new counter copies the office's dossiers from the hub's projection; false when stopped midway. */
  private async firstJoin(hub: HubConnection): Promise<boolean> {
    if (this.options.bootstrap === false || !needsBootstrap(this.deps.sql)) return true;
    return bootstrapFromHub(hub, this.deps.sql, {
      batch: this.batch,
      self: this.self(),
      now: () => toVnIso(this.deps.clock.now()),
      onProgress: (progress) => {
        this.progress = progress;
        this.options.onProgress?.(progress);
        // A copied page is an applied batch too: the crash test kills the counter mid-copy as mid-pull.
        if (progress && progress.done > 0) this.options.onBatch?.(JOINING);
      },
      running: () => !this.stopped,
    });
  }

  /** Reads the log after the cursor, a batch at a time, yielding to the clerks between batches. */
  private async pull(hub: HubConnection): Promise<void> {
    for (;;) {
      const cursor = this.deps.sql.one(qb.selectFrom('hub_state').select('cursor'))?.cursor ?? 0;
      const rows = await hub.db
        .selectFrom('motcua.changes')
        .select(['seq', 'change_id', 'origin', 'kind', 'dossier_key', 'body'])
        .where('seq', '>', String(cursor))
        .orderBy('seq')
        .limit(this.batch)
        .execute();
      if (rows.length === 0) return;
      const changes: HubChange[] = rows.map((r) => ({ ...r, seq: Number(r.seq) }));
      applyChanges(this.deps.sql, changes, this.self(), toVnIso(this.deps.clock.now()));
      this.options.onBatch?.(changes.at(-1)?.seq ?? cursor);
      await yieldToClerks();
    }
  }

  private async listen(): Promise<void> {
    const url = this.url();
    if (!url) return;
    const client = listenerClient(url, () => {
      this.listening = false;
      if (this.listener === client) this.listener = null;
      void client.end().catch(() => {});
    });
    this.listener = client;
    try {
      await client.connect();
      client.on('notification', () => void this.syncOnce());
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      this.listening = true;
      // What other counters wrote before LISTEN took effect.
      void this.syncOnce();
    } catch {
      if (this.listener === client) this.listener = null;
      void client.end().catch(() => {});
    }
  }

  status(): HubStatus {
    const setting = this.deps.settings.get(hubSetting);
    const joined = setting !== null;
    const state = this.deps.sql.one(qb.selectFrom('hub_state').select(['last_exchange_at']));
    const waiting = waitingCount(this.deps.sql);
    const conflicts = Number(this.deps.sql.one(qb.selectFrom('hub_conflicts').select((eb) => eb.fn.countAll().as('n')))?.n ?? 0);
    const progress = joined ? this.progress : null;
    const label = !joined ? hubWords.notJoined : progress ? hubWords.joining(progress.done, progress.total) : this.connected ? hubWords.synced : hubWords.offline(waiting);
    return { joined, address: setting?.address ?? null, user: setting?.user ?? null, connected: joined && this.connected, waiting, lastExchangeAt: state?.last_exchange_at ?? null, conflicts, progress, label };
  }

  /** Closes the hub connections (the shells' quit, a restore's swap, the end of a test). */
  async stop(): Promise<void> {
    this.stopped = true;
    const listener = this.listener;
    this.listener = null;
    this.listening = false;
    const connection = this.connection;
    this.connection = null;
    await Promise.allSettled([this.running, listener?.end(), connection?.hub.close()]);
  }
}
