// Login, token checks and the TOTP second factor.
import { CirrusError } from "../../shared/errors.js";
import type { LoginRequest, LoginResponse } from "../../shared/protocol.js";
import type { ServerConfig } from "../config.js";
import type { AccountRecord, DeviceRecord, MetadataStore } from "../metadata/metadata-store.js";
import { dummyPasswordHash, verifyPassword } from "./passwords.js";
import { FailureLimiter } from "./rate-limiter.js";
import { bearerToken, hashToken, newToken } from "./tokens.js";
import { newTotpSecret, totpStep } from "./totp.js";
import { isDiskFull } from "../disk-full.js";

export interface AuthContext {
  account: AccountRecord;
  device: DeviceRecord;
}

const LAST_SEEN_RESOLUTION_MS = 60_000;

export class AuthService {
  private readonly byAccount: FailureLimiter;
  private readonly byAddress: FailureLimiter;

  constructor(
    private readonly store: MetadataStore,
    limits: ServerConfig["loginLimits"],
    private readonly now: () => number = Date.now,
  ) {
    this.byAccount = new FailureLimiter(limits.perAccount, limits.windowMs, now);
    this.byAddress = new FailureLimiter(limits.perAddress, limits.windowMs, now);
  }

  async login(request: LoginRequest, address: string): Promise<LoginResponse> {
    const accountKey = request.user;
    const wait = Math.max(
      this.byAccount.retryAfter(accountKey),
      this.byAddress.retryAfter(address),
    );
    if (wait > 0) {
      throw new CirrusError("rate_limited", "too many failed sign-ins; try again later", {
        retryAfterSeconds: Math.ceil(wait / 1000),
      });
    }
    const account = this.store.findAccount(request.user);
    const passwordOk = await verifyPassword(
      request.password,
      account?.passwordHash ?? (await dummyPasswordHash()),
    );
    const fail = (code: "unauthorized", message: string): never => {
      this.byAccount.fail(accountKey);
      this.byAddress.fail(address);
      throw new CirrusError(code, message);
    };
    if (!account || !passwordOk) return fail("unauthorized", "wrong user name or password");
    // `cirrus-server user passwd` (another process) may have changed the password and
    // signed out every device while the slow hash above ran: the old password must not
    // slip a new device in after that.
    if (this.store.getAccount(account.id)?.passwordHash !== account.passwordHash) {
      return fail("unauthorized", "wrong user name or password");
    }
    if (account.totpSecret) {
      if (!request.totp)
        throw new CirrusError("totp_required", "this account needs a one-time code");
      const step = totpStep(account.totpSecret, request.totp, this.now());
      if (step === null || step <= account.totpLastStep) {
        return fail("unauthorized", "wrong or reused one-time code");
      }
      this.store.setTotp(account.id, { totpLastStep: step });
    }
    this.byAccount.clear(accountKey);
    const token = newToken();
    const device = this.store.createDevice(account.id, request.deviceName, hashToken(token));
    return {
      token,
      deviceId: device.id,
      user: account.name,
      fingerprint: this.store.fingerprint(),
    };
  }

  /** The account and device behind a request's bearer token, or an `unauthorized` error. */
  authenticate(authorization: string | undefined): AuthContext {
    const token = bearerToken(authorization);
    const found = token ? this.store.deviceByTokenHash(hashToken(token)) : null;
    if (!found) throw new CirrusError("unauthorized", "missing, invalid or revoked token");
    const now = this.now();
    if (
      found.device.lastSeenAt === null ||
      now - found.device.lastSeenAt > LAST_SEEN_RESOLUTION_MS
    ) {
      try {
        this.store.touchDevice(found.device.id, now);
      } catch (error) {
        // "Last seen" is for the device list: on a full disk it waits, and the
        // request (a download, say) still goes through.
        if (!isDiskFull(error)) throw error;
      }
    }
    return found;
  }

  enrollTotp(account: AccountRecord): { secret: string; uri: string } {
    if (account.totpSecret)
      throw new CirrusError("bad_request", "a second factor is already enrolled");
    const enrollment = newTotpSecret(account.name);
    this.store.setTotp(account.id, { totpPending: enrollment.secret });
    return enrollment;
  }

  /** Confirms an enrollment with a first code; from then on login needs a code. */
  verifyTotp(account: AccountRecord, code: string): void {
    const secret = account.totpPending;
    if (!secret) throw new CirrusError("bad_request", "start an enrollment first");
    const step = this.checkCode(account, secret, code);
    this.store.setTotp(account.id, { totpSecret: secret, totpPending: null, totpLastStep: step });
  }

  disableTotp(account: AccountRecord, code: string): void {
    if (!account.totpSecret) throw new CirrusError("bad_request", "no second factor is enrolled");
    this.checkCode(account, account.totpSecret, code);
    this.store.setTotp(account.id, { totpSecret: null, totpPending: null, totpLastStep: 0 });
  }

  /**
   * A code's time step, refusing wrong and replayed codes; failures count against the
   * account like failed sign-ins, so codes cannot be guessed through these routes.
   */
  private checkCode(account: AccountRecord, secret: string, code: string): number {
    const wait = this.byAccount.retryAfter(account.name);
    if (wait > 0) {
      throw new CirrusError("rate_limited", "too many wrong codes; try again later", {
        retryAfterSeconds: Math.ceil(wait / 1000),
      });
    }
    const step = totpStep(secret, code, this.now());
    if (step === null || step <= account.totpLastStep) {
      this.byAccount.fail(account.name);
      throw new CirrusError("unauthorized", "wrong or reused one-time code");
    }
    return step;
  }
}
