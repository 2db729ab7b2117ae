// Turns every failure into `{ code, message }` with the right HTTP status: our own
// CirrusErrors, Fastify's validation and body errors, and anything unexpected.
import type { FastifyError, FastifyInstance } from "fastify";
import { CirrusError, type ErrorCode } from "../../shared/errors.js";
import { isDiskFull } from "../disk-full.js";

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "bad_request",
  FST_ERR_CTP_EMPTY_JSON_BODY: "bad_request",
  FST_ERR_CTP_INVALID_JSON_BODY: "bad_request",
  FST_ERR_VALIDATION: "bad_request",
};

/** The CirrusError a request's failure is answered with. */
export function classifyError(error: FastifyError | CirrusError): CirrusError {
  if (error instanceof CirrusError) return error;
  // Nothing was stored (a put batch is all or nothing): the client may try again later.
  if (isDiskFull(error)) {
    return new CirrusError("server_full", "the server is out of disk space; try again later");
  }
  const code = FASTIFY_CODES[error.code] ?? (error.validation ? "bad_request" : undefined);
  if (code) return new CirrusError(code, error.message);
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return new CirrusError("bad_request", `malformed request: ${error.message}`);
  }
  if (error.statusCode === 413) return new CirrusError("payload_too_large", error.message);
  if (error.statusCode === 415) return new CirrusError("unsupported_media_type", error.message);
  return new CirrusError("internal", "internal server error");
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler<FastifyError | CirrusError>((error, request, reply) => {
    const classified = classifyError(error);
    // Failures of the server itself (a full disk too) are the operator's to see.
    if (classified.code === "internal" || classified.code === "server_full") {
      request.log.error({ err: error }, "request failed");
    }
    const retry = (classified.detail as { retryAfterSeconds?: number } | undefined)
      ?.retryAfterSeconds;
    if (retry !== undefined) void reply.header("retry-after", String(retry));
    return reply.status(classified.status).send(classified.toBody());
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(new CirrusError("not_found", `no route ${request.method} ${request.url}`).toBody()),
  );
}
