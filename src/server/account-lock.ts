// Serialises the steps that must not interleave per account: "check chunks exist,
// then commit a manifest" against "find unreferenced chunks, then delete them".
export class AccountLocks {
  private readonly tails = new Map<number, Promise<unknown>>();

  async run<T>(accountId: number, work: () => Promise<T> | T): Promise<T> {
    const previous = this.tails.get(accountId) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.catch(() => undefined);
    this.tails.set(accountId, tail);
    try {
      return await result;
    } finally {
      if (this.tails.get(accountId) === tail) this.tails.delete(accountId);
    }
  }
}
