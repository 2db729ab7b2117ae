// Names for conflict copies: "report (conflicted copy 2026-11-23 163240 laptop).txt".
import { MAX_NAME_BYTES, foldName } from "../../shared/names.js";
import { truncateUtf8, utf8Length } from "./paths.js";

const MAX_EXTENSION_BYTES = 32;
const MAX_DEVICE_BYTES = 64;

export interface ConflictNameOptions {
  /** 2, 3, ... when the plain conflict name is taken. */
  counter?: number;
  /** Folders keep their whole name before the suffix ("my.photos (conflicted copy ...)"). */
  folder?: boolean;
}

/**
 * The name a conflict copy gets. The date's UTC fields are used: shift it by the time
 * zone offset first to show local time. The extension is kept; hidden files (".bashrc")
 * and names without an extension get the suffix at the end; the stem is shortened so
 * the result stays within MAX_NAME_BYTES of UTF-8.
 */
export function conflictName(
  name: string,
  date: Date | number,
  deviceName: string,
  options: ConflictNameOptions = {},
): string {
  const { stem, ext } = options.folder === true ? { stem: name, ext: "" } : splitExtension(name);
  const device = cleanDeviceName(deviceName);
  const counter = options.counter !== undefined && options.counter > 1 ? ` ${options.counter}` : "";
  const suffix = ` (conflicted copy ${formatStamp(date)}${device === "" ? "" : ` ${device}`}${counter})`;
  const budget = MAX_NAME_BYTES - utf8Length(suffix) - utf8Length(ext);
  return `${truncateUtf8(stem, budget)}${suffix}${ext}`;
}

/**
 * A conflict name not taken in the folder: `taken` answers for a fold key (foldName),
 * so that names differing only by case or Unicode form count as taken.
 */
export function uniqueConflictName(
  name: string,
  date: Date | number,
  deviceName: string,
  folder: boolean,
  taken: (foldKey: string) => boolean,
): string {
  for (let counter = 1; ; counter++) {
    const candidate = conflictName(name, date, deviceName, { counter, folder });
    if (!taken(foldName(candidate))) return candidate;
  }
}

/** "report.txt" -> ["report", ".txt"]; ".bashrc", "README", "file." and odd tails have none. */
export function splitExtension(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || dot === name.length - 1) return { stem: name, ext: "" };
  const ext = name.slice(dot);
  if (utf8Length(ext) > MAX_EXTENSION_BYTES || /\s/.test(ext)) return { stem: name, ext: "" };
  return { stem: name.slice(0, dot), ext };
}

/** "2026-11-23 163240" from the date's UTC fields. */
export function formatStamp(date: Date | number): string {
  const d = typeof date === "number" ? new Date(date) : date;
  const two = (n: number): string => String(n).padStart(2, "0");
  const day = `${String(d.getUTCFullYear()).padStart(4, "0")}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  return `${day} ${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
}

/** Device names come from users: keep them printable, portable and short. */
function cleanDeviceName(deviceName: string): string {
  let clean = "";
  for (const ch of deviceName.normalize("NFC")) {
    const c = ch.codePointAt(0) ?? 0;
    clean += c < 0x20 || c === 0x7f || '/\\<>:"|?*()'.includes(ch) ? "-" : ch;
  }
  return truncateUtf8(clean.trim(), MAX_DEVICE_BYTES).trim();
}
