// Which contents are text a person can diff and merge: valid UTF-8, no NUL bytes,
// and small enough that a diff is worth reading.
export const MAX_TEXT_BYTES = 1024 * 1024;

export function asText(data: Buffer): string | null {
  if (data.length > MAX_TEXT_BYTES || data.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

/** Split into lines keeping each line's ending, so a merge rebuilds bytes exactly. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
