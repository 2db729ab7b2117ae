import { describe, expect, it } from "vitest";
import type { ClientStatus } from "../../shared/client-api.js";
import { StatusStore } from "./status-store.js";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const status = (n: number) =>
  ({ account: null, folder: null, pauseReason: null, storage: null, n }) as unknown as ClientStatus;

describe("StatusStore", () => {
  it("collapses refreshes requested during a fetch into one more fetch", async () => {
    const calls: ReturnType<typeof deferred<ClientStatus>>[] = [];
    const store = new StatusStore({
      getStatus: () => {
        const d = deferred<ClientStatus>();
        calls.push(d);
        return d.promise;
      },
    });
    const first = store.refresh();
    void store.refresh();
    void store.refresh();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(status(1));
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(status(2));
    await first;
    expect(calls).toHaveLength(2);
    expect((store.status as unknown as { n: number }).n).toBe(2);
  });

  it("keeps the last status and records the error when a fetch fails", async () => {
    let fail = false;
    const store = new StatusStore({
      getStatus: () => (fail ? Promise.reject(new Error("down")) : Promise.resolve(status(1))),
    });
    let notified = 0;
    store.subscribe(() => notified++);
    await store.refresh();
    fail = true;
    await store.refresh();
    expect(store.status).not.toBeNull();
    expect(store.error).toBeInstanceOf(Error);
    expect(notified).toBe(2);
  });
});
