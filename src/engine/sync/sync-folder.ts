// One folder's serialized sync loop (in the style of Syncthing's folder runner): a
// request to sync while a round runs merges into one pending round; failures back
// off with a cap; the state is always one of FolderState; events go to listeners.
import { setMaxListeners } from "node:events";
import { CirrusError } from "../../shared/errors.js";
import type {
  FolderState,
  FolderStatus,
  MassDeletePending,
  SyncEvent,
} from "../../shared/status.js";
import type { FileSystem } from "../env/file-system.js";
import { IgnoreRules } from "../ignore/index.js";
import { PushClient, type ConnectPush } from "../remote/index.js";
import { FolderWatcher } from "../watch/watcher.js";
import { UploadPace } from "./upload-pace.js";
import { LocalFs } from "./local-fs.js";
import { SuffixPlaceholders } from "../placeholders/index.js";
import type { Plan, PlannedOp } from "../planner/index.js";
import type { FolderDigests } from "./folder-digests.js";
import { IdleRelease } from "./idle-release.js";
import { IncomingFiles } from "./incoming-files.js";
import { pendingOf } from "./pending-work.js";
import { PushBurst } from "./push-burst.js";
import { PushRequests } from "./push-requests.js";
import { RetrySchedule } from "./retry-schedule.js";
import { sliceCostsMore } from "./slice-cost.js";
import { runRound, type RoundContext, type RoundResult } from "./sync-round.js";

export interface SyncFolderOptions extends Omit<
  RoundContext,
  "emit" | "onBytesSent" | "onBytesReceived" | "fs" | "rules" | "onDemand" | "executing"
> {
  trashDir: string;
  /** The file system of the root and the trash (the engine's injectable EngineEnv.fs). */
  io: FileSystem;
  /** Opens the push channel (default: a `ws` WebSocket). */
  connectPush?: ConnectPush;
  /** Uniform in [0, 1): back-off jitter (the engine's injectable randomness). */
  random?: () => number;
  /** Files on demand for this folder: new remote files arrive as placeholders. */
  onDemand: boolean;
  /** Token for the push channel (continuous mode). */
  token?: string;
}

export interface Disposable {
  dispose(): void;
}

const MAX_BACKOFF_MS = 60_000;
/** Listeners the round's abort signal may have at once before Node warns of a leak. */
const ROUND_SIGNAL_LISTENERS = 1000;
/** Local writes in one plan from which the watcher is suspended while it runs. */
const SUSPEND_MIN_WRITES = 100;
const LOCAL_WRITES = new Set<PlannedOp["type"]>([
  "download",
  "createLocalFolder",
  "moveLocal",
  "deleteLocal",
  "conflictCopy",
  "updatePlaceholder",
]);
/**
 * A round looks everywhere at least this often: a slice trusts the watcher to name
 * every folder that changed, and a missed event would otherwise wait for a restart.
 */
const LOOK_EVERYWHERE_EVERY_MS = 60 * 60 * 1000;
/** Longest wait for the watcher before the first round runs anyway. */
const READY_WAIT_MS = 5_000;

export class SyncFolder {
  private readonly listeners = new Set<(event: SyncEvent) => void>();
  private readonly ctx: RoundContext;
  private state: FolderState = "idle";
  private running: Promise<void> | null = null;
  /**
   * Rounds asked for (requestSync), and how many of those asks had been made when the
   * last round began: a round reads the server and walks the folder after it begins, so
   * it answers every ask made before (a hint of the watcher woken by the round's own
   * downloads, say, which the round after them answers).
   */
  private asked = 0;
  private answered = 0;
  /**
   * Where the next round must look: the folders the watcher named since the last round
   * began (as spelled on disk), or everywhere (the first round, a retry, a resume, a
   * watcher that restarted or was suspended, an ask from outside).
   */
  private scope: Set<string> | "all" = "all";
  private paused = false;
  private failuresInARow = 0;
  /** Files that could not be synced, and when each is tried again. */
  private readonly retries = new RetrySchedule();
  /** Memory a finished round leaves behind, given back once the folder stays idle. */
  private readonly idle: IdleRelease;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly pushBurst = new PushBurst(() => {
    this.pushRequests.request();
    this.startLoop();
  });
  private readonly pushRequests = new PushRequests();
  private watcher: FolderWatcher | null = null;
  /** Continuous mode: a file that keeps changing goes up at a measured pace. */
  private pace: UploadPace | null = null;
  private push: PushClient | null = null;
  private pushConnectedBefore = false;
  private lastRound: RoundResult | null = null;
  private lookedEverywhereAt = -Infinity;
  /** The walk's digest folder by folder, for rounds over slices (folder-digests.ts). */
  private readonly digests: { value: FolderDigests | null } = { value: null };
  private lastError: { code: string; message: string } | null = null;
  private lastSyncAt: number | null = null;
  private bytesSent = 0;
  private bytesReceived = 0;
  private massDelete: MassDeletePending | null = null;
  private roundAbort: AbortController | null = null;
  /** Large new files fetched while another device uploads them (continuous mode). */
  private readonly incoming: IncomingFiles;

  constructor(private readonly options: SyncFolderOptions) {
    this.idle = new IdleRelease(() => {
      options.index.releaseMemory();
      options.remote.releaseMemory();
    });
    const rules = new IgnoreRules();
    const fs = new LocalFs(options.root, options.trashDir, options.now, options.io);
    this.incoming = new IncomingFiles({
      fs,
      remote: options.remote,
      rules,
      asPlaceholder: (rel) => options.onDemand && !options.index.isPinned(rel),
      onBytes: (n) => (this.bytesReceived += n),
      emit: (event) => {
        this.emit(event);
      },
      now: options.now,
    });
    this.ctx = {
      ...options,
      rules,
      fs,
      incoming: this.incoming,
      emit: (event) => {
        this.emit(event);
      },
      onBytesSent: (n) => (this.bytesSent += n),
      onBytesReceived: (n) => (this.bytesReceived += n),
      onDemand: {
        enabled: options.onDemand,
        provider: new SuffixPlaceholders(options.io),
        isPinned: (rel) => options.index.isPinned(rel),
      },
      executing: (plan, run) => this.executing(plan, run),
    };
  }

  onDidEvent(listener: (event: SyncEvent) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** An event of work done on the folder outside its rounds (hydrating a file). */
  report(event: SyncEvent): void {
    this.emit(event);
  }

  private emit(event: SyncEvent): void {
    if (event.type === "massDelete") {
      this.massDelete = { count: event.count, paths: event.paths, where: event.where };
    }
    for (const listener of this.listeners) listener(event);
  }

  private setState(state: FolderState): void {
    if (state === this.state) return;
    this.state = state;
    this.emit({ type: "state", state });
  }

  /**
   * One round, reporting failures instead of throwing (used by the loop and --once).
   * `carried`: where the round may look, besides where the watcher's hints say (the
   * round before it in the same run, whose follow-up checks the same places); by
   * default everywhere.
   */
  async round(carried: Set<string> | "all" = "all"): Promise<RoundResult> {
    this.answered = this.asked;
    // Without a watcher, only the caller can name the folders that changed here.
    let scope = this.watcher ? joinScopes(carried, this.scope) : carried;
    const startedAt = this.options.now();
    if (startedAt - this.lookedEverywhereAt >= LOOK_EVERYWHERE_EVERY_MS) scope = "all";
    this.scope = new Set();
    this.setState("syncing");
    this.massDelete = null;
    const controller = new AbortController();
    // Every request and transfer of the round listens to this one signal: a download of
    // many files has dozens at once, past Node's leak warning at 10 (they are removed
    // as each one ends).
    setMaxListeners(ROUND_SIGNAL_LISTENERS, controller.signal);
    this.roundAbort = controller;
    this.options.remote.signal = controller.signal;
    let result: RoundResult;
    try {
      result = await runRound({
        ...this.ctx,
        signal: controller.signal,
        ...(scope === "all" ? {} : { scope }),
        ...(this.lastRound?.slice ? { counts: this.lastRound.counts } : {}),
        digests: this.digests,
        ...(this.pace ? { pace: this.pace } : {}),
      });
    } finally {
      this.roundAbort = null;
      this.options.remote.signal = null;
    }
    this.lastRound = result;
    if (result.walkedAll) this.lookedEverywhereAt = startedAt;
    this.lastSyncAt = this.options.now();
    for (const issue of this.retries.record(result.failures, this.lastSyncAt)) {
      this.emit({ type: "issue", issue });
    }
    return result;
  }

  /**
   * Rounds until nothing is left to do in either direction (or no round makes
   * progress). Returns the last round; its failures say what could not be synced.
   */
  syncUntilIdle(maxRounds = 25): Promise<RoundResult> {
    return this.runUntilIdle("all", maxRounds);
  }

  /** syncUntilIdle, whose first round looks where `first` says (and where hints say). */
  private async runUntilIdle(first: Set<string> | "all", maxRounds = 25): Promise<RoundResult> {
    let last: RoundResult | null = null;
    try {
      for (let i = 0; i < maxRounds && !this.paused; i++) {
        last = await this.round(i === 0 ? first : followUpScope(last));
        const progressed = last.done > 0;
        if (last.planned === 0 || !progressed) break;
      }
      this.lastError = null;
      this.setState(this.paused ? "paused" : "idle");
    } catch (error) {
      this.recordError(error);
      throw error;
    }
    if (!last) throw new CirrusError("paused", "syncing is paused");
    this.emit({ type: "synced", at: this.options.now() });
    return last;
  }

  private recordError(error: unknown): void {
    const body =
      error instanceof CirrusError
        ? { code: error.code, message: error.message }
        : { code: "internal", message: (error as Error).message };
    this.lastError = body;
    this.setState(body.code === "offline" || body.code === "unavailable" ? "offline" : "error");
  }

  /**
   * A plan that writes many local files runs with the watcher suspended: the engine's
   * own writes would only wake it, and chokidar re-lists a folder on each change (a
   * download of 1,000 files took 2.5 times as long). Changes made meanwhile are found
   * by the next round's scan, which always follows a round that made progress.
   */
  private async executing(plan: Plan, run: () => Promise<void>): Promise<void> {
    const watcher = this.watcher;
    const writes = plan.ops.filter((op) => LOCAL_WRITES.has(op.type)).length;
    if (!watcher || writes < SUSPEND_MIN_WRITES) {
      await run();
      return;
    }
    await watcher.suspend();
    try {
      await run();
    } finally {
      await watcher.resume();
      // No hints while suspended: the round that follows looks everywhere.
      this.scope = "all";
    }
  }

  /** Continuous mode: watch the disk and the push channel; sync when either says so. */
  start(): void {
    this.pace = new UploadPace(this.options.now);
    this.watcher = new FolderWatcher({
      root: this.options.root,
      onChange: (changedPaths) => {
        this.ask(changedPaths);
      },
      onError: (error) => {
        this.emit({
          type: "issue",
          issue: { path: "", code: "watcher", message: error.message, retryAt: null },
        });
      },
    });
    if (this.options.token) {
      this.push = new PushClient({
        baseUrl: this.options.remote.baseUrl,
        token: this.options.token,
        ...(this.options.random ? { random: this.options.random } : {}),
        ...(this.options.connectPush ? { connect: this.options.connectPush } : {}),
        onMessage: (message) => {
          if (message.type === "revoked") {
            this.recordError(new CirrusError("unauthorized", "this device was signed out"));
            return;
          }
          // Another device's upload in progress: no round, the commit's push asks for it.
          if (message.type === "incoming") {
            if (!this.paused) this.incoming.note(message.incoming);
            return;
          }
          this.pushRequests.note(message);
          // Sync once the burst of pushes settles (push-burst.ts).
          this.pushBurst.note();
        },
        onState: (connected) => {
          // Reconnected: changes may have happened while the channel was down. (The
          // first connection needs no round of its own: the first scan is coming.)
          if (connected && this.pushConnectedBefore) this.requestSync();
          if (connected) this.pushConnectedBefore = true;
        },
      });
    }
    // The first scan once every folder is watched (a fraction of a second even for
    // 100,000 files): a change made while the scan reads a folder not yet watched
    // would otherwise wait for the next change to be seen.
    const giveUp = new Promise<void>((resolve) => {
      setTimeout(resolve, READY_WAIT_MS).unref();
    });
    void Promise.race([this.watcher.ready(), giveUp]).then(() => {
      this.requestSync();
    });
  }

  /** Ask for a round that looks everywhere; merges with one already pending. */
  requestSync(): void {
    this.ask();
  }

  /** Ask for a round that looks in `folders` (as the watcher names them), or everywhere. */
  private ask(folders?: readonly string[]): void {
    if (!folders) this.scope = "all";
    else if (this.scope !== "all") for (const folder of folders) this.scope.add(folder);
    this.asked++;
    this.startLoop();
  }

  private startLoop(): void {
    if (this.paused || this.running) return;
    // The loop starts on the next microtask, once `running` is set: a listener of the
    // round's first events that asks for a round (synchronously, from inside the loop)
    // would otherwise start a second loop beside it.
    this.running = Promise.resolve()
      .then(() => this.loop())
      .finally(() => {
        this.running = null;
      });
  }

  private async loop(): Promise<void> {
    this.idle.disarm();
    while ((this.asked > this.answered || this.pushRequests.requested) && !this.paused) {
      // Pushes of commits this index has seen already (its own) ask for nothing.
      const { index } = this.options;
      const pushed = this.pushRequests.take({
        cursor: Number(index.getState("cursor") ?? 0),
        fingerprint: index.getState("fingerprint"),
      });
      if (this.asked === this.answered && !pushed) continue;
      if (this.retryTimer) clearTimeout(this.retryTimer);
      try {
        await this.runUntilIdle(new Set());
        this.failuresInARow = 0;
        // Files that failed are tried again on their own schedule (retry-schedule.ts);
        // any change seen meanwhile runs a round sooner.
        // So are uploads held back for their pace (upload-pace.ts).
        const now = this.options.now();
        const held = this.lastRound?.heldUntil;
        const delays = [this.retries.nextDelay(now), held === undefined ? null : held - now];
        const delay = Math.min(...delays.filter((d): d is number => d !== null));
        if (delay !== Infinity) this.retryIn(Math.max(0, delay));
      } catch {
        this.failuresInARow++;
        this.retryLater();
      }
    }
    // Nothing left to do (or paused): give memory back if it stays that way.
    this.idle.arm();
  }

  /** After a failed round (offline, server errors): back off with jitter and a cap. */
  private retryLater(): void {
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.failuresInARow, 6));
    const random = this.options.random ?? Math.random;
    this.retryIn(delay * (0.75 + random() / 2));
  }

  private retryIn(delay: number): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.requestSync();
    }, delay);
  }

  /** Stop syncing: transfers in flight stop at their next step; resume picks up. */
  pause(): void {
    this.paused = true;
    this.roundAbort?.abort(new CirrusError("paused", "syncing is paused"));
    void this.incoming.stopAll();
    this.setState("paused");
  }

  get isPaused(): boolean {
    return this.paused;
  }

  resume(): void {
    this.paused = false;
    this.setState("idle");
    this.requestSync();
  }

  status(): FolderStatus {
    const round = this.lastRound;
    return {
      folder: this.options.root,
      state: this.state,
      counts: round?.counts ?? { files: 0, folders: 0, bytes: 0 },
      pending: pendingOf(round),
      lastError: this.lastError,
      lastSyncAt: this.lastSyncAt,
      bytesSent: this.bytesSent,
      bytesReceived: this.bytesReceived,
      issues: this.retries.issues(),
      conflicts: this.options.index.conflicts().length,
      massDeletePending: this.massDelete,
    };
  }

  async close(): Promise<void> {
    this.paused = true;
    this.idle.close();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.pushBurst.close();
    this.push?.close();
    await this.watcher?.close();
    await this.running;
    await this.incoming.close();
  }
}

/**
 * A follow-up checks where the round before it looked (the feed's folders too). After
 * a slice of most of the folder, it looks everywhere instead: a walk that finds what
 * the round recorded ends there (converged.ts), where a slice lists and plans it all.
 */
function followUpScope(last: RoundResult | null): Set<string> | "all" {
  if (!last?.slice) return "all";
  const entries = last.counts.files + last.counts.folders;
  return sliceCostsMore(last.sliceEntries, entries) ? "all" : new Set(last.slice);
}

function joinScopes(a: Set<string> | "all", b: Set<string> | "all"): Set<string> | "all" {
  return a === "all" || b === "all" ? "all" : new Set([...a, ...b]);
}
