import { describe, expect, it } from "vitest";
import type { Op } from "../../shared/protocol.js";
import { opsRequests } from "./ops-requests.js";

const mkdir = (name: string): Op => ({ op: "mkdir", parentId: "root", name });
const opsOf = (body: string) => (JSON.parse(body) as { ops: Op[] }).ops;

describe("opsRequests", () => {
  it("sends a small batch as one request, serialized as the server reads it", () => {
    const ops = [mkdir("a"), mkdir("b"), mkdir("ü")];
    const bodies = opsRequests(ops);
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(bodies[0] as string)).toEqual({ ops });
  });

  it("cuts a batch at the op count the server takes", () => {
    const ops = Array.from({ length: 25 }, (_, i) => mkdir(`f${i}`));
    const bodies = opsRequests(ops, { maxOps: 10, maxBytes: 1 << 20 });
    expect(bodies.map((body) => opsOf(body).length)).toEqual([10, 10, 5]);
    expect(bodies.flatMap(opsOf)).toEqual(ops);
  });

  it("cuts a batch by size, counting bytes (not characters), and keeps the order", () => {
    const ops = Array.from({ length: 12 }, (_, i) => mkdir(`${"é".repeat(40)} ${i}`));
    const one = Buffer.byteLength(JSON.stringify(ops[0]));
    const maxBytes = one * 4 + 10;
    const bodies = opsRequests(ops, { maxOps: 100, maxBytes });
    expect(bodies.length).toBeGreaterThan(1);
    for (const body of bodies) expect(Buffer.byteLength(body)).toBeLessThan(maxBytes + 20);
    expect(bodies.flatMap(opsOf)).toEqual(ops);
  });

  it("sends an op larger than the size on its own, never splitting it", () => {
    const big = mkdir("x".repeat(5000));
    const ops = [mkdir("a"), big, mkdir("b")];
    const bodies = opsRequests(ops, { maxOps: 100, maxBytes: 1000 });
    expect(bodies.map(opsOf)).toEqual([[ops[0]], [big], [ops[2]]]);
  });

  it("sends nothing for no ops", () => {
    expect(opsRequests([])).toEqual([]);
  });
});
