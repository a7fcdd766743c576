import { iso, isoOrNull } from './backup-request.js';
import type { PolicyRecord, ServiceAppRecord, ServiceStatusRecord } from './tenant-backup.js';
import type { Workload } from './workloads.js';

/** Microsoft 365 Backup's standard retention: every 10 minutes for two weeks, weekly for a year. */
const RETENTION_SETTINGS = [
  { interval: 'R/PT10M', period: 'P2W' },
  { interval: 'R/P1W', period: 'P1Y' },
];

/** Graph `serviceStatus`. */
export function serviceStatusView(s: ServiceStatusRecord): Record<string, unknown> {
  return {
    status: s.status,
    backupServiceConsumer: s.backupServiceConsumer,
    disableReason: s.disableReason,
    gracePeriodDateTime: null,
    restoreAllowedTillDateTime: null,
    lastModifiedBy: s.modifiedBy,
    lastModifiedDateTime: isoOrNull(s.modifiedAt),
  };
}

/** A service app's status now: `pendingActive` becomes `active` once its effective time has passed. */
export function serviceAppStatus(app: ServiceAppRecord, now: number): ServiceAppRecord['status'] {
  return app.status === 'pendingActive' && app.effectiveAt !== null && app.effectiveAt <= now ? 'active' : app.status;
}

/** Graph `serviceApp`. */
export function serviceAppView(app: ServiceAppRecord, now: number): Record<string, unknown> {
  const status = serviceAppStatus(app, now);
  const turnedActive = status !== app.status;
  return {
    id: app.id,
    application: { id: app.appId, displayName: app.appDisplayName },
    status,
    registrationDateTime: iso(app.registeredAt),
    effectiveDateTime: isoOrNull(app.effectiveAt),
    lastModifiedDateTime: iso(turnedActive ? (app.effectiveAt as number) : app.modifiedAt),
    lastModifiedBy: app.modifiedBy,
  };
}

/** Unit counts for `protectionPolicyArtifactCount`. */
export type ArtifactCount = { total: number; completed: number; inProgress: number; failed: number };

/** Graph `exchangeProtectionPolicy` / `sharePointProtectionPolicy` / `oneDriveForBusinessProtectionPolicy`. */
export function policyView(policy: PolicyRecord, workload: Workload, counts: ArtifactCount): Record<string, unknown> {
  const active = policy.activatedAt !== null;
  return {
    '@odata.type': `#microsoft.graph.${workload.policyType}`,
    id: policy.id,
    displayName: policy.displayName,
    isEnabled: active,
    status: active ? 'active' : 'inactive',
    createdDateTime: iso(policy.createdAt),
    createdBy: policy.createdBy,
    lastModifiedDateTime: iso(policy.modifiedAt),
    lastModifiedBy: policy.modifiedBy,
    retentionSettings: RETENTION_SETTINGS,
    protectionPolicyArtifactCount: counts,
  };
}

/** Artifact counts from unit counts by status. */
export function artifactCount(total: number, byStatus: Record<string, number>): ArtifactCount {
  const completed = byStatus.protected ?? 0;
  const failed = byStatus.unprotected ?? 0;
  return { total, completed, inProgress: total - completed - failed, failed };
}
