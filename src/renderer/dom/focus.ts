// Re-rendering a list must not throw away keyboard focus: remember which control had
// it (by data-testid and data-path) and focus its replacement afterwards.

export function rerenderKeepingFocus(container: HTMLElement, render: () => void): void {
  const active = document.activeElement;
  let selector: string | null = null;
  if (active instanceof HTMLElement && container.contains(active)) {
    const testid = active.dataset["testid"];
    const path =
      active.dataset["path"] ?? active.closest<HTMLElement>("[data-path]")?.dataset["path"];
    if (testid) {
      selector = `[data-testid="${CSS.escape(testid)}"]`;
      if (path !== undefined) selector += `[data-path="${CSS.escape(path)}"]`;
    }
  }
  render();
  if (selector) container.querySelector<HTMLElement>(selector)?.focus();
}

/** Move focus to a screen's heading so screen readers announce the new page. */
export function focusHeading(root: HTMLElement): void {
  root.querySelector<HTMLElement>("h1")?.focus({ preventScroll: true });
}
