// What every route module receives, and the request fields the auth hook adds.
import type {} from "@fastify/swagger";
import type { FastifyRequest } from "fastify";
import { CirrusError } from "../../shared/errors.js";
import { ErrorBodySchema } from "../../shared/protocol.js";
import type { AuthContext, AuthService } from "../auth/auth-service.js";
import type { ServerConfig } from "../config.js";
import type { MetadataStore } from "../metadata/metadata-store.js";
import type { PushHub } from "../push/push-hub.js";
import type { SyncService } from "../sync-service.js";

declare module "fastify" {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without a token: health, login, the OpenAPI document. */
    public?: boolean;
  }
}

export interface RouteContext {
  config: ServerConfig;
  metadata: MetadataStore;
  auth: AuthService;
  sync: SyncService;
  push: PushHub;
}

export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new CirrusError("unauthorized", "missing, invalid or revoked token");
  return request.auth;
}

/** Error responses every route may give, for the OpenAPI document. */
export const ERROR_RESPONSES = { "4xx": ErrorBodySchema, "5xx": ErrorBodySchema };
