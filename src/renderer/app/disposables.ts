// Collects a screen's subscriptions and timers so one dispose() releases them all.

export class Disposables {
  private readonly items: (() => void)[] = [];
  private done = false;

  /** True once dispose() ran: async work that finishes later must not touch the DOM. */
  isDisposed(): boolean {
    return this.done;
  }

  add(dispose: () => void): void {
    this.items.push(dispose);
  }

  dispose(): void {
    this.done = true;
    for (const item of this.items.splice(0).reverse()) {
      try {
        item();
      } catch (error) {
        console.error("dispose failed", error);
      }
    }
  }
}
