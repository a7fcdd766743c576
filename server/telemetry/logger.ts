import { pino, type DestinationStream, type Logger } from "pino";
import { currentLogContext } from "./log-context.js";

/**
 * Where secrets can appear in what we log: request headers, token responses, msal and Graph errors,
 * settings objects. pino's `*` matches one level, so the common keys are listed at the top and one down.
 */
const secretKeys = ["accessToken", "access_token", "refreshToken", "refresh_token", "idToken", "id_token", "delegatedToken", "clientSecret", "client_secret", "password", "assertion"];
const redactPaths = [
  ...secretKeys,
  ...secretKeys.map((key) => `*.${key}`),
  "authorization",
  "*.authorization",
  "*.headers.authorization",
  "*.headers.cookie",
  '*.headers["set-cookie"]',
  "req.query.code",
  "req.query.state",
  "*.consentSigningKey",
  "*.appInsightsConnectionString",
];

/** Options for {@link createLogger}. */
export interface CreateLoggerOptions {
  /** Where lines go; stdout by default (App Service collects it). Tests pass a stream to read them back. */
  destination?: DestinationStream;
}

/** pino with secrets redacted and the current request id / job id (see withLogContext) on every line. */
export function createLogger(settings: { logLevel: string }, options: CreateLoggerOptions = {}): Logger {
  const logOptions = {
    level: settings.logLevel,
    redact: { paths: redactPaths, censor: "[redacted]" },
    mixin: () => ({ ...currentLogContext() }),
  };
  return options.destination ? pino(logOptions, options.destination) : pino(logOptions);
}
