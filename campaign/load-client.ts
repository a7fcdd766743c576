import autocannon from "autocannon";

/** What the load generator saw, over every instance it hit. */
export interface LoadFigures {
  seconds: number;
  connections: number;
  requests: number;
  perSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  byStatus: Record<string, number>;
  /** Answers of 500 and above. */
  serverErrors: number;
  /** Connection errors and timeouts (no answer at all). */
  errors: number;
  timeouts: number;
  errorRate: number;
}

/**
 * autocannon against each base URL at once, `connections` split evenly, cycling through `paths` with the bearer token.
 * Latencies are collected per response (autocannon's own summary has no p95), so the percentiles cover all instances.
 */
export async function loadApi(urls: string[], paths: string[], token: string, options: { connections: number; seconds: number }): Promise<LoadFigures> {
  const times: number[] = [];
  const byStatus: Record<string, number> = {};
  const each = Math.max(1, Math.floor(options.connections / urls.length));
  const results = await Promise.all(urls.map((url) => new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url,
      connections: each,
      duration: options.seconds,
      timeout: 10,
      headers: { authorization: `Bearer ${token}` },
      requests: paths.map((path) => ({ method: "GET" as const, path })),
    }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
      byStatus[statusCode] = (byStatus[statusCode] ?? 0) + 1;
    });
  })));
  times.sort((a, b) => a - b);
  const at = (q: number): number => Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 10) / 10;
  const errors = results.reduce((n, r) => n + r.errors, 0);
  const timeouts = results.reduce((n, r) => n + r.timeouts, 0);
  const serverErrors = Object.entries(byStatus).filter(([s]) => Number(s) >= 500).reduce((n, [, v]) => n + v, 0);
  const failed = Object.entries(byStatus).filter(([s]) => Number(s) >= 400).reduce((n, [, v]) => n + v, 0) + errors;
  return {
    seconds: options.seconds,
    connections: each * urls.length,
    requests: times.length,
    perSecond: Math.round(times.length / options.seconds),
    latencyMs: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: times.at(-1) ?? 0 },
    byStatus,
    serverErrors,
    errors,
    timeouts,
    errorRate: times.length + errors > 0 ? failed / (times.length + errors) : 0,
  };
}
