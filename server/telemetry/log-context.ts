import { AsyncLocalStorage } from "node:async_hooks";

/** What every log line written while handling one request or one job step carries. */
export interface LogContext {
  requestId?: string;
  jobId?: string;
  customerId?: string;
}

const store = new AsyncLocalStorage<LogContext>();

/** Runs `work` with these fields added to every log line it writes, however deep and however async. */
export function withLogContext<T>(context: LogContext, work: () => T): T {
  return store.run({ ...store.getStore(), ...context }, work);
}

/** The fields of the innermost {@link withLogContext} around the caller (empty outside one). */
export function currentLogContext(): LogContext {
  return store.getStore() ?? {};
}
