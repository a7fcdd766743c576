import type { AuditLog } from "../ports/audit-log.port.js";
import type { Clock } from "../ports/clock.port.js";
import type { ConsentStateStore } from "../ports/consent-state-store.port.js";
import type { CustomerStore } from "../ports/customer-store.port.js";
import type { DirectoryPort } from "../ports/directory.port.js";
import type { AppTokenPort, ConsentPort, TenantResolver } from "../ports/identity.port.js";
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
  consentTokens: ConsentTokens;
  clock: Clock;
}
