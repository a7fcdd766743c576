import { pino } from "pino";
import { createHttpServer } from "../../../../server/app.js";
import { composeServices } from "../../../../server/compose.js";
import { loadConfig } from "../../../../server/config/config.js";

/** One route as restify mounted it: `GET /api/customers/:id`. */
export interface MountedRoute {
  method: string;
  path: string;
  /** `${method} ${path}`, the key of the tables below. */
  key: string;
}

/**
 * Every route the server mounts, read from restify's own router (`router.getDebugInfo()`), so a route added
 * tomorrow is in the security suites without anyone listing it. Built synchronously from local-mode settings
 * (nothing listens, nothing is called) so that mocha can define one test per route.
 */
export function mountedRoutes(): MountedRoute[] {
  if (mounted) return mounted;
  const config = loadConfig({ B365_MODE: "local", B365_TABLE_PREFIX: "routetable" });
  const server = createHttpServer(composeServices(config, pino({ level: "silent" })));
  const info = server.router.getDebugInfo() as Record<string, { method: string; path: string | RegExp }>;
  mounted = Object.values(info).map(({ method, path }) => {
    const upper = method.toUpperCase();
    return { method: upper, path: String(path), key: `${upper} ${String(path)}` };
  });
  return mounted;
}
let mounted: MountedRoute[] | undefined;

/** Routes that take no staff token by design, and why. Every other route must refuse every bad credential. */
export const publicRoutes: Readonly<Record<string, string>> = {
  "GET /healthz": "liveness probe for the load balancer; answers a constant",
  "GET /readyz": "readiness probe; says only whether storage answers",
  "GET /auth/config": "the tab reads which sign-in to use before anyone is signed in; client id only",
  "GET /auth/signin/start": "local sign-in: a browser navigation to devtenant's picker, guarded by a state cookie",
  "GET /auth/signin/callback": "local sign-in: Entra's redirect back; the state must match the cookie set at start",
  "GET /auth/consent/start": "the Authorise popup: a browser navigation carrying the HMAC-signed, single-use consent state",
  "GET /auth/consent/callback": "Microsoft's redirect after admin consent: signed state + the popup's binding cookie",
  "GET /*": "the built tab's static files (HTML, JS, CSS); they hold no data",
};

/** Routes that have an authentication of their own (not staff tokens), where a staff token of any kind is a 401. */
export const ownAuthRoutes: Readonly<Record<string, string>> = {
  "POST /api/messages": "the bot endpoint accepts only Bot Framework channel tokens (see bot-endpoint-auth.test.ts)",
};

/** Bodies for routes that need one (valid for the route, so an auth bypass would show as a success). */
export const sampleBodies: Readonly<Record<string, unknown>> = {
  "PUT /api/customers/:id/tenant": { tenant: "tailspintoys.onmicrosoft.com" },
  "PUT /api/customers/:id/auto": { on: true },
  "POST /api/customers/:id/enable": { all: true },
  "POST /api/customers/:id/sharepoint/provision": { reports: ["completion"], cadence: "onCompletion", emails: ["ops@northwindmsp.onmicrosoft.com"] },
  "POST /api/messages": { type: "message", text: "customers", channelId: "msteams", conversation: { id: "a:matrix" }, from: { id: "29:matrix" }, recipient: { id: "28:bot" } },
};

/** The body a route is called with: its sample, or `{}` for any other POST/PUT/PATCH. */
export function sampleBody(route: MountedRoute): unknown {
  if (route.key in sampleBodies) return sampleBodies[route.key];
  return ["POST", "PUT", "PATCH"].includes(route.method) ? {} : undefined;
}

/** True for a route that changes something (its refusals must leave storage untouched, and viewers are refused). */
export function isMutating(route: MountedRoute): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(route.method);
}

/** The route's path with its parameters filled in (`:id` → a customer of the caller's MSP unless given). */
export function concretePath(route: MountedRoute, params: Record<string, string> = {}): string {
  const values: Record<string, string> = { id: "tailspin-toys", jobId: "job-does-not-exist", ...params };
  return route.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => encodeSegment(values[name] ?? "x")).replace(/\/\*$/, "/index.html");
}

/** encodeURIComponent, or (for a lone surrogate, which it refuses) the UTF-8 bytes Node would send. */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value, "utf8")].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");
  }
}

/** Calls a route once with an Authorization header (or none) and answers the status and the parsed body. */
export async function callRoute(baseUrl: string, route: MountedRoute, authorization: string | null, options: { params?: Record<string, string>; body?: unknown; origin?: string } = {}): Promise<{ status: number; body: any; text: string }> {
  const body = options.body !== undefined ? options.body : sampleBody(route);
  const response = await fetch(`${baseUrl}${concretePath(route, options.params)}`, {
    method: route.method,
    redirect: "manual",
    headers: { ...(authorization ? { authorization } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed, text };
}
