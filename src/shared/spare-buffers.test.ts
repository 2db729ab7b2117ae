import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { SpareBuffers } from "./spare-buffers.js";

describe("SpareBuffers", () => {
  it("hands out a given-back buffer again, and makes new ones at least the capacity", () => {
    const spares = new SpareBuffers(1024);
    const first = spares.take(100);
    expect(first.length).toBe(100);
    expect(first.buffer.byteLength).toBe(1024);
    spares.give(first);
    const again = spares.take(600);
    expect(again.buffer).toBe(first.buffer);
    expect(again.length).toBe(600);
    // Too large for any spare: a new buffer of its own size.
    const big = spares.take(4096);
    expect(big.buffer.byteLength).toBe(4096);
    expect(big.buffer).not.toBe(first.buffer);
  });

  it("keeps a few, each once, none transferred away, and drops them on clear", () => {
    const spares = new SpareBuffers(64);
    const taken = Array.from({ length: 6 }, () => spares.take(64));
    for (const buffer of taken) spares.give(buffer);
    spares.give(taken[0] as Buffer); // Given twice: still one spare.
    const kept = new Set(Array.from({ length: 6 }, () => spares.take(64).buffer));
    expect(kept.size).toBe(6);
    expect(taken.filter((t) => kept.has(t.buffer))).toHaveLength(4);

    const { port1, port2 } = new MessageChannel();
    const moved = spares.take(64);
    port1.postMessage(moved.buffer, [moved.buffer as ArrayBuffer]);
    spares.give(moved); // Detached: nothing to reuse.
    expect(spares.take(64).buffer.byteLength).toBe(64);
    port1.close();
    port2.close();

    const cleared = spares.take(64);
    spares.give(cleared);
    spares.clear();
    expect(spares.take(64).buffer).not.toBe(cleared.buffer);
  });
});
