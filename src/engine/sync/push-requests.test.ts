import { describe, expect, it } from "vitest";
import { PushRequests } from "./push-requests.js";

const at = (cursor: number, fingerprint: string | null = "fp") => ({ cursor, fingerprint });

describe("PushRequests", () => {
  it("asks for nothing until a burst is requested", () => {
    const pushes = new PushRequests();
    pushes.note({ type: "cursor", cursor: 9 });
    expect(pushes.requested).toBe(false);
    expect(pushes.take(at(0))).toBe(false);
  });

  it("wants a round while the index is behind the highest cursor announced", () => {
    const pushes = new PushRequests();
    pushes.note({ type: "cursor", cursor: 7 });
    pushes.note({ type: "cursor", cursor: 12 });
    pushes.note({ type: "cursor", cursor: 10 });
    pushes.request();
    expect(pushes.requested).toBe(true);
    expect(pushes.take(at(11))).toBe(true);
    // Weighed once: the same pushes ask for nothing more.
    expect(pushes.requested).toBe(false);
    expect(pushes.take(at(0))).toBe(false);
  });

  it("drops the echo of commits the index has moved past (its own)", () => {
    const pushes = new PushRequests();
    pushes.note({ type: "cursor", cursor: 12 });
    pushes.request();
    expect(pushes.take(at(12))).toBe(false);
    pushes.note({ type: "hello", cursor: 12, fingerprint: "fp" });
    pushes.request();
    expect(pushes.take(at(20))).toBe(false);
  });

  it("always wants a round for a push it cannot weigh by its cursor", () => {
    const noCursor = new PushRequests();
    noCursor.note({ type: "cursor" });
    noCursor.request();
    expect(noCursor.take(at(100))).toBe(true);

    // Another data fingerprint (the server's data was restored): its cursor means
    // nothing against this index's.
    const restored = new PushRequests();
    restored.note({ type: "hello", cursor: 3, fingerprint: "other" });
    restored.request();
    expect(restored.take(at(100))).toBe(true);

    // An index that never pulled holds no fingerprint yet.
    const fresh = new PushRequests();
    fresh.note({ type: "hello", cursor: 0, fingerprint: "fp" });
    fresh.request();
    expect(fresh.take(at(0, null))).toBe(true);
  });

  it("weighs the fingerprint the index holds when it weighs, not when the push came", () => {
    // The channel's hello reaches a new device before its first pull stored the
    // fingerprint; by the time the round would start, that pull has.
    const pushes = new PushRequests();
    pushes.note({ type: "hello", cursor: 5, fingerprint: "fp" });
    pushes.request();
    expect(pushes.take(at(5, "fp"))).toBe(false);
  });

  it("forgets what it weighed: a later burst is judged on its own", () => {
    const pushes = new PushRequests();
    pushes.note({ type: "cursor" });
    pushes.note({ type: "hello", cursor: 1, fingerprint: "old" });
    pushes.request();
    expect(pushes.take(at(0))).toBe(true);
    pushes.note({ type: "cursor", cursor: 4 });
    pushes.request();
    expect(pushes.take(at(4))).toBe(false);
  });
});
