// The wire form of ClientApi calls: one TypeBox tuple schema per method (its argument
// list), so every transport (Electron IPC, the headless HTTP server) checks a call the
// same way before the engine sees it, and the result envelope IPC carries back.
import { Type, type Static, type TSchema } from "@sinclair/typebox";
import type { ClientMethod } from "./client-api.js";
import type { ErrorBody } from "./errors.js";

/** A path as the UI sends it: absolute or relative to the sync root, never with NUL. */
const PathArg = Type.String({ maxLength: 4096, pattern: "^[^\\x00]*$" });
const PathList = Type.Array(PathArg, { maxItems: 10_000 });
const Name = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const SignInRequestSchema = Type.Object(
  {
    server: Type.String({ minLength: 1, maxLength: 2048 }),
    user: Name(256),
    password: Type.String({ minLength: 1, maxLength: 4096 }),
    totp: Type.Optional(Type.String({ pattern: "^[0-9]{6,8}$" })),
    deviceName: Type.Optional(Name(128)),
  },
  { additionalProperties: false },
);

export const SettingsSchema = Type.Object(
  {
    folder: Type.Union([Type.String({ minLength: 1, maxLength: 4096 }), Type.Null()]),
    onDemand: Type.Boolean(),
    bandwidth: Type.Object(
      { up: Type.Integer({ minimum: 0 }), down: Type.Integer({ minimum: 0 }) },
      { additionalProperties: false },
    ),
    pauseOnMetered: Type.Boolean(),
    pauseOnBattery: Type.Boolean(),
    startAtLogin: Type.Boolean(),
    notifications: Type.Boolean(),
    ignorePatterns: Type.String({ maxLength: 256 * 1024 }),
  },
  { additionalProperties: false },
);

const ResolveChoiceSchema = Type.Union([
  Type.Literal("local"),
  Type.Literal("remote"),
  Type.Literal("both"),
  Type.Literal("merged"),
]);

/** The argument list of every request/response method of ClientApi. */
export const CLIENT_API_ARGS = {
  getStatus: Type.Tuple([]),
  signIn: Type.Tuple([SignInRequestSchema]),
  useEmbeddedServer: Type.Tuple([
    Type.Object(
      { folder: Type.String({ minLength: 1, maxLength: 4096, pattern: "^[^\\x00]*$" }) },
      { additionalProperties: false },
    ),
  ]),
  signOut: Type.Tuple([]),
  listDevices: Type.Tuple([]),
  revokeDevice: Type.Tuple([Name(256)]),
  updateSettings: Type.Tuple([Type.Partial(SettingsSchema, { additionalProperties: false })]),
  pause: Type.Tuple([]),
  resume: Type.Tuple([]),
  syncNow: Type.Tuple([]),
  confirmMassDelete: Type.Tuple([]),
  listConflicts: Type.Tuple([]),
  resolveConflict: Type.Tuple([PathArg, ResolveChoiceSchema]),
  listFiles: Type.Tuple([PathArg]),
  hydrate: Type.Tuple([PathList]),
  dehydrate: Type.Tuple([PathList]),
  setPinned: Type.Tuple([PathArg, Type.Boolean()]),
  openFile: Type.Tuple([PathArg]),
  listFolders: Type.Tuple([PathArg]),
  setExcluded: Type.Tuple([PathArg, Type.Boolean()]),
} satisfies Record<ClientMethod, TSchema>;

export type ClientApiArgs = typeof CLIENT_API_ARGS;

/** The checked arguments of one method, as the engine receives them. */
export type ArgsOf<M extends ClientMethod> = Static<ClientApiArgs[M]>;

/** What an IPC call answers: never a bare thrown value across the process boundary. */
export type IpcResult<T = unknown> = { ok: true; result: T } | { ok: false; error: ErrorBody };

/** IPC channel of a ClientApi method (`cirrus:getStatus`, …). */
export type MethodChannel = `cirrus:${ClientMethod}`;
/** IPC channel on which the main process pushes SyncEvents to its windows. */
export type EventChannel = "cirrus:event";
/** IPC channel of the native folder picker (`window.cirrusHost.pickFolder`). */
export type PickFolderChannel = "cirrus:pickFolder";

/**
 * What the desktop app adds beside ClientApi, as `window.cirrusHost` (absent headless:
 * check for it before use).
 */
export interface CirrusHost {
  /** The native folder picker; null when the person cancels. */
  pickFolder(): Promise<string | null>;
}
