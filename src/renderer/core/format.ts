// Human-readable numbers, sizes and times for the UI. Pure: no DOM, no clock (callers
// pass `now`), English text, so the same input always reads the same way.

const UNITS = ["B", "KB", "MB", "GB", "TB", "PB"] as const;

/** 1536 -> "1.5 KB"; binary multiples, one decimal below 10 of a unit. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes <= 0) return "0 B";
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${Math.round(value)} B`;
  // 1023.96 KB would round to "1024 KB": show the next unit instead.
  if (value >= 999.95 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 10 ? 1 : 0;
  const text = value.toFixed(digits).replace(/\.0$/, "");
  return `${text} ${UNITS[unit] ?? "B"}`;
}

/** "1 file", "3 files". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? singular : pluralForm}`;
}

/** Whole percent of done/total, clamped to 0..100; an empty total counts as done. */
export function percent(done: number, total: number): number {
  if (!(total > 0)) return 100;
  const value = Math.floor((done / total) * 100);
  return Math.min(100, Math.max(0, value));
}

/** "3.2 MB of 10 MB". */
export function formatProgress(done: number, total: number): string {
  return `${formatBytes(Math.min(done, total))} of ${formatBytes(total)}`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function unitsAgo(amount: number, unit: string): string {
  return plural(amount, unit);
}

/** "just now", "5 minutes ago", "yesterday", "in 2 minutes". */
export function formatRelative(time: number, now: number): string {
  const delta = now - time;
  const future = delta < 0;
  const abs = Math.abs(delta);
  if (abs < 45_000) return future ? "in a moment" : "just now";
  let text: string;
  if (abs < HOUR) text = unitsAgo(Math.max(1, Math.round(abs / MINUTE)), "minute");
  else if (abs < DAY) text = unitsAgo(Math.round(abs / HOUR), "hour");
  else if (!future && abs < 2 * DAY) return "yesterday";
  else if (abs < 30 * DAY) text = unitsAgo(Math.round(abs / DAY), "day");
  else return formatDate(time);
  return future ? `in ${text}` : `${text} ago`;
}

/** A short local date and time, e.g. "Mar 4, 2025, 14:05". */
export function formatDate(time: number): string {
  if (!Number.isFinite(time)) return "unknown";
  return new Date(time).toLocaleString("en-US", {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/** A compact date for lists: "Mar 4, 14:05" this year, "Mar 4, 2023" before. */
export function formatShortDate(time: number, now: number): string {
  if (!Number.isFinite(time)) return "unknown";
  const date = new Date(time);
  if (date.getFullYear() === new Date(now).getFullYear()) {
    return date.toLocaleString("en-US", {
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
    });
  }
  return date.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric" });
}

/** Bandwidth limits: the UI speaks KiB/s, the API bytes/s; 0 means unlimited. */
export function bytesToKib(bytesPerSecond: number): number {
  return Math.round(Math.max(0, bytesPerSecond) / 1024);
}

/** Parse a KiB/s field: "" or "0" is unlimited (0); returns null when not a whole number >= 0. */
export function parseKib(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return 0;
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  return Number(trimmed) * 1024;
}

/** "Unlimited" or "512 KB/s". */
export function formatRate(bytesPerSecond: number): string {
  return bytesPerSecond > 0 ? `${formatBytes(bytesPerSecond)}/s` : "Unlimited";
}
