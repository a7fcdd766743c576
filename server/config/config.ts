import { z } from "zod";
import { localDefaults } from "./local-defaults.js";

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a GUID");
const url = z.string().url();

const Settings = z.object({
  mode: z.enum(["local", "cloud"]),
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().default("0.0.0.0"),
  publicBaseUrl: url,
  authorityHost: url.refine((v) => v.startsWith("https://"), "must be https (msal-node refuses http authorities)"),
  graphBaseUrl: url,
  clientId: guid,
  clientSecret: z.string().min(8),
  apiScope: z.string().min(1),
  mspTenantIds: z.array(guid.transform((v) => v.toLowerCase())).min(1),
  storageConnectionString: z.string().min(20),
  tablePrefix: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,20}$/, "letters and digits, starting with a letter").or(z.literal("")),
  consentSigningKey: z.string().min(32),
  consentTtlSeconds: z.coerce.number().int().min(1).max(3600),
  tabDirectory: z.string(),
  pollSeconds: z.coerce.number().min(0.1).max(3600),
  queueVisibilitySeconds: z.coerce.number().int().min(1).max(3600),
  sweepTickSeconds: z.coerce.number().int().min(1).max(3600),
  /** At most one edit of a progress card per job and conversation this often (Teams: 60 per 30 s per conversation). */
  cardEditIntervalSeconds: z.coerce.number().min(0.5).max(300),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
  /** Report emails' sending mailbox per MSP tenant (`tenantId=address,…`); without one, the staff member who pressed Provision. */
  reportSenders: z.record(guid.transform((v) => v.toLowerCase()), z.string().email()),
  /** "On each change" reports: at most one per job this often. */
  reportMinIntervalSeconds: z.coerce.number().min(0).max(86_400),
  /** "Daily summary" reports: one per job this often. */
  reportDailySeconds: z.coerce.number().min(1).max(7 * 86_400),
  /** How often each instance looks for report emails due (new ones are also sent at once). */
  reportTickSeconds: z.coerce.number().min(0.1).max(3600),
});

/** Every setting the server runs on, validated once at start-up. */
export type ServerConfig = z.infer<typeof Settings>;

const cloudKeys = ["B365_AUTHORITY_HOST", "B365_CLIENT_ID", "B365_CLIENT_SECRET", "B365_STORAGE_CONNECTION_STRING"] as const;
const loopback = /^(https?:\/\/)?(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:|\/|$)|UseDevelopmentStorage|devstoreaccount1/i;

/**
 * Reads settings from the environment. Local mode (no cloud settings) fills devtenant/Azurite defaults;
 * cloud mode requires every setting and refuses any loopback or development endpoint.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const mode = env.B365_MODE ?? (cloudKeys.some((k) => env[k]) ? "cloud" : "local");
  const local = mode === "local";
  const pick = (key: string, fallback: string | undefined): string | undefined => env[key] ?? (local ? fallback : undefined);
  const port = env.PORT ?? String(localDefaults.port);
  const publicBaseUrl = pick("B365_PUBLIC_BASE_URL", `http://localhost:${port}`);
  const clientId = pick("B365_CLIENT_ID", localDefaults.clientId);
  const raw = {
    mode,
    port,
    host: env.B365_HOST,
    publicBaseUrl,
    authorityHost: pick("B365_AUTHORITY_HOST", localDefaults.authorityHost),
    graphBaseUrl: env.B365_GRAPH_BASE_URL ?? (local ? localDefaults.graphBaseUrl : "https://graph.microsoft.com"),
    clientId,
    clientSecret: pick("B365_CLIENT_SECRET", localDefaults.clientSecret),
    apiScope: env.B365_API_SCOPE ?? `api://${local ? "localhost" : new URL(publicBaseUrl ?? "https://invalid").host}/${clientId}/access_as_user`,
    mspTenantIds: (pick("B365_MSP_TENANT_IDS", localDefaults.mspTenantIds.join(",")) ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    storageConnectionString: pick("B365_STORAGE_CONNECTION_STRING", localDefaults.storageConnectionString),
    tablePrefix: env.B365_TABLE_PREFIX ?? "b365",
    consentSigningKey: pick("B365_CONSENT_SIGNING_KEY", localDefaults.consentSigningKey),
    consentTtlSeconds: env.B365_CONSENT_TTL_SECONDS ?? "600",
    tabDirectory: env.B365_TAB_DIRECTORY ?? "dist/tab",
    pollSeconds: env.B365_POLL_SECONDS ?? (local ? "2" : "60"),
    queueVisibilitySeconds: env.B365_QUEUE_VISIBILITY_SECONDS ?? "30",
    sweepTickSeconds: env.B365_SWEEP_TICK_SECONDS ?? "60",
    cardEditIntervalSeconds: env.B365_CARD_EDIT_INTERVAL_SECONDS ?? "3",
    logLevel: env.LOG_LEVEL ?? "info",
    reportSenders: Object.fromEntries((env.B365_REPORT_SENDERS ?? "").split(",").map((p) => p.trim()).filter(Boolean).map((p) => p.split("=").map((v) => v.trim()))),
    reportMinIntervalSeconds: env.B365_REPORT_MIN_INTERVAL_SECONDS ?? "900",
    reportDailySeconds: env.B365_REPORT_DAILY_SECONDS ?? "86400",
    reportTickSeconds: env.B365_REPORT_TICK_SECONDS ?? "30",
  };
  const parsed = Settings.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "setting"}: ${i.message}`);
    throw new Error(`Invalid configuration (${mode} mode):\n${lines.join("\n")}`);
  }
  if (parsed.data.mode === "cloud") refuseLocalEndpoints(parsed.data);
  return parsed.data;
}

function refuseLocalEndpoints(config: ServerConfig): void {
  const offenders = (["authorityHost", "graphBaseUrl", "storageConnectionString"] as const).filter((k) => loopback.test(config[k]));
  if (config.clientSecret === localDefaults.clientSecret) offenders.push("clientSecret" as never);
  if (offenders.length > 0) throw new Error(`Cloud mode refuses local/devtenant settings: ${offenders.join(", ")}.`);
}
