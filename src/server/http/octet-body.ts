// Raw request bodies for the chunk routes, kept as the pieces the socket delivered.
// Fastify's buffer parser joins them into one buffer: for uploads of 4 MiB that was
// ~450 ms of the endpoint's CPU per 256 MiB (copies into fresh pages) plus the garbage
// it left. A framed upload is instead split into its chunks straight from the pieces
// (chunk-framing.ts: only a frame spread over two pieces is copied). Node gives each
// socket read a buffer of its own, so the pieces may be kept.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { IncomingMessage } from "node:http";
import { CirrusError } from "../../shared/errors.js";
import { parseFrames, type FramedChunk } from "../../shared/chunk-framing.js";

export class OctetBody {
  constructor(
    readonly pieces: readonly Buffer[],
    readonly size: number,
  ) {}

  /** The body as one buffer (a copy only when it arrived in more than one piece). */
  toBuffer(): Buffer {
    return this.pieces.length === 1 ? (this.pieces[0] as Buffer) : Buffer.concat(this.pieces);
  }

  /** The body's frames ([sha256][u32 length][bytes]…); a malformed body is bad_request. */
  frames(maxChunkSize: number): FramedChunk[] {
    return parseFrames(this.pieces, maxChunkSize);
  }
}

/** Parse application/octet-stream bodies of this scope into OctetBody, within bodyLimit. */
export function addOctetBodyParser(scope: FastifyInstance): void {
  scope.addContentTypeParser(
    "application/octet-stream",
    (request: FastifyRequest, payload: IncomingMessage, done) => {
      const limit = request.routeOptions.bodyLimit;
      const declared = Number(request.headers["content-length"]);
      if (declared > limit) {
        done(tooLarge(limit), undefined);
        return;
      }
      const pieces: Buffer[] = [];
      let size = 0;
      const onData = (piece: Buffer) => {
        size += piece.length;
        if (size > limit) {
          stop();
          done(tooLarge(limit), undefined);
          return;
        }
        pieces.push(piece);
      };
      const onEnd = (error?: Error) => {
        stop();
        if (error) done(new CirrusError("bad_request", `the body was cut short: ${error.message}`));
        else if (!Number.isNaN(declared) && declared !== size) {
          done(new CirrusError("bad_request", "the body does not match its content-length"));
        } else done(null, new OctetBody(pieces, size));
      };
      const stop = () => {
        payload.off("data", onData);
        payload.off("end", onEnd);
        payload.off("error", onEnd);
      };
      payload.on("data", onData);
      payload.on("end", onEnd);
      payload.on("error", onEnd);
    },
  );
}

function tooLarge(limit: number): CirrusError {
  return new CirrusError("payload_too_large", `the body is over ${limit} bytes`);
}
