// What the push channel asked for since the folder's last round began. The server
// pushes every commit to every device of the account, the device that made it too,
// and that device's round has already moved its cursor past its own commits
// (run-state.ts, followOwnBatch): a round for such an echo would only walk the folder
// to find nothing, a second of work for 100,000 files after every change made here.
// So a push is kept as the cursor it announces, and the round it asks for runs only
// if the index is still behind that cursor when the round would start (the echo often
// arrives before the commit's own answer has been applied).
import type { PushMessage } from "../../shared/protocol.js";

export class PushRequests {
  /** Highest cursor announced by pushes not yet weighed. */
  #announced = 0;
  /** A push without a cursor arrived: it cannot be weighed. */
  #unchecked = false;
  /** Server data fingerprints the pushes named (the channel's hello does). */
  readonly #fingerprints = new Set<string>();
  #requested = false;

  /** A push arrived. */
  note(message: PushMessage): void {
    if (message.cursor === undefined) this.#unchecked = true;
    else this.#announced = Math.max(this.#announced, message.cursor);
    if (message.fingerprint !== undefined) this.#fingerprints.add(message.fingerprint);
  }

  /** The pushes noted so far ask for a round (their burst settled). */
  request(): void {
    this.#requested = true;
  }

  /** Whether a round was asked for and not yet weighed. */
  get requested(): boolean {
    return this.#requested;
  }

  /**
   * Weigh what was asked against the index now (its cursor, and the fingerprint of the
   * server data it holds): true if a round is due for it. A cursor of other data (the
   * server restored from a backup) means nothing here. Everything noted so far is
   * forgotten either way.
   */
  take(index: { cursor: number; fingerprint: string | null }): boolean {
    const otherData = [...this.#fingerprints].some((f) => f !== index.fingerprint);
    const due = this.#requested && (this.#unchecked || otherData || this.#announced > index.cursor);
    this.#requested = false;
    this.#unchecked = false;
    this.#announced = 0;
    this.#fingerprints.clear();
    return due;
  }
}
