import restify, { type Server } from "restify";
import type { AppServices } from "./compose.js";
import { securityHeaders } from "./http/security-headers.js";
import { requestLogging } from "./telemetry/request-logging.js";
import { staticFiles } from "./http/static-files.js";
import { registerApiRoutes } from "./routes/api.route.js";
import { registerBotRoutes } from "./routes/bot.route.js";
import { registerJobRoutes } from "./routes/jobs.route.js";
import { registerSharePointRoutes } from "./routes/sharepoint.route.js";
import { registerConsentRoutes } from "./routes/auth-consent.route.js";
import { registerHealthRoutes } from "./routes/health.route.js";
import { registerSignInRoutes } from "./routes/auth-signin.route.js";

/** Builds the restify server: plugins, headers, every route, then the built tab for everything else. */
export function createHttpServer(services: AppServices): Server {
  const server = restify.createServer({ name: "backup365", handleUncaughtExceptions: false });
  server.pre(restify.plugins.pre.dedupeSlashes());
  server.use(securityHeaders);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 64 * 1024, rejectUnknown: true }));
  server.use(requestLogging(services.log));
  server.on("restifyError", (_req, _res, err, callback) => {
    const status = Number(err.statusCode ?? 500);
    err.toJSON = () => ({ error: { code: `HTTP.${status}`, message: status < 500 ? String(err.message || "Bad request.") : "Something went wrong on our side." } });
    return callback();
  });
  registerHealthRoutes(server, services);
  registerSignInRoutes(server, services);
  registerConsentRoutes(server, services);
  registerApiRoutes(server, services);
  registerJobRoutes(server, services);
  registerSharePointRoutes(server, services);
  registerBotRoutes(server, services.bot);
  server.get("/*", staticFiles(services.config.tabDirectory));
  return server;
}
