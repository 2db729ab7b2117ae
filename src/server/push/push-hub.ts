// Tells connected devices that their account's cursor advanced, the moment a commit
// lands, so clients never poll on a timer; and relays another device's upload in
// progress, so they may fetch a large file's chunks before it is committed.
import type { IncomingChunks, PushMessage } from "../../shared/protocol.js";

export interface PushConnection {
  deviceId: string;
  /** The client asked for "incoming" messages (an older one would sync on each). */
  incoming: boolean;
  send(message: PushMessage): void;
  close(code: number, reason: string): void;
}

export class PushHub {
  private readonly byAccount = new Map<number, Set<PushConnection>>();

  add(accountId: number, connection: PushConnection): () => void {
    let set = this.byAccount.get(accountId);
    if (!set) {
      set = new Set();
      this.byAccount.set(accountId, set);
    }
    set.add(connection);
    return () => {
      set.delete(connection);
      if (set.size === 0) this.byAccount.delete(accountId);
    };
  }

  notify(accountId: number, cursor: number): void {
    for (const connection of this.byAccount.get(accountId) ?? []) {
      connection.send({ type: "cursor", cursor });
    }
  }

  /**
   * Another device of the account is uploading `incoming` (its chunks stored already):
   * told to every other connected device of that account. Returns how many heard it.
   */
  incoming(accountId: number, fromDeviceId: string, incoming: IncomingChunks): number {
    let told = 0;
    for (const connection of this.byAccount.get(accountId) ?? []) {
      if (connection.deviceId === fromDeviceId || !connection.incoming) continue;
      connection.send({ type: "incoming", incoming });
      told++;
    }
    return told;
  }

  /** A revoked device loses its open connections at once. */
  revoke(accountId: number, deviceId: string): void {
    for (const connection of [...(this.byAccount.get(accountId) ?? [])]) {
      if (connection.deviceId === deviceId) {
        connection.send({ type: "revoked" });
        connection.close(4001, "device revoked");
      }
    }
  }

  closeAll(): void {
    for (const set of this.byAccount.values()) {
      for (const connection of set) connection.close(1001, "server shutting down");
    }
    this.byAccount.clear();
  }

  connectionCount(): number {
    let n = 0;
    for (const set of this.byAccount.values()) n += set.size;
    return n;
  }
}
