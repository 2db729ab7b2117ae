// The hashes of a file fed piece by piece: SHA-256 of the whole and, at FastCDC's cut
// points, of every chunk. Given the chunks of the file's previous version, a chunk
// that is still there is confirmed by its SHA-256 instead of being scanned by the gear
// hash (previous-chunks.ts): the cut points come out the same, for less work.
import { createHash, type Hash } from "node:crypto";
import type { ChunkEmitter } from "./chunk-emitter.js";
import type { CdcRange, ChunkPart, FileChunk } from "./chunk-file.js";
import { FastCdc, type ChunkerParams } from "./fastcdc.js";
import type { ExpectedChunk, PreviousChunks } from "./previous-chunks.js";

/** A chunk of the previous version being checked, and its bytes read so far. */
interface Guess {
  expected: ExpectedChunk;
  /** Views into the current read until settle(), then a copy. */
  held: Buffer[];
  bytes: number;
}

export class ChunkDigest {
  private readonly cdc: FastCdc;
  private readonly fileHash = createHash("sha256");
  private chunkHash: Hash = createHash("sha256");
  private readonly chunks: FileChunk[] = [];
  private chunkStart: number;
  private position = 0;
  private guess: Guess | null = null;

  constructor(
    params: ChunkerParams,
    private readonly part: ChunkPart,
    private readonly range: CdcRange = { from: 0, to: Infinity },
    /** Also collects the chunks' bytes (see ChunkFileOptions.emit). */
    private readonly emitter?: ChunkEmitter,
    private readonly previous?: PreviousChunks,
  ) {
    this.cdc = new FastCdc(params);
    this.chunkStart = range.from;
    this.expect(previous?.next(range.from) ?? null);
  }

  update(piece: Buffer): void {
    if (this.part !== "chunks") this.fileHash.update(piece);
    // The part of this piece inside the range, as offsets within the piece.
    const start = Math.max(0, this.range.from - this.position);
    const end = Math.min(piece.length, this.range.to - this.position);
    if (start < end) this.cutPiece(piece.subarray(start, end), this.position + start);
    this.position += piece.length;
    // The caller may reuse `piece` for its next read.
    this.emitter?.settle();
    if (this.guess && this.guess.held.length > 0) {
      this.guess.held = [Buffer.concat(this.guess.held)];
    }
  }

  /** `ended`: the file ended where the input did (else its last chunk is left open). */
  finish(ended = true): { hash: string; chunks: FileChunk[] } {
    // A guess still open at the end: the file ended inside it. Its bytes get the gear.
    while (this.guess && this.guess.bytes > 0) this.giveUp(this.guess);
    this.guess = null;
    if (this.cdc.finish() > 0 && ended && this.position <= this.range.to) {
      this.cutAt(this.position);
    }
    return { hash: this.part === "chunks" ? "" : this.fileHash.digest("hex"), chunks: this.chunks };
  }

  /** Cut `view`, which starts at offset `at` of the file. */
  private cutPiece(view: Buffer, at: number): void {
    let from = 0;
    while (from < view.length) {
      if (this.guess) {
        from = this.check(this.guess, view, from);
        continue;
      }
      const cut = this.cdc.nextCut(view, from);
      if (cut < 0) {
        this.hashChunkBytes(view.subarray(from));
        return;
      }
      this.hashChunkBytes(view.subarray(from, cut));
      this.cutAt(at + cut);
      from = cut;
    }
  }

  /** Feed the guess from `view` (from offset `from`); returns where its bytes end. */
  private check(guess: Guess, view: Buffer, from: number): number {
    const take = Math.min(guess.expected.size - guess.bytes, view.length - from);
    const bytes = view.subarray(from, from + take);
    this.chunkHash.update(bytes);
    guess.held.push(bytes);
    guess.bytes += take;
    if (guess.bytes === guess.expected.size) {
      const id = this.chunkHash.digest("hex");
      if (id === guess.expected.id) {
        this.guess = null;
        for (const held of guess.held) this.emitter?.feed(held);
        this.cutAt(this.chunkStart + guess.bytes, { id, index: guess.expected.index });
      } else this.giveUp(guess);
    }
    return from + take;
  }

  /** The guess was wrong (or cut short): scan its bytes as if none had been made. */
  private giveUp(guess: Guess): void {
    this.guess = null;
    this.chunkHash = createHash("sha256");
    let at = this.chunkStart;
    for (const held of guess.held) {
      this.cutPiece(held, at);
      at += held.length;
    }
  }

  private hashChunkBytes(bytes: Buffer): void {
    this.chunkHash.update(bytes);
    this.emitter?.feed(bytes);
  }

  /** End the chunk at offset `end`; `confirmed` when a guess named it already. */
  private cutAt(end: number, confirmed?: { id: string; index: number }): void {
    const chunk = {
      id: confirmed?.id ?? this.chunkHash.digest("hex"),
      size: end - this.chunkStart,
      offset: this.chunkStart,
    };
    this.chunks.push(chunk);
    this.emitter?.cut(chunk);
    this.chunkHash = createHash("sha256");
    this.chunkStart = end;
    this.expect(this.previous?.next(end, confirmed ?? { id: chunk.id }) ?? null);
  }

  private expect(expected: ExpectedChunk | null): void {
    this.guess = expected && { expected, held: [], bytes: 0 };
  }
}
