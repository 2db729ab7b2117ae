// One polite live region for the whole page: state changes and the results of actions
// are read out by screen readers without moving focus.

let region: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

export function mountLiveRegion(parent: HTMLElement): HTMLElement {
  region = document.createElement("div");
  region.className = "visually-hidden";
  region.setAttribute("aria-live", "polite");
  region.setAttribute("aria-atomic", "true");
  region.dataset["testid"] = "live-region";
  parent.appendChild(region);
  return region;
}

/** Say `text` once; the same text said again is read again. */
export function announce(text: string): void {
  const target = region;
  if (!target) return;
  target.textContent = "";
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    target.textContent = text;
    timer = null;
  }, 50);
}
