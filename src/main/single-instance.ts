// One Cirrus per user: a second launch (double-clicking a `.cirrus` placeholder opens
// the app with its path) hands its command line to the first and quits. This reads
// that command line.
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The suffix of placeholder files (src/engine/placeholders: PLACEHOLDER_SUFFIX). */
export const PLACEHOLDER_EXTENSION = ".cirrus";

export type LaunchRequest = { kind: "open-file"; path: string } | { kind: "show" };

/**
 * What a launch asks for: every `.cirrus` path on its command line (plain paths,
 * relative to the launch's working directory, or `file://` URLs as Linux desktop files
 * pass them), each as an "open file" request; with none, just "show" the app.
 * Switches (`--foo`, Chromium's own) and the executable/app path are skipped.
 */
export function launchRequests(
  argv: readonly string[],
  workingDirectory: string,
  pathApi: path.PlatformPath = path,
): LaunchRequest[] {
  const out: LaunchRequest[] = [];
  const seen = new Set<string>();
  // argv[0] is the executable; in development argv[1] is the app's entry script, and
  // neither ends in .cirrus, so scanning every argument is safe.
  for (const arg of argv.slice(1)) {
    const file = placeholderPath(arg, workingDirectory, pathApi);
    if (file === null || seen.has(file)) continue;
    seen.add(file);
    out.push({ kind: "open-file", path: file });
  }
  return out.length > 0 ? out : [{ kind: "show" }];
}

/** The absolute path of a placeholder argument, or null when it is not one. */
export function placeholderPath(
  arg: string,
  workingDirectory: string,
  pathApi: path.PlatformPath = path,
): string | null {
  if (arg === "" || arg.startsWith("-") || arg.includes("\0")) return null;
  let file = arg;
  if (/^file:\/\//i.test(arg)) {
    try {
      file = fileURLToPath(arg);
    } catch {
      return null;
    }
  } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
    return null;
  }
  if (!file.toLowerCase().endsWith(PLACEHOLDER_EXTENSION)) return null;
  const base = pathApi.basename(file);
  if (base.length <= PLACEHOLDER_EXTENSION.length) return null;
  return pathApi.resolve(workingDirectory, file);
}
