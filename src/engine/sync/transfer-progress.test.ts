import { describe, expect, it } from "vitest";
import type { SyncEvent } from "../../shared/status.js";
import { PROGRESS_EVERY_MS, PROGRESS_MIN_BYTES, TransferProgress } from "./transfer-progress.js";

const MiB = 1024 * 1024;
const BIG = 16 * MiB;

function tracker() {
  const events: SyncEvent[] = [];
  let clock = 1_000;
  const progress = new TransferProgress(
    (event) => events.push(event),
    () => clock,
  );
  const tick = (ms: number) => (clock += ms);
  const figures = () =>
    events.flatMap((e) =>
      e.type === "activity" ? [[e.path, e.bytesDone, e.done, e.error ?? null]] : [],
    );
  return { progress, events, tick, figures };
}

describe("TransferProgress", () => {
  it("reports a large transfer at once, then at most every interval, and never backwards", () => {
    const { progress, tick, figures } = tracker();
    progress.advance("upload", "film.mov", BIG, 4 * MiB);
    progress.advance("upload", "film.mov", BIG, 4 * MiB); // Too soon: held back.
    tick(PROGRESS_EVERY_MS);
    progress.advance("upload", "film.mov", BIG, 4 * MiB);
    tick(PROGRESS_EVERY_MS);
    progress.atLeast("upload", "film.mov", BIG, 2 * MiB); // Behind: nothing to say.
    progress.advance("upload", "film.mov", BIG, 64 * MiB); // Capped at the file's size.
    expect(figures()).toEqual([
      ["film.mov", 4 * MiB, false, null],
      ["film.mov", 12 * MiB, false, null],
      ["film.mov", BIG, false, null],
    ]);
    expect(progress.running).toBe(1);
  });

  it("leaves small files to their done event", () => {
    const { progress, events } = tracker();
    progress.advance("upload", "note.txt", PROGRESS_MIN_BYTES - 1, 1024);
    progress.atLeast("download", "note.txt", PROGRESS_MIN_BYTES - 1, 1024);
    progress.end([], "Paused");
    expect(events).toEqual([]);
  });

  it("forgets a transfer whose done event passes through, and keeps directions apart", () => {
    const { progress, events } = tracker();
    progress.advance("upload", "a.bin", BIG, MiB);
    progress.advance("download", "a.bin", BIG, MiB);
    progress.emit({ type: "state", state: "syncing" });
    const done: SyncEvent = {
      type: "activity",
      kind: "upload",
      path: "a.bin",
      bytesDone: BIG,
      bytesTotal: BIG,
      done: true,
    };
    progress.emit(done);
    expect(events.slice(2)).toEqual([{ type: "state", state: "syncing" }, done]);
    expect(progress.running).toBe(1);
  });

  it("ends what is still running: failed with its reason, stopped with the round's, else done", () => {
    const { progress, tick, figures } = tracker();
    progress.advance("upload", "cut.bin", BIG, 5 * MiB);
    progress.advance("download", "plain.bin", BIG, 6 * MiB);
    tick(1);
    progress.end([{ path: "cut.bin", message: "the disk is full" }]);
    expect(figures().slice(2)).toEqual([
      ["cut.bin", 5 * MiB, true, "the disk is full"],
      ["plain.bin", BIG, true, null],
    ]);
    expect(progress.running).toBe(0);

    const paused = tracker();
    paused.progress.advance("download", "big.iso", BIG, 3 * MiB);
    paused.progress.end([], "Paused");
    expect(paused.figures().at(-1)).toEqual(["big.iso", 3 * MiB, true, "Paused"]);
  });
});
