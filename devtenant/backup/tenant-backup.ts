import type { UnitTable } from './unit-table.js';
import type { WorkloadKey } from './workloads.js';

/** Graph's identitySet, as devtenant fills it from the caller's token. */
export type IdentitySet = { application?: { id: string; displayName: string | null }; user?: { id: string; displayName: string | null } };

/** The tenant's Microsoft 365 Backup service status (Graph `serviceStatus`), plus the billing owner. */
export type ServiceStatusRecord = {
  status: 'disabled' | 'enabled';
  backupServiceConsumer: 'unknown' | 'thirdparty';
  disableReason: 'none' | 'userRequested';
  appOwnerTenantId: string | null;
  modifiedAt: number | null;
  modifiedBy: IdentitySet | null;
};

/** A registered third-party controller (Graph `serviceApp`); `pendingActive` turns `active` at `effectiveAt`. */
export type ServiceAppRecord = {
  id: string;
  appId: string;
  appDisplayName: string | null;
  status: 'inactive' | 'active' | 'pendingActive';
  effectiveAt: number | null;
  registeredAt: number;
  modifiedAt: number;
  modifiedBy: IdentitySet;
};

/**
 * A bulk addition job: failures are resolved at creation, status is read from time. The inputs are
 * echoed back as given, so they are kept joined by newlines (one string, not 50,000).
 */
export type JobRecord = {
  id: string;
  displayName: string | null;
  createdAt: number;
  completeAt: number;
  createdBy: IdentitySet;
  ids: string;
  names: string;
  failures: { code: string; message: string; target: string }[];
};

/** One protection policy and its units (compact) and bulk jobs. */
export type PolicyRecord = {
  id: string;
  workload: WorkloadKey;
  displayName: string;
  createdAt: number;
  createdBy: IdentitySet;
  modifiedAt: number;
  modifiedBy: IdentitySet;
  activatedAt: number | null;
  units: UnitTable;
  jobs: JobRecord[];
};

/** All Microsoft 365 Backup state of one tenant. */
export class TenantBackup {
  readonly serviceStatus: ServiceStatusRecord = {
    status: 'disabled', backupServiceConsumer: 'unknown', disableReason: 'none', appOwnerTenantId: null, modifiedAt: null, modifiedBy: null,
  };
  readonly serviceApps: ServiceAppRecord[] = [];
  readonly policies: PolicyRecord[] = [];
  /** Admin knob: another vendor's controller is already active here, so activation is deferred. */
  otherControllerActive = false;
  /** Attempts to add a resource that is already a unit of the policy (ignored, idempotent). */
  duplicateUnitAdds = 0;

  /** A policy by id (case-insensitive). */
  policy(id: string): PolicyRecord | undefined {
    const key = id.toLowerCase();
    return this.policies.find((p) => p.id === key);
  }

  /** The tenant's policies of one workload (at most one). */
  policiesOf(workload: WorkloadKey): PolicyRecord[] {
    return this.policies.filter((p) => p.workload === workload);
  }
}
