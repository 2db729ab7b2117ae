// One subscription to the ClientApi's event stream, fanned out to the app and to
// whichever screen is mounted (each screen unsubscribes when it goes).
import type { ClientApi } from "../../shared/client-api.js";
import type { SyncEvent } from "../../shared/status.js";

export class EventHub {
  private readonly listeners = new Set<(event: SyncEvent) => void>();
  private readonly unsubscribe: () => void;

  constructor(api: Pick<ClientApi, "onEvent">) {
    this.unsubscribe = api.onEvent((event) => {
      for (const listener of [...this.listeners]) {
        try {
          listener(event);
        } catch (error) {
          console.error("event listener failed", error);
        }
      }
    });
  }

  on(listener: (event: SyncEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  dispose(): void {
    this.listeners.clear();
    this.unsubscribe();
  }
}
