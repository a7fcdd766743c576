import { z } from "zod";

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a GUID");
const url = z.string().url("must be a URL");
const https = url.refine((v) => v.startsWith("https://"), "must be an https:// URL");
const decimal = (min: number, max: number) => z.coerce.number({ invalid_type_error: "must be a number" }).min(min).max(max);
const whole = (min: number, max: number) => decimal(min, max).int("must be a whole number");

/** Application Insights' connection string: `InstrumentationKey=<guid>;IngestionEndpoint=https://…` (other keys allowed). */
const insightsConnectionString = z
  .string()
  .refine((v) => /(^|;)\s*InstrumentationKey\s*=\s*[0-9a-f-]{36}\s*(;|$)/i.test(v), "must contain InstrumentationKey=<GUID> (copy it from the Application Insights resource)")
  .refine((v) => !/IngestionEndpoint\s*=/i.test(v) || /IngestionEndpoint\s*=\s*https:\/\//i.test(v), "IngestionEndpoint must be https://");

/** Every setting the server reads, validated once at start-up (mode-dependent rules are in config.ts). */
export const settingsSchema = z.object({
  mode: z.enum(["local", "cloud"], { message: 'must be "local" or "cloud"' }),
  port: whole(0, 65535),
  host: z.string().min(1),
  publicBaseUrl: url,
  authorityHost: url.refine((v) => v.startsWith("https://"), "must be https (msal-node refuses http authorities)"),
  graphBaseUrl: url,
  clientId: guid,
  clientSecret: z.string().min(8, "must be at least 8 characters"),
  apiScope: z.string().min(1),
  mspTenantIds: z.array(guid.transform((v) => v.toLowerCase())).min(1, "must name at least one tenant GUID (comma-separated)"),
  /** Local mode: Azurite's connection string. Refused in cloud mode, which has no storage keys. */
  storageConnectionString: z.string().min(20, "must be a storage connection string").optional(),
  /** Cloud mode: the account's table and queue endpoints, reached with the managed identity. */
  storageTableEndpoint: https.optional(),
  storageQueueEndpoint: https.optional(),
  /** Cloud mode: the user-assigned managed identity's client id (none: the system-assigned identity). */
  managedIdentityClientId: guid.optional(),
  /** Cloud mode: `managedIdentity` on Azure; `default` (DefaultAzureCredential: env, workload identity, Azure CLI…) off Azure. */
  azureCredential: z.enum(["managedIdentity", "default"], { message: 'must be "managedIdentity" or "default"' }),
  tablePrefix: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,20}$/, "letters and digits, starting with a letter").or(z.literal("")),
  consentSigningKey: z.string().min(32, "must be at least 32 characters"),
  consentTtlSeconds: whole(1, 3600),
  tabDirectory: z.string().min(1),
  pollSeconds: decimal(0.1, 3600),
  queueVisibilitySeconds: whole(1, 3600),
  workerConcurrency: whole(1, 32), // Azure Queue Storage returns at most 32 messages per receive
  sweepTickSeconds: whole(1, 3600),
  /** At most one edit of a progress card per job and conversation this often (Teams: 60 per 30 s per conversation). */
  cardEditIntervalSeconds: decimal(0.5, 300),
  /** /readyz reuses its last answer this long, so probes (or anyone) cannot hammer storage and Entra through it. */
  readyCacheSeconds: decimal(0, 300),
  /** Cloud mode: where OpenTelemetry traces and metrics go. Ignored locally (telemetry is off). */
  appInsightsConnectionString: insightsConnectionString.optional(),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
  /** Report emails' sending mailbox per MSP tenant (`tenantId=address,…`); without one, the staff member who pressed Provision. */
  reportSenders: z.record(guid.transform((v) => v.toLowerCase()), z.string().email("must be an email address")),
  /** "On each change" reports: at most one per job this often. */
  reportMinIntervalSeconds: decimal(0, 86_400),
  /** "Daily summary" reports: one per job this often. */
  reportDailySeconds: decimal(1, 7 * 86_400),
  /** How often each instance looks for report emails due (new ones are also sent at once). */
  reportTickSeconds: decimal(0.1, 3600),
  /** The first wait before a failed report email is sent again (doubling each time, at most an hour). */
  reportRetrySeconds: decimal(0.1, 3600),
});

/** A setting's field name. */
export type SettingName = keyof z.input<typeof settingsSchema>;

/** The environment variable behind each setting, named in every error. */
export const settingEnvNames: Readonly<Record<SettingName, string>> = {
  mode: "B365_MODE",
  port: "PORT",
  host: "B365_HOST",
  publicBaseUrl: "B365_PUBLIC_BASE_URL",
  authorityHost: "B365_AUTHORITY_HOST",
  graphBaseUrl: "B365_GRAPH_BASE_URL",
  clientId: "B365_CLIENT_ID",
  clientSecret: "B365_CLIENT_SECRET",
  apiScope: "B365_API_SCOPE",
  mspTenantIds: "B365_MSP_TENANT_IDS",
  storageConnectionString: "B365_STORAGE_CONNECTION_STRING",
  storageTableEndpoint: "B365_STORAGE_TABLE_ENDPOINT",
  storageQueueEndpoint: "B365_STORAGE_QUEUE_ENDPOINT",
  managedIdentityClientId: "B365_MANAGED_IDENTITY_CLIENT_ID",
  azureCredential: "B365_AZURE_CREDENTIAL",
  tablePrefix: "B365_TABLE_PREFIX",
  consentSigningKey: "B365_CONSENT_SIGNING_KEY",
  consentTtlSeconds: "B365_CONSENT_TTL_SECONDS",
  tabDirectory: "B365_TAB_DIRECTORY",
  pollSeconds: "B365_POLL_SECONDS",
  queueVisibilitySeconds: "B365_QUEUE_VISIBILITY_SECONDS",
  workerConcurrency: "B365_WORKER_CONCURRENCY",
  sweepTickSeconds: "B365_SWEEP_TICK_SECONDS",
  cardEditIntervalSeconds: "B365_CARD_EDIT_INTERVAL_SECONDS",
  readyCacheSeconds: "B365_READY_CACHE_SECONDS",
  appInsightsConnectionString: "APPLICATIONINSIGHTS_CONNECTION_STRING",
  logLevel: "LOG_LEVEL",
  reportSenders: "B365_REPORT_SENDERS",
  reportMinIntervalSeconds: "B365_REPORT_MIN_INTERVAL_SECONDS",
  reportDailySeconds: "B365_REPORT_DAILY_SECONDS",
  reportTickSeconds: "B365_REPORT_TICK_SECONDS",
  reportRetrySeconds: "B365_REPORT_RETRY_SECONDS",
};
