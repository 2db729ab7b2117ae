// Where a device token lives: the OS keychain (keytar) by default; a 0600 file in the
// profile only when the user chose it (weaker: anyone who can read the file can sync
// as this device).
import { chmod, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";

const SERVICE = "Cirrus";

export interface CredentialStore {
  readonly kind: "keychain" | "file";
  get(): Promise<string | null>;
  set(token: string): Promise<void>;
  delete(): Promise<void>;
}

type Keytar = typeof import("keytar");

async function loadKeytar(): Promise<Keytar> {
  try {
    const module = (await import("keytar")) as Keytar & { default?: Keytar };
    return module.default ?? module;
  } catch (error) {
    throw new CirrusError(
      "keychain_unavailable",
      `the OS keychain library could not load: ${(error as Error).message}`,
    );
  }
}

export class KeychainCredentials implements CredentialStore {
  readonly kind = "keychain";

  /** One keychain item per profile folder, so profiles stay independent devices. */
  constructor(private readonly account: string) {}

  private async call<T>(work: (keytar: Keytar) => Promise<T>): Promise<T> {
    const keytar = await loadKeytar();
    try {
      return await work(keytar);
    } catch (error) {
      throw new CirrusError(
        "keychain_unavailable",
        `no OS keychain is reachable (${(error as Error).message}); ` +
          "unlock or install one (Secret Service on Linux), or sign in with --credential-store file",
      );
    }
  }

  get(): Promise<string | null> {
    return this.call((k) => k.getPassword(SERVICE, this.account));
  }

  set(token: string): Promise<void> {
    return this.call((k) => k.setPassword(SERVICE, this.account, token));
  }

  async delete(): Promise<void> {
    await this.call((k) => k.deletePassword(SERVICE, this.account));
  }
}

export class FileCredentials implements CredentialStore {
  readonly kind = "file";
  private readonly file: string;

  constructor(profileDir: string) {
    this.file = path.join(profileDir, "credentials");
  }

  async get(): Promise<string | null> {
    try {
      return (await readFile(this.file, "utf8")).trim() || null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async set(token: string): Promise<void> {
    await writeFile(this.file, token + "\n", { mode: 0o600 });
    await chmod(this.file, 0o600);
  }

  async delete(): Promise<void> {
    await rm(this.file, { force: true });
  }
}

export function credentialStore(kind: "keychain" | "file", profileDir: string): CredentialStore {
  return kind === "file"
    ? new FileCredentials(profileDir)
    : new KeychainCredentials(`device-token:${path.resolve(profileDir)}`);
}
