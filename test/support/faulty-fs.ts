// A FileSystem for EngineEnv.fs: the real `node:fs` underneath, every call the engine
// makes recorded with the paths it touched, and chosen calls failing with an errno
// code, as a disk would fail them (EIO, ENOSPC, EACCES...). Calls on a descriptor are
// recorded with the path it was opened with, so a fault can aim at one file's writes.
import { NODE_FS, type FileSystem } from "../../src/engine/index.js";

/** How each call is wrapped. A call the FileSystem gains, or loses, fails to compile here. */
const CALLS: Record<Exclude<keyof FileSystem, "promises">, "sync" | "callback"> = {
  closeSync: "sync",
  fstatSync: "sync",
  futimesSync: "sync",
  lstatSync: "sync",
  openSync: "sync",
  readSync: "sync",
  renameSync: "sync",
  rmSync: "sync",
  statSync: "sync",
  writevSync: "sync",
  fdatasync: "callback",
  fsync: "callback",
  open: "callback",
  write: "callback",
  writev: "callback",
};
const PROMISE_CALLS: Record<keyof FileSystem["promises"], true> = {
  copyFile: true,
  lstat: true,
  mkdir: true,
  open: true,
  readdir: true,
  readFile: true,
  rename: true,
  rm: true,
  rmdir: true,
  stat: true,
  unlink: true,
  writeFile: true,
};

/** One call: its name ("renameSync", "writev", "promises.open"...) and the paths it named. */
export interface FsCall {
  name: string;
  paths: string[];
}

interface Fault {
  name: string;
  code: string;
  match: (paths: readonly string[]) => boolean;
  times: number;
}

type AnyFunction = (...args: unknown[]) => unknown;

/** Something another program does right after one call of the engine's (see after()). */
interface Interleaving {
  name: string;
  match: (paths: readonly string[]) => boolean;
  action: () => Promise<void>;
}

export class FaultyFs {
  readonly calls: FsCall[] = [];
  readonly fs: FileSystem;
  private readonly faults: Fault[] = [];
  private readonly interleavings: Interleaving[] = [];
  /** Open descriptors and the paths they were opened with. */
  private readonly fds = new Map<number, string>();

  constructor() {
    const fs: Record<string, unknown> = {};
    const promises: Record<string, unknown> = {};
    for (const [name, kind] of Object.entries(CALLS)) {
      const real = (NODE_FS as unknown as Record<string, AnyFunction>)[name] as AnyFunction;
      fs[name] = kind === "sync" ? this.sync(name, real) : this.callback(name, real);
    }
    const realPromises = NODE_FS.promises as unknown as Record<string, AnyFunction>;
    for (const name of Object.keys(PROMISE_CALLS)) {
      promises[name] = this.promise(name, realPromises[name] as AnyFunction);
    }
    this.fs = { ...fs, promises } as unknown as FileSystem;
  }

  /** Fail the next `times` calls `name` whose paths satisfy `match`, with errno `code`. */
  fail(name: string, code: string, match: (paths: readonly string[]) => boolean, times = 1): void {
    this.faults.push({ name, code, match, times });
  }

  /**
   * Run `action` once, right after the first promise call `name` whose paths satisfy
   * `match` has completed, before the engine sees its result: another program acting
   * between two of the engine's steps.
   */
  after(name: string, match: (paths: readonly string[]) => boolean, action: () => Promise<void>) {
    this.interleavings.push({ name, match, action });
  }

  /** Faults not triggered yet. */
  get pendingFaults(): number {
    return this.faults.reduce((n, f) => n + f.times, 0);
  }

  /** How many calls named one of `names` touched `path`. */
  count(path: string, ...names: string[]): number {
    return this.calls.filter((c) => names.includes(c.name) && c.paths.includes(path)).length;
  }

  private record(name: string, args: readonly unknown[]): { call: FsCall; error: Error | null } {
    const paths: string[] = [];
    for (const arg of args) {
      if (typeof arg === "string") paths.push(arg);
      else if (typeof arg === "number" && paths.length === 0 && this.fds.has(arg)) {
        paths.push(this.fds.get(arg) as string);
      }
    }
    const call = { name, paths };
    this.calls.push(call);
    const fault = this.faults.find((f) => f.name === name && f.times > 0 && f.match(paths));
    if (!fault) return { call, error: null };
    fault.times--;
    const error: NodeJS.ErrnoException = new Error(
      `${fault.code}: injected fault, ${name} '${paths.join("', '")}'`,
    );
    error.code = fault.code;
    error.syscall = name;
    if (paths[0] !== undefined) error.path = paths[0];
    return { call, error };
  }

  private sync(name: string, real: AnyFunction): AnyFunction {
    return (...args) => {
      const { call, error } = this.record(name, args);
      if (error) throw error;
      const result = real(...args);
      if (name === "openSync") this.fds.set(result as number, call.paths[0] as string);
      if (name === "closeSync") this.fds.delete(args[0] as number);
      return result;
    };
  }

  private callback(name: string, real: AnyFunction): AnyFunction {
    return (...args) => {
      const { call, error } = this.record(name, args);
      const done = args.pop() as (error: Error | null, ...results: unknown[]) => void;
      if (error) {
        process.nextTick(done, error);
        return;
      }
      real(...args, (failed: Error | null, ...results: unknown[]) => {
        if (!failed && name === "open") this.fds.set(results[0] as number, call.paths[0] as string);
        done(failed, ...results);
      });
    };
  }

  private promise(name: string, real: AnyFunction): AnyFunction {
    return (...args) => {
      const { call, error } = this.record(`promises.${name}`, args);
      if (error) return Promise.reject(error);
      const at = this.interleavings.findIndex((i) => i.name === call.name && i.match(call.paths));
      if (at < 0) return real(...args);
      const [interleaving] = this.interleavings.splice(at, 1);
      return (real(...args) as Promise<unknown>).then(async (result) => {
        await interleaving?.action();
        return result;
      });
    };
  }
}
