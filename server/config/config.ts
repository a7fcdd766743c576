import type { z } from "zod";
import { localDefaults } from "./local-defaults.js";
import { findLocalSettings } from "./local-settings-guard.js";
import { settingEnvNames, settingsSchema, type SettingName } from "./settings.js";
import { storageSettings, type StorageSettings } from "./storage-location.js";

/** Every setting the server runs on, validated once at start-up, plus where storage is. */
export type ServerConfig = z.infer<typeof settingsSchema> & { storage: StorageSettings };

/** Start-up refused: each problem names its environment variable and what to do. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly code = "CONFIG.INVALID";
  constructor(
    readonly mode: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid configuration (${mode} mode):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Any of these present (without B365_MODE) means cloud mode. */
const cloudKeys = ["B365_AUTHORITY_HOST", "B365_CLIENT_ID", "B365_CLIENT_SECRET", "B365_STORAGE_TABLE_ENDPOINT", "B365_STORAGE_QUEUE_ENDPOINT"] as const;
/** Required in cloud mode, where nothing falls back to a local value. */
const cloudRequired: readonly SettingName[] = [
  "publicBaseUrl",
  "authorityHost",
  "clientId",
  "clientSecret",
  "mspTenantIds",
  "storageTableEndpoint",
  "storageQueueEndpoint",
  "consentSigningKey",
  "appInsightsConnectionString",
];
/** Refused in local mode, which always uses Azurite's connection string (telemetry settings are simply ignored there). */
const localRefused: readonly SettingName[] = ["storageTableEndpoint", "storageQueueEndpoint", "managedIdentityClientId"];

/**
 * Reads settings from the environment. Local mode (no cloud settings) fills devtenant/Azurite defaults;
 * cloud mode requires every setting and refuses any loopback, devtenant or Azurite value. Throws {@link ConfigError}.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const mode = env.B365_MODE || (cloudKeys.some((k) => env[k]) ? "cloud" : "local");
  if (mode !== "local" && mode !== "cloud") throw new ConfigError(mode, [`B365_MODE: must be "local" or "cloud"`]);
  const local = mode === "local";
  const read = (name: SettingName): string | undefined => (env[settingEnvNames[name]] === "" ? undefined : env[settingEnvNames[name]]);
  const pick = (name: SettingName, localValue: string | undefined, cloudValue?: string): string | undefined => read(name) ?? (local ? localValue : cloudValue);
  const port = read("port") ?? String(localDefaults.port);
  const publicBaseUrl = pick("publicBaseUrl", `http://localhost:${port}`);
  const clientId = pick("clientId", localDefaults.clientId);
  const raw: Record<SettingName, unknown> = {
    mode,
    port,
    host: read("host") ?? "0.0.0.0",
    publicBaseUrl,
    authorityHost: pick("authorityHost", localDefaults.authorityHost),
    graphBaseUrl: pick("graphBaseUrl", localDefaults.graphBaseUrl, "https://graph.microsoft.com"),
    clientId,
    clientSecret: pick("clientSecret", localDefaults.clientSecret),
    apiScope: read("apiScope") ?? `api://${local ? "localhost" : hostOf(publicBaseUrl)}/${clientId}/access_as_user`,
    mspTenantIds: pick("mspTenantIds", localDefaults.mspTenantIds.join(","))?.split(",").map((s) => s.trim()).filter(Boolean),
    storageConnectionString: pick("storageConnectionString", localDefaults.storageConnectionString),
    storageTableEndpoint: read("storageTableEndpoint"),
    storageQueueEndpoint: read("storageQueueEndpoint"),
    managedIdentityClientId: read("managedIdentityClientId"),
    azureCredential: read("azureCredential") ?? "managedIdentity",
    tablePrefix: read("tablePrefix") ?? "b365",
    consentSigningKey: pick("consentSigningKey", localDefaults.consentSigningKey),
    consentTtlSeconds: read("consentTtlSeconds") ?? "600",
    tabDirectory: read("tabDirectory") ?? "dist/tab",
    pollSeconds: read("pollSeconds") ?? (local ? "2" : "60"),
    queueVisibilitySeconds: read("queueVisibilitySeconds") ?? "30",
    workerConcurrency: read("workerConcurrency") ?? "16",
    sweepTickSeconds: read("sweepTickSeconds") ?? "60",
    cardEditIntervalSeconds: read("cardEditIntervalSeconds") ?? "3",
    readyCacheSeconds: read("readyCacheSeconds") ?? "5",
    appInsightsConnectionString: local ? undefined : read("appInsightsConnectionString"),
    logLevel: read("logLevel") ?? "info",
    reportSenders: pairs(read("reportSenders")),
    reportMinIntervalSeconds: read("reportMinIntervalSeconds") ?? "900",
    reportDailySeconds: read("reportDailySeconds") ?? "86400",
    reportTickSeconds: read("reportTickSeconds") ?? "30",
    reportRetrySeconds: read("reportRetrySeconds") ?? "30",
  };
  const problems: string[] = [];
  const unset = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);
  for (const name of local ? [] : cloudRequired) {
    if (unset(raw[name])) problems.push(`${settingEnvNames[name]}: is not set (required in cloud mode)`);
  }
  for (const name of local ? localRefused : []) {
    if (read(name) !== undefined) problems.push(`${settingEnvNames[name]}: is for cloud mode only; local mode uses Azurite (B365_STORAGE_CONNECTION_STRING)`);
  }
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    const missing = new Set(problems.map((p) => p.split(":")[0]));
    for (const issue of parsed.error.issues) {
      const name = settingEnvNames[issue.path[0] as SettingName] ?? String(issue.path[0] ?? "setting");
      if (!missing.has(name)) problems.push(`${name}${issue.path.length > 1 ? `[${issue.path.slice(1).join(".")}]` : ""}: ${issue.message}`);
    }
  }
  if (parsed.success && !local) problems.push(...findLocalSettings(parsed.data));
  if (problems.length > 0 || !parsed.success) throw new ConfigError(mode, problems);
  return { ...parsed.data, storage: storageSettings(parsed.data) };
}

/** `key=value,key=value` as an object (a pair without `=` keeps an empty value, which validation names). */
function pairs(text: string | undefined): Record<string, string> {
  const entries = (text ?? "").split(",").map((p) => p.trim()).filter(Boolean);
  return Object.fromEntries(entries.map((p) => [p.split("=")[0]!.trim(), p.slice(p.indexOf("=") + 1 || p.length).trim()]));
}

function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? "").host;
  } catch {
    return "invalid";
  }
}
