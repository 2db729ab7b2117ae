// Runs an async step over many items with at most `limit` in flight: the waits of small
// files' I/O (open, read, fsync: each a trip to the I/O thread pool) overlap instead of
// adding up. Items start in order; a step's failure is the step's to handle.
export async function forEachConcurrent<T>(
  items: readonly T[],
  limit: number,
  step: (item: T) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) await step(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
