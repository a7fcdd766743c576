import type { AuditLog } from "../ports/audit-log.port.js";
import type { Clock } from "../ports/clock.port.js";
import type { ConsentStateStore } from "../ports/consent-state-store.port.js";
import type { CustomerStore } from "../ports/customer-store.port.js";
import type { DirectoryPort } from "../ports/directory.port.js";
import type { AppTokenPort, ConsentPort, TenantResolver } from "../ports/identity.port.js";
import type { BackupPort } from "../ports/backup.port.js";
import type { JobStore } from "../ports/job-store.port.js";
import type { TenantUserStore } from "../ports/tenant-user-store.port.js";
import type { WorkQueue } from "../ports/work-queue.port.js";
import type { SitesPort } from "../ports/sites.port.js";
import type { ReportStore } from "../ports/report-store.port.js";
import type { ConsentTokens } from "./consent-token.js";

/** Everything the provisioning use cases may need; each use case takes only the part it uses. */
export interface ProvisioningDeps {
  customers: CustomerStore;
  consentStates: ConsentStateStore;
  audit: AuditLog;
  tenants: TenantResolver;
  consent: ConsentPort;
  appTokens: AppTokenPort;
  directory: DirectoryPort;
  sites: SitesPort;
  consentTokens: ConsentTokens;
  clock: Clock;
  backup: BackupPort;
  jobs: JobStore;
  tenantUsers: TenantUserStore;
  queue: WorkQueue;
  reports: ReportStore;
  settings: ProvisioningSettings;
}

/** Tunables of the provisioning use cases. */
export interface ProvisioningSettings {
  /** Our app's client id: the application Microsoft 365 Backup registers as a controller. */
  appId: string;
  /** How long to wait between progress polls of Microsoft 365 Backup. */
  pollSeconds: number;
}
