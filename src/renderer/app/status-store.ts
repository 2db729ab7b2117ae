// The latest ClientStatus, fetched when an event says it changed (never on a timer).
// Overlapping refresh requests collapse into one follow-up fetch.
import type { ClientApi, ClientStatus } from "../../shared/client-api.js";

export class StatusStore {
  status: ClientStatus | null = null;
  /** The last fetch's failure; cleared by the next success. */
  error: unknown = null;
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly api: Pick<ClientApi, "getStatus">) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Fetch now; while a fetch runs, one more follows it (later changes are not lost). */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    for (;;) {
      this.again = false;
      try {
        this.status = await this.api.getStatus();
        this.error = null;
      } catch (error) {
        this.error = error;
      }
      this.notify();
      if (!this.takeAgain()) return;
    }
  }

  /** Whether a refresh was requested while the last fetch ran. */
  private takeAgain(): boolean {
    return this.again;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        console.error("status listener failed", error);
      }
    }
  }
}
