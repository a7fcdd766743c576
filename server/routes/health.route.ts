import type { Request, Response, Server } from "restify";
import type { AppServices } from "../compose.js";

/** One dependency's state in /readyz: `reason` says, without hostnames or secrets, why it is not ready. */
export interface ReadinessCheck {
  ok: boolean;
  reason?: string;
}

/** The /readyz body. */
export interface Readiness {
  ready: boolean;
  checks: { storage: ReadinessCheck; identity: ReadinessCheck };
}

const probeTimeoutMs = 3000;

/**
 * /healthz: the process answers (App Service's health check: restart it if not). /readyz: storage (tables and
 * the queue, with our identity) and the identity provider (the MSP tenant's OpenID metadata) answer too; 503
 * with a reason otherwise. One answer is reused for `readyCacheSeconds`, and concurrent probes share one check.
 */
export function registerHealthRoutes(server: Server, services: AppServices): void {
  const check = cachedReadiness(services);
  server.get("/healthz", async (_req: Request, res: Response) => {
    res.setHeader("cache-control", "no-store");
    res.send(200, { status: "ok" });
  });
  server.get("/readyz", async (_req: Request, res: Response) => {
    const readiness = await check();
    res.setHeader("cache-control", "no-store");
    res.send(readiness.ready ? 200 : 503, { status: readiness.ready ? "ready" : "not ready", checks: readiness.checks });
  });
}

function cachedReadiness(services: AppServices): () => Promise<Readiness> {
  const cacheMs = services.config.readyCacheSeconds * 1000;
  let last: { at: number; answer: Promise<Readiness> } | undefined;
  let wasReady = true;
  return () => {
    const now = Date.now();
    if (last && now - last.at < cacheMs) return last.answer;
    const answer = checkReadiness(services).then((readiness) => {
      if (readiness.ready !== wasReady) {
        if (readiness.ready) services.log.info({ checks: readiness.checks }, "ready again");
        else services.log.warn({ checks: readiness.checks }, "not ready");
      }
      wasReady = readiness.ready;
      return readiness;
    });
    last = { at: now, answer };
    return answer;
  };
}

async function checkReadiness(services: AppServices): Promise<Readiness> {
  const [storage, identity] = await Promise.all([checkStorage(services), checkIdentity(services)]);
  return { ready: storage.ok && identity.ok, checks: { storage, identity } };
}

async function checkStorage(services: AppServices): Promise<ReadinessCheck> {
  const signal = AbortSignal.timeout(probeTimeoutMs);
  const [tables, queue] = await Promise.all([settle(services.tables.ping({ signal })), settle(services.queue.ping({ signal }))]);
  if (tables && queue) return { ok: false, reason: `tables ${tables}; queue ${queue}` };
  if (tables || queue) return { ok: false, reason: tables ? `tables ${tables}` : `queue ${queue}` };
  return { ok: true };
}

async function checkIdentity(services: AppServices): Promise<ReadinessCheck> {
  const { authorityHost, mspTenantIds } = services.config;
  const url = `${authorityHost.replace(/\/+$/, "")}/${mspTenantIds[0]}/v2.0/.well-known/openid-configuration`;
  const failure = await settle(
    (async () => {
      const response = await fetch(url, { signal: AbortSignal.timeout(probeTimeoutMs) });
      if (!response.ok) throw Object.assign(new Error("metadata"), { statusCode: response.status });
      const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
      if (typeof metadata.issuer !== "string" || typeof metadata.jwks_uri !== "string") throw new Error("no issuer or jwks_uri");
    })(),
  );
  return failure ? { ok: false, reason: `OpenID metadata ${failure}` } : { ok: true };
}

/** Resolves to undefined when the work succeeds, else to a short description of why it failed. */
async function settle(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
    return undefined;
  } catch (error) {
    return describeFailure(error);
  }
}

function describeFailure(error: unknown): string {
  const e = (error ?? {}) as { name?: string; statusCode?: number; code?: unknown; cause?: { code?: unknown }; message?: string };
  if (e.name === "TimeoutError" || e.name === "AbortError") return `timed out after ${probeTimeoutMs / 1000} s`;
  if (typeof e.statusCode === "number") return `answered HTTP ${e.statusCode}${typeof e.code === "string" ? ` ${e.code}` : ""}`;
  const code = typeof e.code === "string" ? e.code : typeof e.cause?.code === "string" ? e.cause.code : undefined;
  if (code && /^E[A-Z_]+$/.test(code)) return `unreachable (${code})`;
  if (e.message === "no issuer or jwks_uri") return "has no issuer or jwks_uri";
  return "unreachable";
}
