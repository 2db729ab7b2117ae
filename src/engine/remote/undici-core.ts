// The parts of undici the client uses, loaded on their own. undici's package index
// loads all of undici at once (fetch, WebSocket, EventSource, mocks, caches and
// interceptors): measured here, that was ~90 ms of every start of `cirrus`, where the
// connection pool and `request` alone take ~40 ms. These are the same modules the
// index re-exports (undici's own files, pinned by the lock file); the types are the
// index's.
import type { Dispatcher } from "undici";
import AgentClass from "undici/lib/dispatcher/agent.js";
import dispatcherRequest from "undici/lib/api/api-request.js";

export const Agent = AgentClass;

/** undici's `request(url, options)`, sent through `dispatcher`. */
export function request(
  url: URL,
  options: Omit<Dispatcher.RequestOptions, "origin" | "path"> & { dispatcher: Dispatcher },
): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options;
  return dispatcherRequest.call(dispatcher, {
    ...rest,
    origin: url.origin,
    path: url.pathname + url.search,
  });
}
