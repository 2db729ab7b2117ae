// Rewrites the rules of a `.cirrusignore` in a subfolder so that they read relative to
// the sync root. All the files that apply to a folder can then be compiled into one
// `ignore` matcher, in git's order of precedence (shallow first, deeper files later,
// so the deeper file wins), and git's rule "a path inside an ignored folder stays
// ignored" is checked by that one matcher across files, as git does.

/** Splits `.cirrusignore` text into root-relative rules for the folder `dir` ("" = root). */
export function rebaseCirrusignore(dir: string, text: string): string[] {
  const rules: string[] = [];
  for (const line of text.normalize("NFC").split(/\r?\n/)) {
    const rule = rebaseRule(dir, line);
    if (rule !== null) rules.push(rule);
  }
  return rules;
}

/**
 * One gitignore line written in folder `dir`, rewritten relative to the sync root;
 * null for blank lines, comments and rules that can match nothing.
 *
 * As in git: a rule with a slash at the start or in the middle is anchored to the
 * folder of its file (`/dist`, `docs/*.pdf`); any other rule (`*.log`, `build/`)
 * matches at any depth below that folder.
 */
export function rebaseRule(dir: string, line: string): string | null {
  let body = trimTrailingSpaces(line);
  if (body === "" || body.startsWith("#")) return null;
  if (dir === "") return body;

  let negation = "";
  if (body.startsWith("!")) {
    negation = "!";
    body = body.slice(1);
  }
  // An escaped leading # or ! is plain text once the folder prefix precedes it.
  if (body.startsWith("\\#") || body.startsWith("\\!")) body = body.slice(1);
  const core = body.endsWith("/") ? body.slice(0, -1) : body;
  if (core === "" || core === "/") return null;

  const prefix = escapeGlob(dir);
  const anchored = core.includes("/");
  const rebased = anchored
    ? `${prefix}/${body.startsWith("/") ? body.slice(1) : body}`
    : `${prefix}/**/${body}`;
  return negation + rebased;
}

/** Git ignores trailing spaces unless escaped with a backslash. */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === " " && line[end - 2] !== "\\") end--;
  return line.slice(0, end);
}

/** Folder names are literal: `[`, `*`, `?`, `!`, `#` and `\` must not act as glob syntax. */
function escapeGlob(dir: string): string {
  return dir.replace(/[\\[\]*?!#]/g, "\\$&");
}
