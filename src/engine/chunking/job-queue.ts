// A first-in, first-out queue whose shift() is O(1): Array.prototype.shift moves every
// element, and a scan queues one job per file (100,000 shifts of a 100,000-long array
// cost seconds).
export class JobQueue<T> {
  private items: T[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** The next item without taking it. */
  peek(): T | undefined {
    return this.items[this.head];
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head] as T;
    this.head++;
    // Drop the taken part now and then, so memory follows the queue's length.
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  /** Put items back at the front, in their order. */
  unshift(...items: T[]): void {
    this.items = [...items, ...this.items.slice(this.head)];
    this.head = 0;
  }

  /** Take every item. */
  drain(): T[] {
    const all = this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    return all;
  }
}
