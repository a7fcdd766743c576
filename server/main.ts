import { loadConfig } from "./config/config.js";
import { createLogger, startServer } from "./start.js";

const config = loadConfig();
const log = createLogger(config);
const server = await startServer(config, log);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    void server.close().then(() => process.exit(0));
  });
}
