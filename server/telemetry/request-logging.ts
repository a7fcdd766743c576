import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { Next, Request, RequestHandler, Response } from "restify";
import { withLogContext } from "./log-context.js";

const acceptableId = /^[A-Za-z0-9._:-]{8,128}$/;
const probes = new Set(["/healthz", "/readyz"]);

/**
 * Gives every request an id (the caller's `x-request-id` when it looks like one, else a new UUID), answers it
 * in `x-request-id`, runs the rest of the request inside that log context and logs one line when the response
 * is finished: method, path (never the query, which can carry an authorization code), status and duration.
 * Register it with `server.use` after the body parser, so the route handlers run inside its context.
 */
export function requestLogging(log: Logger): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const offered = req.header("x-request-id");
    const requestId = offered && acceptableId.test(offered) ? offered : randomUUID();
    res.setHeader("x-request-id", requestId);
    const started = process.hrtime.bigint();
    res.once("finish", () => {
      const path = req.getPath();
      const line = { requestId, method: req.method, path, status: res.statusCode, ms: Number((process.hrtime.bigint() - started) / 1_000_000n) };
      if (res.statusCode >= 500) log.warn(line, "request failed");
      else if (probes.has(path)) log.debug(line, "probe");
      else log.info(line, "request");
    });
    withLogContext({ requestId }, () => next());
  };
}
