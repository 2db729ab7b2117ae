#!/usr/bin/env -S node --expose-gc
// --expose-gc: a running folder that has been idle a moment collects the garbage its
// last round left (src/engine/sync/idle-release.ts); without the flag it only shrinks
// its SQLite cache.
// File I/O runs on libuv's thread pool, 4 threads unless told otherwise: writing many
// small files waits on one fsync each, and more threads let those waits overlap (the
// file system commits concurrent fsyncs together). Set before anything uses the pool.
process.env.UV_THREADPOOL_SIZE ??= "32";
// Node 22.1 and later (and Electron's Node) keep V8's compiled code of the bundle on
// disk between runs, which saves most of its parse and compile at every start. Node 20
// has no such cache; there this does nothing.
const { enableCompileCache } = await import("node:module");
enableCompileCache?.();
// The bundled CLI (scripts/bundle-cli.mjs): it starts in half the time of the
// ~700 modules it is built from.
await import("../dist/bundle/cli/cirrus.js");
