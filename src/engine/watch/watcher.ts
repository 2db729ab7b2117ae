// Turns chokidar's file events into one "something changed" hint after the burst
// settles. The watcher is only a hint: the scan confirms what changed, so events can
// be coalesced freely (atomic saves, delete-then-recreate, editors' swap files).
import { watch, type FSWatcher } from "chokidar";
import path from "node:path";
import { ENGINE_NAME_PREFIX } from "../ignore/index.js";

export interface WatcherOptions {
  root: string;
  /** Quiet time after the last event before the hint fires. */
  settleMs?: number;
  onChange: () => void;
  onError: (error: Error) => void;
  /** Restarts after failures, at most this many in a row. */
  maxRestarts?: number;
}

export class FolderWatcher {
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private restarts = 0;
  private closed = false;

  constructor(private readonly options: WatcherOptions) {
    this.open();
  }

  private open(): void {
    const watcher = watch(this.options.root, {
      ignoreInitial: true,
      followSymlinks: false,
      // The engine's own temp files and marker must not wake the engine.
      ignored: (p: string) => path.basename(p).startsWith(ENGINE_NAME_PREFIX),
    });
    watcher.on("all", () => {
      this.restarts = 0;
      this.hint();
    });
    watcher.on("error", (error: unknown) => {
      this.options.onError(error instanceof Error ? error : new Error(String(error)));
      void this.restart();
    });
    this.watcher = watcher;
  }

  private hint(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.options.onChange();
    }, this.options.settleMs ?? 30);
  }

  private async restart(): Promise<void> {
    if (this.closed) return;
    await this.watcher?.close();
    this.watcher = null;
    if (this.restarts >= (this.options.maxRestarts ?? 5)) return;
    this.restarts++;
    // A rescan covers whatever happened while the watcher was down.
    this.open();
    this.options.onChange();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.watcher?.close();
    this.watcher = null;
  }
}
