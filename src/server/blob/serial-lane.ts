// Runs async tasks one at a time, in order. Everything that changes which bytes a
// chunk row points at (a put batch, a delete, one compaction step) goes through one
// lane, so none of them can observe another half done.

export class SerialLane {
  private tail: Promise<unknown> = Promise.resolve();

  /** Queue `task`; the result settles with the task's own outcome. */
  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(task);
    // The next task waits for this one to finish, whether it failed or not.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Resolves once every task queued so far has finished. */
  async drain(): Promise<void> {
    await this.run(() => undefined);
  }
}
