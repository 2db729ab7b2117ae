// A labelled progress bar (role="progressbar" with aria-valuenow in percent).
import { h } from "./h.js";

export interface ProgressBar {
  element: HTMLElement;
  set(percent: number, valueText?: string): void;
}

export function progressBar(label: string, className = "progress"): ProgressBar {
  const fill = h("span", { class: "progress-fill" });
  const element = h(
    "span",
    {
      class: className,
      attrs: { role: "progressbar", "aria-label": label, "aria-valuemin": 0, "aria-valuemax": 100 },
    },
    fill,
  );
  const set = (percent: number, valueText?: string) => {
    const value = Math.min(100, Math.max(0, Math.round(percent)));
    element.setAttribute("aria-valuenow", String(value));
    if (valueText) element.setAttribute("aria-valuetext", valueText);
    else element.removeAttribute("aria-valuetext");
    fill.style.width = `${value}%`;
  };
  set(0);
  return { element, set };
}
