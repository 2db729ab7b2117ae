// Device tokens: 256 random bits, shown once, stored only as a SHA-256 hash.
// (A slow hash is unnecessary: the token has full entropy, unlike a password.)
import { createHash, randomBytes } from "node:crypto";

const PREFIX = "cirrus_";

export function newToken(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The token from an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1]?.startsWith(PREFIX) ? match[1] : null;
}
