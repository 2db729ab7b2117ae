#!/usr/bin/env node
// Draws the tray icons (one per tray state) and the app icon, and writes them as PNGs
// with nothing but node:zlib: a tiny vector rasteriser (shapes tested per sample,
// 8×8 supersampling for smooth edges) and a tiny PNG encoder (IHDR, IDAT, IEND, CRC-32).
//
//   node scripts/make-icons.mjs            writes assets/tray/*.png and assets/icon.png
//   node scripts/make-icons.mjs --preview DIR   also writes enlarged contact sheets there
//
// Sizes (see src/main/tray-state.ts): Windows and macOS use 16×16 with a 32×32 @2x;
// Linux uses 22×22 (the freedesktop/AppIndicator panel size) with a 44×44 @2x. macOS
// uses the `…Template` variants: black + alpha, so the menu bar tints them itself.
import { Buffer } from "node:buffer";
import console from "node:console";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// --- PNG encoder ----------------------------------------------------------------------

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** RGBA pixels (width × height × 4 bytes, straight alpha) → PNG file bytes. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// --- shapes: (x, y) → inside? in design units ------------------------------------------

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return dx * dx + dy * dy <= r * r;
};

/** A stroke of width w along segment a→b, with round caps. */
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= (w / 2) ** 2;
};

const polyline = (points, w) =>
  union(...points.slice(1).map(([x, y], i) => segment(points[i][0], points[i][1], x, y, w)));

const triangle = (a, b, c) => (x, y) => {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
};

/** Part of a ring (radius r, width w) from angle a0 to a1 (radians, clockwise, 0 = east). */
const arc = (cx, cy, r, w, a0, a1) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  if (Math.abs(d - r) > w / 2) return false;
  let a = Math.atan2(y - cy, x - cx);
  while (a < a0) a += 2 * Math.PI;
  return a <= a1;
};

const union =
  (...shapes) =>
  (x, y) =>
    shapes.some((s) => s(x, y));

/** A shape seen through a change of coordinates. */
const map = (shape, f) => (x, y) => shape(...f(x, y));

// --- the glyphs, in the 32-unit tray grid ------------------------------------------------

const cloud = union(
  roundRect(2.5, 16, 29.5, 26.5, 5.25),
  circle(10, 16.5, 5.75),
  circle(18.25, 12.75, 8),
  circle(24.75, 18.5, 4.75),
);

const BADGE = { cx: 24, cy: 23.5, r: 7.5, gap: 1.75 };

/** A glyph drawn in badge units (-1..1 across the badge), placed on the badge. */
const onBadge = (shape) =>
  map(shape, (x, y) => [(x - BADGE.cx) / BADGE.r, (y - BADGE.cy) / BADGE.r]);

const GLYPHS = {
  check: onBadge(
    polyline(
      [
        [-0.5, 0.02],
        [-0.14, 0.4],
        [0.5, -0.34],
      ],
      0.3,
    ),
  ),
  pause: onBadge(
    union(roundRect(-0.42, -0.45, -0.12, 0.45, 0.06), roundRect(0.12, -0.45, 0.42, 0.45, 0.06)),
  ),
  sync: onBadge(
    union(
      arc(0, 0, 0.5, 0.24, -Math.PI * 0.95, -Math.PI * 0.18),
      triangle([0.3, -0.58], [0.78, -0.2], [0.3, -0.02]),
      arc(0, 0, 0.5, 0.24, Math.PI * 0.05, Math.PI * 0.82),
      triangle([-0.3, 0.58], [-0.78, 0.2], [-0.3, 0.02]),
    ),
  ),
  alert: onBadge(union(roundRect(-0.13, -0.62, 0.13, 0.22, 0.12), circle(0, 0.48, 0.15))),
  swap: onBadge(
    union(
      segment(-0.5, -0.27, 0.28, -0.27, 0.2),
      triangle([0.18, -0.58], [0.62, -0.27], [0.18, 0.04]),
      segment(0.5, 0.27, -0.28, 0.27, 0.2),
      triangle([-0.18, 0.58], [-0.62, 0.27], [-0.18, -0.04]),
    ),
  ),
};

const badgeDisc = circle(BADGE.cx, BADGE.cy, BADGE.r);
const badgeGap = circle(BADGE.cx, BADGE.cy, BADGE.r + BADGE.gap);
const slash = segment(5, 5.5, 27, 27.5, 2.4);
const slashGap = segment(5, 5.5, 27, 27.5, 5.6);

// --- the tray states ---------------------------------------------------------------------

const BLUE = [37, 117, 235];
const GREY = [128, 136, 148];
const BADGES = {
  "up-to-date": { color: [22, 163, 74], glyph: "check" },
  syncing: { color: [29, 78, 216], glyph: "sync" },
  paused: { color: [100, 108, 122], glyph: "pause" },
  error: { color: [220, 38, 38], glyph: "alert" },
  conflicts: { color: [217, 119, 6], glyph: "swap" },
};
const STATES = ["up-to-date", "syncing", "paused", "offline", "error", "conflicts"];

/**
 * The layers of a state, painted in order: [shape, colour] or [shape, null] to erase.
 * Colour icons always show a badge; templates leave "up to date" plain, as macOS
 * menu-bar icons do for the normal state.
 */
function trayLayers(state, template) {
  const ink = (rgb) => (template ? [0, 0, 0] : rgb);
  if (state === "offline") {
    return [
      [cloud, ink(GREY)],
      [slashGap, null],
      [slash, ink(GREY)],
    ];
  }
  const layers = [[cloud, ink(state === "paused" ? GREY : BLUE)]];
  if (template && state === "up-to-date") return layers;
  const badge = BADGES[state];
  layers.push([badgeGap, null], [badgeDisc, ink(badge.color)]);
  layers.push([GLYPHS[badge.glyph], template ? null : [255, 255, 255]]);
  return layers;
}

// --- rasteriser ----------------------------------------------------------------------------

/**
 * Render layers over a design of `units` × `units` into `size` × `size` pixels. Each
 * layer colour is [r, g, b] or a function (x, y) → [r, g, b].
 */
function render(size, units, layers, samples = 8) {
  const out = Buffer.alloc(size * size * 4);
  const scale = units / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) * scale;
          const y = (py + (sy + 0.5) / samples) * scale;
          let colour = null;
          for (const [shape, fill] of layers) {
            if (shape(x, y))
              colour = fill === null ? null : typeof fill === "function" ? fill(x, y) : fill;
          }
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return out;
}

// --- the app icon (512 × 512) --------------------------------------------------------------

function appIconLayers() {
  const top = [96, 165, 250];
  const bottom = [29, 78, 216];
  const gradient = (_x, y) => {
    const t = Math.min(1, Math.max(0, (y - 40) / 432));
    return top.map((c, i) => Math.round(c + (bottom[i] - c) * t));
  };
  // The tray cloud, centred and scaled up: design units 0..32 → 96..416.
  const big = map(cloud, (x, y) => [(x - 96) / 10 + 0.5, (y - 96) / 10 + 0.25]);
  const shadow = map(cloud, (x, y) => [(x - 96) / 10 + 0.5, (y - 96 - 10) / 10 + 0.25]);
  return [
    [roundRect(32, 32, 480, 480, 100), gradient],
    // A soft drop shadow: the background, darkened.
    [shadow, (x, y) => gradient(x, y).map((c) => Math.round(c * 0.78))],
    [big, [255, 255, 255]],
  ];
}

// --- output ----------------------------------------------------------------------------------

function write(file, width, height, rgba) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, encodePng(width, height, rgba));
}

const TRAY_SETS = [
  { suffix: "", template: false, size: 16 },
  { suffix: "Template", template: true, size: 16 },
  { suffix: "-linux", template: false, size: 22 },
];

const images = [];
for (const state of STATES) {
  for (const set of TRAY_SETS) {
    for (const [scale, tag] of [
      [1, ""],
      [2, "@2x"],
    ]) {
      const size = set.size * scale;
      const rgba = render(size, 32, trayLayers(state, set.template));
      const name = `${state}${set.suffix}${tag}.png`;
      write(path.join(root, "assets/tray", name), size, size, rgba);
      images.push({ name, size, rgba });
    }
  }
}
const icon = render(512, 512, appIconLayers(), 4);
write(path.join(root, "assets/icon.png"), 512, 512, icon);
console.log(`wrote ${images.length} tray icons and assets/icon.png`);

// --- preview: every icon enlarged on light and dark backgrounds (not committed) -----------

const previewAt = process.argv.indexOf("--preview");
if (previewAt !== -1) {
  const dir = path.resolve(process.argv[previewAt + 1] ?? "icon-preview");
  const zoom = 4;
  const cell = 44 * zoom + 8;
  for (const [bgName, bg] of [
    ["light", [240, 240, 240]],
    ["dark", [40, 40, 40]],
  ]) {
    const cols = TRAY_SETS.length * 2;
    const width = cols * cell;
    const height = STATES.length * cell;
    const sheet = Buffer.alloc(width * height * 4);
    for (let i = 0; i < width * height; i++) sheet.set([...bg, 255], i * 4);
    images.forEach((image, n) => {
      const row = Math.floor(n / cols);
      const col = n % cols;
      for (let y = 0; y < image.size * zoom; y++) {
        for (let x = 0; x < image.size * zoom; x++) {
          const s = (Math.floor(y / zoom) * image.size + Math.floor(x / zoom)) * 4;
          const alpha = image.rgba[s + 3] / 255;
          const d = ((row * cell + 4 + y) * width + col * cell + 4 + x) * 4;
          for (let c = 0; c < 3; c++)
            sheet[d + c] = Math.round(image.rgba[s + c] * alpha + bg[c] * (1 - alpha));
        }
      }
    });
    write(path.join(dir, `tray-${bgName}.png`), width, height, sheet);
  }
  console.log(`previews in ${dir}`);
}
