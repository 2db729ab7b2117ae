// TOTP second factor (RFC 6238) through the otpauth library.
import { Secret, TOTP } from "otpauth";

const PERIOD = 30;

function totpFor(secret: string, label = "cirrus"): TOTP {
  return new TOTP({
    issuer: "Cirrus",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

export function newTotpSecret(user: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpFor(secret, user).toString() };
}

/**
 * The time step a code belongs to (one step of drift either way is accepted), or
 * null when it is wrong. Callers refuse steps at or before the last one accepted,
 * so an observed code cannot be replayed.
 */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  const delta = totpFor(secret).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD) + delta;
}

/** The current code (used by tests and by `cirrus-server user totp-code` for setup checks). */
export function totpCode(secret: string, now = Date.now()): string {
  return totpFor(secret).generate({ timestamp: now });
}
