/**
 * The server's entry point (`npm run start:cloud`, `npm start`'s server process): settings first (a refused
 * setting stops here with every problem named), then telemetry, then the server, loaded only after telemetry
 * so OpenTelemetry's instrumentations see http, restify and the Azure SDK load.
 */
import { ConfigError, loadConfig, type ServerConfig } from "./config/config.js";
import { createLogger } from "./telemetry/logger.js";
import { startTelemetry } from "./telemetry/start-telemetry.js";

let config: ServerConfig;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Backup365 for Teams did not start.\n${error.message}`);
  process.exit(1);
}
const log = createLogger(config);
const telemetry = await startTelemetry({ connectionString: config.appInsightsConnectionString });
if (telemetry.enabled) log.info("telemetry goes to Application Insights");
const { startServer } = await import("./start.js");
const server = await startServer(config, log);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    void server
      .close()
      .then(() => telemetry.shutdown())
      .then(() => process.exit(0));
  });
}
