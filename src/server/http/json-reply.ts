// Large answers made of plain data the server built itself (pages of changes, the
// results of a batch of operations) are serialized with JSON.stringify. The bytes are
// the same as the route's response-schema serializer's, but that one checks every
// value of a nullable or union field against its schemas (a pattern per hash, a branch
// per result): a page of 5,000 entries took it 40-85 ms against 15-20 ms here.
// The route keeps its response schema for the API description.
import type { FastifyReply } from "fastify";

export function sendJson(reply: FastifyReply, body: object): FastifyReply {
  return reply.type("application/json; charset=utf-8").send(JSON.stringify(body));
}
