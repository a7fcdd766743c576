import type { ClientRequest, IncomingMessage } from "node:http";

/** Telemetry as started: whether it exports, and how to flush it before the process ends. */
export interface Telemetry {
  enabled: boolean;
  /** Sends what is buffered and stops the exporters; never rejects (telemetry must not fail a shutdown). */
  shutdown(): Promise<void>;
}

/** Options for {@link startTelemetry}. */
export interface StartTelemetryOptions {
  /** Application Insights' connection string. Absent (local mode): telemetry stays off and nothing is loaded. */
  connectionString?: string | undefined;
}

/** The part of an OpenTelemetry span this file writes to. */
interface AttributeSink {
  setAttribute(key: string, value: string): unknown;
}

/**
 * URLs lose their query before export: the /auth callbacks carry an authorization code and a consent state,
 * Graph calls carry search terms and paging cursors. Both the old and the stable semantic-convention names.
 */
function dropQuery(span: AttributeSink, request: ClientRequest | IncomingMessage): void {
  const incoming = "url" in request && "headers" in request; // a ClientRequest has neither
  const target = incoming ? (request.url ?? "/") : (request as ClientRequest).path;
  const path = target.split("?")[0] ?? "/";
  const host = incoming ? (request.headers.host ?? "localhost") : (request as ClientRequest).host;
  const scheme = incoming ? (request.headers["x-forwarded-proto"] === "https" ? "https" : "http") : (request as ClientRequest).protocol.replace(/:$/, "");
  const url = `${scheme}://${host}${path}`;
  for (const [key, value] of [["http.target", path], ["http.url", url], ["url.query", ""], ["url.full", url]] as const) span.setAttribute(key, value);
}

/** Readiness and liveness probes every few seconds would drown the request telemetry that matters. */
const probePaths = new Set(["/healthz", "/readyz"]);

/**
 * Exports OpenTelemetry traces (incoming requests; outgoing node:http calls the instrumentation sees, which
 * leaves out fetch-based ones such as the Graph SDK's) and standard metrics to Application Insights through
 * `@azure/monitor-opentelemetry`. Call it before the server's modules load (server/main.ts imports the server
 * afterwards), because instrumentation hooks only see modules loaded later.
 */
export async function startTelemetry(options: StartTelemetryOptions = {}): Promise<Telemetry> {
  const connectionString = options.connectionString;
  if (!connectionString) return { enabled: false, shutdown: async () => undefined };
  // The ESM loader hooks (import-in-the-middle) first, as Microsoft documents for ES modules.
  await import("@azure/monitor-opentelemetry/loader");
  const { useAzureMonitor, shutdownAzureMonitor } = await import("@azure/monitor-opentelemetry");
  const http = {
    enabled: true,
    ignoreIncomingRequestHook: (request: IncomingMessage) => probePaths.has((request.url ?? "").split("?")[0] ?? ""),
    requestHook: (span: AttributeSink, request: ClientRequest | IncomingMessage) => dropQuery(span, request),
  };
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    enableLiveMetrics: false,
    instrumentationOptions: { http, azureSdk: { enabled: true } },
  });
  return { enabled: true, shutdown: () => shutdownAzureMonitor().catch(() => undefined) };
}
