// Which rows of a fixed-row-height list are on screen, so a list of 10,000 entries
// renders a few dozen elements. Pure arithmetic; the DOM part is dom/virtual-list.ts.

export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  /** Extra rows rendered above and below, so fast scrolling shows no gaps. */
  overscan?: number;
}

export interface RowWindow {
  /** First row to render (inclusive). */
  start: number;
  /** Row after the last one to render (exclusive); start === end when nothing shows. */
  end: number;
  /** Height of the whole list, for the scroller's spacer. */
  totalHeight: number;
}

export function visibleRows(input: WindowInput): RowWindow {
  const { rowHeight } = input;
  const count = Math.max(0, Math.floor(input.count));
  const overscan = Math.max(0, Math.floor(input.overscan ?? 4));
  if (!(rowHeight > 0) || count === 0) return { start: 0, end: 0, totalHeight: 0 };
  const totalHeight = count * rowHeight;
  const viewport = Math.max(0, input.viewportHeight);
  const maxScroll = Math.max(0, totalHeight - viewport);
  const scrollTop = Math.min(Math.max(0, input.scrollTop), maxScroll);
  const first = Math.floor(scrollTop / rowHeight);
  const lastVisible = Math.ceil((scrollTop + viewport) / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, Math.max(lastVisible, first + 1) + overscan);
  return { start, end, totalHeight };
}
