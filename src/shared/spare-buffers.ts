// Large buffers kept for reuse. A fresh buffer of a few MiB gets its pages from the
// kernel as it is first written, a page fault per 4 KiB: filling 256 MiB of fresh
// 6 MiB buffers took 0.2-0.4 s in this VM, where refilling one took ~10 ms. Each fresh
// buffer also adds to V8's external memory, which drives it into full collections.
// Whoever takes a buffer gives it back once nothing reads it any more (a request body
// once its request is answered); one that never comes back is only garbage.

/** Spares kept at most: the few requests or batches that are on their way at once. */
const KEPT = 4;

export class SpareBuffers {
  readonly #spares: ArrayBuffer[] = [];

  /** New buffers are made at least `capacity` bytes, so that they fit what follows. */
  constructor(private readonly capacity: number) {}

  /** A buffer of `size` bytes (contents undefined), on a spare when one is big enough. */
  take(size: number): Buffer {
    const at = this.#spares.findIndex((spare) => spare.byteLength >= size);
    const spare = at >= 0 ? this.#spares.splice(at, 1)[0] : undefined;
    // Never a slice of Node's shared pool: the buffer may be transferred to a thread.
    const buffer = spare ?? Buffer.allocUnsafeSlow(Math.max(size, this.capacity)).buffer;
    return Buffer.from(buffer, 0, size);
  }

  /** The buffer (or the one behind a view) may be reused, unless it was transferred away. */
  give(from: ArrayBufferLike | ArrayBufferView): void {
    const buffer = ArrayBuffer.isView(from) ? from.buffer : from;
    const usable = buffer instanceof ArrayBuffer && buffer.byteLength > 0;
    if (usable && this.#spares.length < KEPT && !this.#spares.includes(buffer)) {
      this.#spares.push(buffer);
    }
  }

  /** Drop the spares (a client that has gone idle gives their memory back). */
  clear(): void {
    this.#spares.length = 0;
  }
}
