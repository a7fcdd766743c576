import type { Logger } from "pino";
import {
  createAppTokenAdapter,
  createAzureWorkQueue,
  createBackupAdapter,
  createJobRepository,
  createLeaseRepository,
  createStaffRepository,
  createTenantUserRepository,
  createAuditRepository,
  createConsentAdapter,
  createConsentStateRepository,
  createConsentTokens,
  createCustomerRepository,
  createDirectoryAdapter,
  createGraphClients,
  createMsalApps,
  createStaffSignInAdapter,
  createTableClientFactory,
  createTenantResolver,
  createSitesAdapter,
  createReportRepository,
  createMailAdapter,
  systemClock,
  type MailPort,
  type IdentitySettings,
  type LeaseStore,
  type ProvisioningDeps,
  type StaffStore,
  type StaffSignInPort,
  type AzureWorkQueue,
  type TableClientFactory,
} from "../service/index.js";
import { composeBot, type BotServices } from "./bot/compose-bot.js";
import { createStaffTokenVerifier, type StaffTokenVerifier } from "./auth/staff-token-verifier.js";
import type { ServerConfig } from "./config/config.js";

/** Everything the routes call, built once from the validated configuration. */
export interface AppServices extends BotServices {
  config: ServerConfig;
  log: Logger;
  deps: ProvisioningDeps;
  tables: TableClientFactory;
  queue: AzureWorkQueue;
  staff: StaffStore;
  leases: LeaseStore;
  staffSignIn: StaffSignInPort;
  verifyStaff: StaffTokenVerifier;
  mail: MailPort;
}

/** The composition root of the service layer: adapters wired to ports, nothing else. */
export function composeServices(config: ServerConfig, log: Logger): AppServices {
  const identity: IdentitySettings = {
    authorityHost: config.authorityHost,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    consentRedirectUri: new URL("/auth/consent/callback", config.publicBaseUrl).toString(),
    signInRedirectUri: new URL("/auth/signin/callback", config.publicBaseUrl).toString(),
    graphResource: "https://graph.microsoft.com",
    apiScope: config.apiScope,
  };
  const tables = createTableClientFactory(config.storage.tables, { tablePrefix: config.tablePrefix });
  const msal = createMsalApps(identity);
  const appTokens = createAppTokenAdapter(msal, identity);
  const graph = createGraphClients(appTokens, { baseUrl: config.graphBaseUrl });
  const queue = createAzureWorkQueue(config.storage.queues, `${config.tablePrefix || "b365"}-jobs`.toLowerCase());
  const deps: ProvisioningDeps = {
    customers: createCustomerRepository(tables),
    consentStates: createConsentStateRepository(tables),
    audit: createAuditRepository(tables),
    tenants: createTenantResolver(config.authorityHost),
    consent: createConsentAdapter(msal, identity),
    appTokens,
    directory: createDirectoryAdapter(graph, appTokens),
    sites: createSitesAdapter(graph, appTokens),
    reports: createReportRepository(tables),
    consentTokens: createConsentTokens(config.consentSigningKey),
    clock: systemClock,
    backup: createBackupAdapter(graph, appTokens),
    jobs: createJobRepository(tables),
    tenantUsers: createTenantUserRepository(tables),
    queue,
    settings: { appId: config.clientId, pollSeconds: config.pollSeconds },
  };
  const staff = createStaffRepository(tables);
  return {
    config,
    log,
    deps,
    tables,
    queue,
    staff,
    leases: createLeaseRepository(tables),
    ...composeBot(config, log, { deps, staff, tables }),
    staffSignIn: createStaffSignInAdapter(msal, identity),
    mail: createMailAdapter(graph),
    verifyStaff: createStaffTokenVerifier({ ...config }),
  };
}
