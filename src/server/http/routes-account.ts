// Health, sign-in, account info, devices and the TOTP second factor.
import { Type } from "@sinclair/typebox";
import type {} from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import { CirrusError } from "../../shared/errors.js";
import {
  AccountInfo,
  Device,
  LoginRequest,
  LoginResponse,
  TotpCode,
  TotpEnrollResponse,
} from "../../shared/protocol.js";
import { authOf, ERROR_RESPONSES, type RouteContext } from "./context.js";

export function accountRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get(
    "/health",
    {
      config: { public: true },
      schema: {
        tags: ["operations"],
        response: { 200: Type.Object({ status: Type.Literal("ok") }) },
      },
    },
    () => ({ status: "ok" as const }),
  );

  app.post<{ Body: LoginRequest }>(
    "/v1/login",
    {
      config: { public: true },
      schema: {
        tags: ["account"],
        summary: "Sign in and get a token for this device",
        body: LoginRequest,
        response: { 200: LoginResponse, ...ERROR_RESPONSES },
        security: [],
      },
    },
    (request) => ctx.auth.login(request.body, request.ip),
  );

  app.post(
    "/v1/logout",
    { schema: { tags: ["account"], response: ERROR_RESPONSES } },
    (request, reply) => {
      const { account, device } = authOf(request);
      ctx.metadata.revokeDevice(account.id, device.id);
      ctx.push.revoke(account.id, device.id);
      return reply.status(204).send();
    },
  );

  app.get(
    "/v1/account",
    { schema: { tags: ["account"], response: { 200: AccountInfo, ...ERROR_RESPONSES } } },
    (request): AccountInfo => {
      const { account, device } = authOf(request);
      const fresh = ctx.metadata.getAccount(account.id) ?? account;
      return {
        user: fresh.name,
        deviceId: device.id,
        cursor: fresh.cursor,
        fingerprint: ctx.metadata.fingerprint(),
        usedBytes: fresh.usedBytes,
        quotaBytes: fresh.quotaBytes,
        totpEnabled: fresh.totpSecret !== null,
      };
    },
  );

  app.get(
    "/v1/devices",
    { schema: { tags: ["account"], response: { 200: Type.Array(Device), ...ERROR_RESPONSES } } },
    (request) => {
      const { account, device } = authOf(request);
      return ctx.metadata.listDevices(account.id).map((d) => ({
        id: d.id,
        name: d.name,
        createdAt: d.createdAt,
        lastSeenAt: d.lastSeenAt,
        current: d.id === device.id,
      }));
    },
  );

  app.delete<{ Params: { id: string } }>(
    "/v1/devices/:id",
    {
      schema: {
        tags: ["account"],
        summary: "Revoke a device: its token fails at once, push connections included",
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: ERROR_RESPONSES,
      },
    },
    (request, reply) => {
      const { account } = authOf(request);
      if (!ctx.metadata.revokeDevice(account.id, request.params.id)) {
        throw new CirrusError("not_found", "no such device");
      }
      ctx.push.revoke(account.id, request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    "/v1/totp/enroll",
    { schema: { tags: ["account"], response: { 200: TotpEnrollResponse, ...ERROR_RESPONSES } } },
    (request) => ctx.auth.enrollTotp(authOf(request).account),
  );

  app.post<{ Body: { code: string } }>(
    "/v1/totp/verify",
    { schema: { tags: ["account"], body: TotpCode, response: ERROR_RESPONSES } },
    (request, reply) => {
      ctx.auth.verifyTotp(authOf(request).account, request.body.code);
      return reply.status(204).send();
    },
  );

  app.post<{ Body: { code: string } }>(
    "/v1/totp/disable",
    { schema: { tags: ["account"], body: TotpCode, response: ERROR_RESPONSES } },
    (request, reply) => {
      ctx.auth.disableTotp(authOf(request).account, request.body.code);
      return reply.status(204).send();
    },
  );
}
