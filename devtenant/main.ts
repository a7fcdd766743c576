import { startDevTenant } from './start.js';

function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} must be a port number, got '${raw}'`);
  return port;
}

/** CLI: starts devtenant from environment settings and prints one JSON line when listening. */
async function main(): Promise<void> {
  const latency = process.env.DEVTENANT_LATENCY_MS;
  const devtenant = await startDevTenant({
    httpsPort: portFrom('DEVTENANT_HTTPS_PORT', 4400),
    browserPort: portFrom('DEVTENANT_BROWSER_PORT', 4401),
    caDir: process.env.DEVTENANT_CA_DIR || undefined,
    latencyMs: latency ? Number(latency) : undefined,
  });
  process.stdout.write(`${JSON.stringify({ devtenant: { url: devtenant.url, browserUrl: devtenant.browserUrl, caCertPath: devtenant.caCertPath } })}\n`);
  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    devtenant.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`devtenant failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
