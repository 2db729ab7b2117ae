import { describe, expect, it } from "vitest";
import { JobQueue } from "./job-queue.js";

describe("JobQueue", () => {
  it("gives items back in the order they came, across compactions", () => {
    const queue = new JobQueue<number>();
    for (let i = 0; i < 5000; i++) queue.push(i);
    const out: number[] = [];
    for (let i = 0; i < 3000; i++) out.push(queue.shift() as number);
    for (let i = 5000; i < 6000; i++) queue.push(i);
    expect(queue.length).toBe(3000);
    expect(queue.peek()).toBe(3000);
    while (queue.length > 0) out.push(queue.shift() as number);
    expect(out).toEqual(Array.from({ length: 6000 }, (_, i) => i));
    expect(queue.shift()).toBeUndefined();
  });

  it("puts items back at the front and drains everything", () => {
    const queue = new JobQueue<string>();
    queue.push("c");
    queue.push("d");
    expect(queue.shift()).toBe("c");
    queue.unshift("a", "b");
    expect(queue.drain()).toEqual(["a", "b", "d"]);
    expect(queue.length).toBe(0);
  });
});
