// Small stroke icons drawn as SVG from fixed path data (never from input). They are
// decorative: the text next to them carries the meaning, so they are aria-hidden.

const SVG_NS = "http://www.w3.org/2000/svg";

const CLOUD = "M7 19h10.5a4.5 4.5 0 0 0 .6-8.96A6.5 6.5 0 0 0 5.6 9.6 4.75 4.75 0 0 0 7 19z";

const PATHS = {
  cloud: [CLOUD],
  ok: ["M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z", "M8 12.5l2.7 2.7L16.2 9.5"],
  sync: [
    "M4.5 11a7.5 7.5 0 0 1 13.3-4.2L19.5 8.5",
    "M19.5 4v4.5H15",
    "M19.5 13a7.5 7.5 0 0 1-13.3 4.2L4.5 15.5",
    "M4.5 20v-4.5H9",
  ],
  pause: ["M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z", "M10 8.5v7", "M14 8.5v7"],
  offline: [CLOUD, "M3.5 3.5l17 17"],
  error: ["M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z", "M12 7.5v5.5", "M12 16.5v.01"],
  attention: ["M12 3.8L2.6 19.8h18.8z", "M12 10v4.5", "M12 17.2v.01"],
  setup: ["M12 12.5a4 4 0 1 0 0-8 4 4 0 0 0 0 8z", "M4.5 20.5a7.5 7.5 0 0 1 15 0"],
  upload: ["M12 16V4.5", "M7 9.5l5-5 5 5", "M4.5 19.5h15"],
  download: ["M12 4.5V16", "M7 11l5 5 5-5", "M4.5 19.5h15"],
  delete: ["M4.5 7h15", "M9.5 7V4.5h5V7", "M6.5 7l1 13h9l1-13"],
  move: ["M4.5 12h14", "M14 7l5 5-5 5"],
  folder: [
    "M3.5 6.5A1.5 1.5 0 0 1 5 5h4l2 2.5h8A1.5 1.5 0 0 1 20.5 9v9A1.5 1.5 0 0 1 19 19.5H5A1.5 1.5 0 0 1 3.5 18z",
  ],
  file: ["M6.5 3.5h7.5l4 4v13h-11.5z", "M14 3.5v4h4"],
  chevron: ["M9.5 6l6 6-6 6"],
  close: ["M6.5 6.5l11 11", "M17.5 6.5l-11 11"],
  pin: [
    "M12 21s6.5-6 6.5-11a6.5 6.5 0 0 0-13 0c0 5 6.5 11 6.5 11z",
    "M12 12a2 2 0 1 0 0-4 2 2 0 0 0 0 4z",
  ],
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName, className = "icon"): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", className);
  for (const d of PATHS[name]) {
    const path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", d);
    svg.appendChild(path);
  }
  return svg;
}
