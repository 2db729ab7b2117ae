// A profile is one device: its settings, its index and its local trash live in one
// folder. Several profiles on one machine are several independent devices.
import { Type, type Static } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";

export const ProfileSettings = Type.Object({
  server: Type.Optional(Type.String()),
  user: Type.Optional(Type.String()),
  deviceId: Type.Optional(Type.String()),
  deviceName: Type.Optional(Type.String()),
  credentialStore: Type.Optional(Type.Union([Type.Literal("keychain"), Type.Literal("file")])),
  folder: Type.Optional(Type.String({ description: "absolute path of the sync root" })),
  onDemand: Type.Optional(Type.Boolean()),
  /** The endpoint runs inside the app, with its data in the profile ("keep files here"). */
  embedded: Type.Optional(Type.Boolean()),
  embeddedPort: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535 })),
  startAtLogin: Type.Optional(Type.Boolean()),
  notifications: Type.Optional(Type.Boolean()),
  /** Paused by the user (kept across restarts). */
  paused: Type.Optional(Type.Boolean()),
  /** Bandwidth limits in bytes per second; 0 or absent means unlimited. */
  bandwidth: Type.Optional(
    Type.Object({
      up: Type.Integer({ minimum: 0 }),
      down: Type.Integer({ minimum: 0 }),
    }),
  ),
  pauseOnMetered: Type.Optional(Type.Boolean()),
  pauseOnBattery: Type.Optional(Type.Boolean()),
  massDelete: Type.Optional(
    Type.Object({
      minCount: Type.Integer({ minimum: 1 }),
      share: Type.Number({ minimum: 0, maximum: 1 }),
    }),
  ),
});
export type ProfileSettings = Static<typeof ProfileSettings>;

/** The OS's per-user application-data folder for Cirrus. */
export function defaultProfileDir(platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === "win32")
    return path.join(env.APPDATA ?? path.join(home, "AppData/Roaming"), "Cirrus");
  if (platform === "darwin") return path.join(home, "Library/Application Support/Cirrus");
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, ".config"), "cirrus");
}

export class Profile {
  private constructor(
    readonly dir: string,
    private settings: ProfileSettings,
  ) {}

  static async open(dir: string): Promise<Profile> {
    const abs = path.resolve(dir);
    await mkdir(abs, { recursive: true, mode: 0o700 });
    let settings: ProfileSettings = {};
    try {
      const parsed: unknown = JSON.parse(await readFile(path.join(abs, "profile.json"), "utf8"));
      if (!Value.Check(ProfileSettings, parsed)) {
        const first = [...Value.Errors(ProfileSettings, parsed)][0];
        throw new CirrusError(
          "bad_request",
          `invalid ${path.join(abs, "profile.json")}: ${first?.path ?? ""} ${first?.message ?? ""}`,
        );
      }
      settings = parsed;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    return new Profile(abs, settings);
  }

  get(): Readonly<ProfileSettings> {
    return this.settings;
  }

  async update(change: Partial<ProfileSettings>): Promise<void> {
    // `undefined` in a change removes the setting.
    const next = Object.fromEntries(
      Object.entries({ ...this.settings, ...change } as Record<string, unknown>).filter(
        ([, v]) => v !== undefined,
      ),
    ) as ProfileSettings;
    const file = path.join(this.dir, "profile.json");
    // Write-then-rename: a crash never leaves a half-written settings file.
    await writeFile(`${file}.tmp`, JSON.stringify(next, null, 2) + "\n", { mode: 0o600 });
    await rename(`${file}.tmp`, file);
    this.settings = next;
  }

  get indexFile(): string {
    return path.join(this.dir, "index.db");
  }

  get trashDir(): string {
    return path.join(this.dir, "trash");
  }
}
