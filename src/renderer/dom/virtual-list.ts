// A fixed-row-height scroller that keeps only the visible rows in the DOM, recycling
// their elements, so 10,000 entries scroll as smoothly as 10.
import { visibleRows } from "../core/virtual-window.js";
import { h } from "./h.js";

export interface VirtualListOptions {
  label: string;
  rowHeight: number;
  testid?: string;
  count: () => number;
  createRow: () => HTMLElement;
  /** Fill a (possibly reused) row element with the entry at `index`. */
  renderRow: (row: HTMLElement, index: number) => void;
  overscan?: number;
}

export class VirtualList {
  readonly element: HTMLDivElement;
  private readonly list: HTMLUListElement;
  private readonly pool: HTMLElement[] = [];
  private frame: number | null = null;
  private viewportHeight = 0;
  private readonly resize: ResizeObserver;

  constructor(private readonly options: VirtualListOptions) {
    this.list = h("ul", { class: "vlist-items", attrs: { role: "list" } });
    this.element = h(
      "div",
      {
        class: "vlist",
        testid: options.testid,
        attrs: { role: "group", "aria-label": options.label, tabindex: 0 },
        on: {
          scroll: () => {
            this.invalidate();
          },
        },
      },
      this.list,
    );
    this.resize = new ResizeObserver(() => {
      this.viewportHeight = this.element.clientHeight;
      this.invalidate();
    });
    this.resize.observe(this.element);
  }

  /** Re-render on the next frame (many calls in one frame cost one render). */
  invalidate(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.render();
    });
  }

  /** Rows were added above: keep the rows the person is looking at in place. */
  keepPosition(rowsAddedAbove: number): void {
    if (rowsAddedAbove > 0 && this.element.scrollTop > 0) {
      this.element.scrollTop += rowsAddedAbove * this.options.rowHeight;
    }
  }

  render(): void {
    const count = this.options.count();
    const { rowHeight } = this.options;
    const { start, end, totalHeight } = visibleRows({
      scrollTop: this.element.scrollTop,
      viewportHeight: this.viewportHeight || this.element.clientHeight,
      rowHeight,
      count,
      overscan: this.options.overscan ?? 6,
    });
    this.list.style.height = `${totalHeight}px`;
    const needed = end - start;
    while (this.pool.length < needed) {
      const row = this.options.createRow();
      row.classList.add("vlist-row");
      row.setAttribute("role", "listitem");
      row.style.height = `${rowHeight}px`;
      this.pool.push(row);
    }
    for (let i = 0; i < this.pool.length; i++) {
      const row = this.pool[i];
      if (!row) continue;
      if (i >= needed) {
        if (row.parentNode) row.remove();
        continue;
      }
      const index = start + i;
      row.style.transform = `translateY(${index * rowHeight}px)`;
      row.setAttribute("aria-setsize", String(count));
      row.setAttribute("aria-posinset", String(index + 1));
      this.options.renderRow(row, index);
      if (!row.parentNode) this.list.appendChild(row);
    }
  }

  dispose(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    this.resize.disconnect();
  }
}
