// @runs: main
// The sync engine of one counter. It runs beside the clerks, never in their
// way: every clerk action has already committed locally (the outbox row came
// with it); the engine sends the outbox, then reads the hub's log after its
// cursor and applies it. LISTEN/NOTIFY wakes it when another counter writes;
// a poll is the fallback. Any failure only marks the counter offline until the
// next attempt.
import { sql as pgSql, type Transaction } from 'kysely';
import type pg from 'pg';
import { setImmediate as yieldToClerks } from 'node:timers/promises';
import { qb } from '../db/sql';
import type { FeatureDeps } from '../services/deps';
import { counterSetting } from '../settings/keys';
import { toVnIso } from '../shared/time';
import { hubWords } from '../shared/vi/hub';
import { connectHub, listenerClient, type HubConnection } from './connect';
import { HUB_RECEIVED_TASK } from './contract';
import { hubSetting, type SecretSealer } from './credentials';
import { NOTIFY_CHANNEL, PUSH_LOCK, type HubDatabase } from './hub-schema';
import { openConflictCount } from './conflicts';
import { applyChanges, HubApplyError, type HubChange } from './incoming';
import { pendingChanges, waitingCount, type OutgoingChange } from './outgoing';
import { reconcileOwn, sameChange } from './reclaim';
import { uploadBlobs } from './scans';
import { bootstrapFromHub, JOIN_PAGE, JOINING, needsBootstrap, type JoinProgress } from './bootstrap';

export interface HubStatus {
  joined: boolean;
  /** host:port/database and the counter's role, never the password. */
  address: string | null;
  user: string | null;
  connected: boolean;
  /** Changes committed here and not yet confirmed by the hub. */
  waiting: number;
  lastExchangeAt: string | null;
  /** Conflicts no supervisor has settled yet. */
  conflicts: number;
  /** Joined, or holding other counters' dossiers from an earlier join: the lists offer "Quầy này / Cả văn phòng". */
  holdsOffice: boolean;
  /** A long exchange (first join, catch-up): its stage, how many of how many. */
  progress: JoinProgress | null;
  /** The shell's line: "Đã đồng bộ" or the offline sentence. */
  label: string;
}

type HubDeps = Pick<FeatureDeps, 'dataDir' | 'sql' | 'settings' | 'clock' | 'progress'> & { sealer: SecretSealer };

/** The hub already holds a different change under one of this counter's change ids: sending stops rather than lose it. */
class ChangeClashError extends Error {}

export interface HubSyncOptions {
  /** Changes sent or applied per transaction (and a first join's dossiers per page; by default JOIN_PAGE). */
  batch?: number;
  /** Told after each batch sent (the outbox seq confirmed) or applied (the cursor): the crash test kills the counter there. */
  onBatch?: (step: 'sent' | 'applied', upTo: number) => void;
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
  /** Reachable, but stuck on something an officer must fix (a catalogue to import, a change id clash): the status says what. */
  private problem: string | null = null;
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
    return joined ? this.deps.sealer.unseal(joined.sealed) : null;
  }

  /** The hub's URL (with its credentials) while this engine reaches it, else null: office-wide reports ask the hub only then, without waiting for a timeout. */
  reachableUrl(): string | null {
    return this.connected ? this.url() : null;
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
      if (error instanceof HubApplyError || error instanceof ChangeClashError) return this.recordProblem(error);
      this.markOffline();
      // A pooled connection may date from before a hub restart: one more try on a fresh one.
      if (!reused || this.stopped) return this.recordFailure(error);
      await this.exchangeWith(url).catch((again: unknown) => {
        if (again instanceof HubApplyError || again instanceof ChangeClashError) return this.recordProblem(again);
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
    this.problem = null;
    this.deps.sql.run(qb.updateTable('hub_state').set({ last_exchange_at: toVnIso(this.deps.clock.now()), last_error: null }));
  }

  /** The hub answered, but this counter cannot go on: the cursor (or the outbox) stays before the change, the status says why. */
  private recordProblem(error: Error): void {
    this.connected = true;
    this.problem = error.message;
    this.recordFailure(error);
  }

  private recordFailure(error: unknown): void {
    // After stop() the database may be closed already: nothing left to record.
    if (!this.stopped) this.deps.sql.run(qb.updateTable('hub_state').set({ last_error: error instanceof Error ? error.message : String(error) }));
  }

  private markOffline(): void {
    this.connected = false;
    // Offline says more than a problem found on the hub; the next exchange finds it again if it is still there.
    this.problem = null;
    const connection = this.connection;
    this.connection = null;
    void connection?.hub.close().catch(() => {});
  }

  private pushed(): number {
    return this.deps.sql.one(qb.selectFrom('hub_state').select('pushed'))?.pushed ?? 0;
  }

  /**
   * This counter's changes the hub holds past the last one confirmed here are
   * normally a resend after a crash; when the outbox holds other changes under
   * those numbers (a restored backup), reclaim.ts moves them past the hub's.
   */
  private async reconcile(hub: HubConnection): Promise<void> {
    const rows = await hub.db
      .selectFrom('motcua.changes')
      .select(['local_seq', 'kind', 'body', 'nonce'])
      .where('origin', '=', this.self())
      .where('local_seq', '>', this.pushed())
      .orderBy('local_seq')
      .execute();
    reconcileOwn(this.deps.sql, rows.map((r) => ({ ...r, local_seq: Number(r.local_seq) })), this.self());
  }

  /**
   * Sends the outbox in batches. The hub keeps the first change under an id, so
   * a resend never duplicates; a different change under an id the hub holds is
   * refused (ChangeClashError), never dropped.
   */
  private async push(hub: HubConnection): Promise<void> {
    await this.reconcile(hub);
    // The hub answered: a long send, first join or catch-up that follows shows its progress, not "offline".
    this.connected = true;
    for (;;) {
      const { changes, upTo } = pendingChanges(this.deps.sql, this.self(), this.batch);
      if (upTo === this.pushed()) return;
      if (changes.length) {
        // The bytes of this counter's scans go first: a record on the hub then always finds its blob.
        await uploadBlobs(hub, changes, this.deps, this.self());
        const rows = changes.map((c) => ({ ...c, body: JSON.stringify(c.body) }));
        await hub.db.transaction().execute(async (tx) => {
          await pgSql`SELECT pg_advisory_xact_lock(${PUSH_LOCK})`.execute(tx);
          const inserted = await tx.insertInto('motcua.changes').values(rows).onConflict((oc) => oc.column('change_id').doNothing()).returning('change_id').execute();
          const clashes = await clashingIds(tx, changes, new Set(inserted.map((r) => r.change_id)));
          // Thrown inside: the whole batch rolls back, so the next exchange sends it again in its order.
          if (clashes.length) throw new ChangeClashError(hubWords.changeClash(clashes.join(', ')));
        });
      }
      this.deps.sql.run(qb.updateTable('hub_state').set({ pushed: upTo }));
      this.options.onBatch?.('sent', upTo);
    }
  }

  /** A new counter copies the office's dossiers from the hub's projection; false when stopped midway. */
  private async firstJoin(hub: HubConnection): Promise<boolean> {
    if (this.options.bootstrap === false || !needsBootstrap(this.deps.sql)) return true;
    return bootstrapFromHub(hub, this.deps.sql, {
      batch: this.options.batch ?? JOIN_PAGE,
      self: this.self(),
      now: () => toVnIso(this.deps.clock.now()),
      onProgress: (progress) => {
        this.progress = progress;
        this.options.onProgress?.(progress);
        // A copied page is an applied batch too: the crash test kills the counter mid-copy as mid-pull.
        if (progress && progress.done > 0) this.options.onBatch?.('applied', JOINING);
      },
      running: () => !this.stopped,
    });
  }

  /**
   * Reads the log after the cursor, a batch at a time, yielding to the clerks
   * between batches. A long catch-up (a first batch full) counts what is left
   * once and shows how far it is, as a first join does.
   */
  private async pull(hub: HubConnection): Promise<void> {
    let caughtUp: JoinProgress | null = null;
    try {
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
        if (!caughtUp && rows.length === this.batch) caughtUp = { stage: 'changes', done: 0, total: await this.changesAfter(hub, cursor) };
        const changes: HubChange[] = rows.map((r) => ({ ...r, seq: Number(r.seq) }));
        applyChanges(this.deps.sql, changes, this.self(), toVnIso(this.deps.clock.now()));
        this.announce(changes);
        if (caughtUp) this.progress = caughtUp = { ...caughtUp, done: Math.min(caughtUp.total, caughtUp.done + changes.length) };
        this.options.onBatch?.('applied', changes.at(-1)?.seq ?? cursor);
        await yieldToClerks();
      }
    } finally {
      if (caughtUp) this.progress = null;
    }
  }

  /** How many changes the log holds after a seq (index only). */
  private async changesAfter(hub: HubConnection, cursor: number): Promise<number> {
    const row = await hub.db.selectFrom('motcua.changes').select((eb) => eb.fn.countAll<string>().as('n')).where('seq', '>', String(cursor)).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Tells the open screens that other counters' changes were just applied, so they reload on their own. */
  private announce(changes: HubChange[]): void {
    const received = changes.filter((c) => c.origin !== this.self()).length;
    if (received > 0) this.deps.progress.report({ task: HUB_RECEIVED_TASK, done: received, total: received, label: hubWords.received(received) });
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
    const conflicts = openConflictCount(this.deps.sql);
    const progress = joined ? this.progress : null;
    const label = progress ? hubWords.progress[progress.stage](progress.done, progress.total) : this.label(joined, waiting);
    const holdsOffice = joined || this.holdsOthers();
    return { joined, address: setting?.address ?? null, user: setting?.user ?? null, connected: joined && this.connected, waiting, lastExchangeAt: state?.last_exchange_at ?? null, conflicts, holdsOffice, progress, label };
  }

  /** Whether a dossier of another counter is held here (a counter that left the hub keeps what it copied). Two index seeks on the counter. */
  private holdsOthers(): boolean {
    const self = this.self();
    return this.deps.sql.get('SELECT 1 FROM dossiers WHERE counter < ? OR counter > ? LIMIT 1', self, self) !== undefined;
  }

  private label(joined: boolean, waiting: number): string {
    if (!joined) return hubWords.notJoined;
    if (!this.url()) return hubWords.sealBroken;
    if (this.problem) return this.problem;
    return this.connected ? hubWords.synced : hubWords.offline(waiting);
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

/** The ids of sent changes the hub already held with a different content (a resend of the same change is not one). */
async function clashingIds(tx: Transaction<HubDatabase>, sent: OutgoingChange[], inserted: Set<string>): Promise<string[]> {
  const held = sent.filter((c) => !inserted.has(c.change_id));
  if (held.length === 0) return [];
  const there = await tx.selectFrom('motcua.changes').select(['change_id', 'kind', 'body', 'nonce']).where('change_id', 'in', held.map((c) => c.change_id)).execute();
  const onHub = new Map(there.map((r) => [r.change_id, r]));
  return held.filter((c) => {
    const hub = onHub.get(c.change_id);
    return !hub || !sameChange(c, hub);
  }).map((c) => c.change_id);
}
