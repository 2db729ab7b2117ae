// A push connection for tests: records what it receives and lets a test wait for a
// message (the engine's own PushClient, so reconnects behave as in the product).
import { PushClient } from "../../src/engine/remote/index.js";
import type { PushMessage } from "../../src/shared/protocol.js";

/** A push connection that records what it receives and lets a test wait for a message. */
export class PushListener {
  readonly messages: PushMessage[] = [];
  readonly states: boolean[] = [];
  private readonly waiters: {
    match: (m: PushMessage) => boolean;
    resolve: (m: PushMessage) => void;
  }[] = [];
  readonly client: PushClient;

  constructor(url: string, token: string) {
    this.client = new PushClient({
      baseUrl: url,
      token,
      maxBackoffMs: 1000,
      onMessage: (message) => {
        this.messages.push(message);
        for (const waiter of [...this.waiters]) {
          if (waiter.match(message)) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            waiter.resolve(message);
          }
        }
      },
      onState: (connected) => this.states.push(connected),
    });
  }

  /** The first message (already received or still to come) matching `match`. */
  next(
    match: (m: PushMessage) => boolean,
    timeoutMs = 3000,
    what = "a push message",
  ): Promise<PushMessage> {
    const seen = this.messages.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new Error(`no ${what} within ${timeoutMs} ms; got ${JSON.stringify(this.messages)}`),
        );
      }, timeoutMs);
      this.waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  close(): void {
    this.client.close();
  }
}
