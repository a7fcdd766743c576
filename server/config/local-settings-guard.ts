import { localDefaults } from "./local-defaults.js";
import { settingEnvNames, type SettingName } from "./settings.js";

/** The settings the guard reads: parsed values, before storage locations are attached. */
export interface GuardedSettings {
  publicBaseUrl: string;
  authorityHost: string;
  graphBaseUrl: string;
  apiScope: string;
  clientId: string;
  clientSecret: string;
  consentSigningKey: string;
  mspTenantIds: readonly string[];
  storageConnectionString?: string | undefined;
  storageTableEndpoint?: string | undefined;
  storageQueueEndpoint?: string | undefined;
  appInsightsConnectionString?: string | undefined;
}

const loopbackHost = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/i;
const development = /UseDevelopmentStorage=true|devstoreaccount1/i;

/** True when a URL (or a scheme-less `host[:port]`) names this machine: loopback, localhost or the unspecified address. */
export function isLoopbackUrl(value: string): boolean {
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`).hostname;
  } catch {
    return false;
  }
  return loopbackHost.test(host);
}

/**
 * Lists every setting that points at this machine, devtenant or Azurite, or carries one of local mode's
 * published values, as `ENV_NAME: why`. Cloud mode refuses to start while the list is not empty.
 */
export function findLocalSettings(settings: GuardedSettings): string[] {
  const problems: string[] = [];
  const say = (name: SettingName, why: string) => problems.push(`${settingEnvNames[name]}: ${why}`);
  const urls = ["publicBaseUrl", "authorityHost", "graphBaseUrl", "storageTableEndpoint", "storageQueueEndpoint"] as const;
  for (const name of urls) {
    const value = settings[name];
    if (value === undefined) continue;
    if (isLoopbackUrl(value)) say(name, "points at this machine (loopback or localhost), which is local mode's devtenant or Azurite");
    else if (development.test(value)) say(name, "names Azurite's development account");
    else if (!value.startsWith("https://")) say(name, "must be https:// in cloud mode");
  }
  const apiHost = /^api:\/\/([^/]+)\//i.exec(settings.apiScope)?.[1];
  const derived = apiHost === hostOf(settings.publicBaseUrl); // then B365_PUBLIC_BASE_URL is the one to fix
  if (apiHost && !derived && isLoopbackUrl(apiHost)) say("apiScope", "is local mode's api://localhost audience; use api://<your domain>/<client id>/access_as_user");
  if (settings.storageConnectionString !== undefined) {
    say("storageConnectionString", "is not used in cloud mode (no storage keys): set B365_STORAGE_TABLE_ENDPOINT and B365_STORAGE_QUEUE_ENDPOINT, reached with the managed identity");
  }
  for (const key of ["IngestionEndpoint", "LiveEndpoint"]) {
    const endpoint = new RegExp(`${key}\\s*=\\s*([^;]+)`, "i").exec(settings.appInsightsConnectionString ?? "")?.[1]?.trim();
    if (endpoint && isLoopbackUrl(endpoint)) say("appInsightsConnectionString", `its ${key} points at this machine`);
  }
  if (settings.clientId === localDefaults.clientId) say("clientId", "is devtenant's seeded app registration; use your Entra app's client id");
  if (settings.clientSecret === localDefaults.clientSecret) say("clientSecret", "is devtenant's published local secret");
  if (settings.consentSigningKey === localDefaults.consentSigningKey) say("consentSigningKey", "is local mode's published key; use a fresh random value (Key Vault)");
  const seeded = settings.mspTenantIds.filter((id) => (localDefaults.mspTenantIds as readonly string[]).includes(id));
  if (seeded.length > 0) say("mspTenantIds", `${seeded.join(", ")} ${seeded.length === 1 ? "is a devtenant tenant" : "are devtenant tenants"}`);
  return problems;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
