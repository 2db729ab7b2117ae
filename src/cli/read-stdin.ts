// Reads a secret from standard input (for --password-stdin), without echoing it anywhere.
export async function readSecretFromStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new Error("--password-stdin needs the password piped in, e.g. printf '%s' \"$PW\" | …");
  }
  const parts: Buffer[] = [];
  for await (const part of process.stdin) parts.push(part as Buffer);
  const text = Buffer.concat(parts)
    .toString("utf8")
    .replace(/\r?\n$/, "");
  if (text.length === 0) throw new Error("no password on standard input");
  return text;
}
