/** Connector answers worth another try: throttled, ETag race on an edit, gateway trouble. */
const retriable = new Set([412, 429, 502, 503, 504]);

/** The HTTP status botbuilder's connector error carries (`statusCode`), if any. */
function statusOf(error: unknown): number {
  return typeof error === "object" && error !== null && "statusCode" in error ? Number(error.statusCode) : 0;
}

export interface ConnectorRetryOptions {
  attempts?: number;
  baseDelayMs?: number;
}

/** Runs a Bot Connector call again on 412/429/502/503/504, with jittered exponential backoff and a ceiling on attempts. */
export async function withConnectorRetry<T>(call: () => Promise<T>, options: ConnectorRetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  const base = options.baseDelayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= attempts || !retriable.has(statusOf(error))) throw error;
      const delay = base * 2 ** (attempt - 1) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
