import type { Client } from "@microsoft/microsoft-graph-client";
import type { BackupPort, BackupServiceStatus, BulkJobRecord, PolicyRecord, ServiceAppRecord, UnitRecord, Workload } from "../../ports/backup.port.js";
import type { AppTokenPort } from "../../ports/identity.port.js";
import type { GraphClients } from "../graph/graph-clients.js";
import { translateBackupError } from "./backup-errors.js";
import { workloadNames } from "./backup-workloads.js";

const root = "/solutions/backupRestore";
type Page<T> = { value: T[]; "@odata.nextLink"?: string };
type GraphServiceApp = { id: string; application?: { id?: string }; status: ServiceAppRecord["status"]; effectiveDateTime?: string | null };
type GraphBulkJob = { id: string; displayName: string; status: BulkJobRecord["status"]; error?: { details?: Array<{ target?: string; message?: string }> } | null };
type GraphUnit = { id: string; status: string; error?: { message?: string } | null; [property: string]: unknown };

/** Microsoft 365 Backup through Graph, with app-only tokens (and a delegated one for service-app activation). */
export function createBackupAdapter(graph: GraphClients, tokens: AppTokenPort): BackupPort {
  const call = async <T>(tenantId: string, what: string, run: (client: Client) => Promise<T>): Promise<T> => {
    await tokens.getAppToken(tenantId);
    try {
      return await run(graph.forTenant(tenantId));
    } catch (error) {
      throw translateBackupError(error, what);
    }
  };
  const toApp = (app: GraphServiceApp): ServiceAppRecord => ({ id: app.id, status: app.status, effectiveDateTime: app.effectiveDateTime ?? null });
  const toJob = (job: GraphBulkJob): BulkJobRecord => ({
    id: job.id,
    displayName: job.displayName,
    status: job.status,
    unresolved: (job.error?.details ?? []).map((d) => ({ target: d.target ?? "", message: d.message ?? "Could not be resolved." })),
  });
  const policyPath = (workload: Workload, policyId: string) => `${root}/${workloadNames[workload].policies}/${encodeURIComponent(policyId)}`;
  const bulkJobsPath = (workload: Workload, policyId: string) => `${policyPath(workload, policyId)}/${workloadNames[workload].bulkJobs}`;

  return {
    findServiceApp: (tenantId, appId) =>
      call(tenantId, "the Backup service registration", async (c) => {
        const page = (await c.api(`${root}/serviceApps`).get()) as Page<GraphServiceApp>;
        const app = page.value.find((a) => a.application?.id === appId);
        return app ? toApp(app) : null;
      }),
    registerServiceApp: (tenantId, appId) =>
      call(tenantId, "the Backup service registration", async (c) => toApp(await c.api(`${root}/serviceApps`).post({ application: { id: appId } }))),
    async activateServiceApp(tenantId, serviceAppId, delegatedToken) {
      try {
        return toApp(await graph.withToken(delegatedToken).api(`${root}/serviceApps/${encodeURIComponent(serviceAppId)}/activate`).post({}));
      } catch (error) {
        throw translateBackupError(error, "the Backup service activation");
      }
    },
    getServiceStatus: (tenantId) =>
      call(tenantId, "the Backup service status", async (c) => {
        const body = (await c.api(root).get()) as { serviceStatus?: { status?: BackupServiceStatus } };
        return body.serviceStatus?.status ?? "disabled";
      }),
    enableService: (tenantId, appOwnerTenantId) => call(tenantId, "the Backup service", async (c) => void (await c.api(`${root}/enable`).post({ appOwnerTenantId }))),
    findPolicy: (tenantId, workload) =>
      call(tenantId, "the protection policy", async (c) => {
        const page = (await c.api(`${root}/${workloadNames[workload].policies}`).get()) as Page<PolicyRecord>;
        const policy = page.value[0];
        return policy ? { id: policy.id, status: policy.status } : null;
      }),
    createPolicy: (tenantId, workload, displayName) =>
      call(tenantId, "the protection policy", async (c) => {
        const names = workloadNames[workload];
        const policy = (await c.api(`${root}/${names.policies}`).post({ displayName, [names.inline]: [] })) as PolicyRecord;
        return { id: policy.id, status: policy.status };
      }),
    activatePolicy: (tenantId, policyId) =>
      call(tenantId, "the protection policy", async (c) => void (await c.api(`${root}/protectionPolicies/${encodeURIComponent(policyId)}/activate`).post({}))),
    listBulkJobs: (tenantId, workload, policyId) =>
      call(tenantId, "the bulk addition jobs", async (c) => ((await c.api(bulkJobsPath(workload, policyId)).get()) as Page<GraphBulkJob>).value.map(toJob)),
    createBulkJob: (tenantId, workload, policyId, displayName, resourceIds) =>
      call(tenantId, "a bulk addition job", async (c) => toJob(await c.api(bulkJobsPath(workload, policyId)).post({ displayName, [workloadNames[workload].idsField]: resourceIds }))),
    getBulkJob: (tenantId, workload, policyId, bulkJobId) =>
      call(tenantId, "a bulk addition job", async (c) => toJob(await c.api(`${bulkJobsPath(workload, policyId)}/${encodeURIComponent(bulkJobId)}`).get())),
    async *listUnits(tenantId, workload, policyId) {
      const names = workloadNames[workload];
      let next: string | undefined = `${policyPath(workload, policyId)}/${names.units}?$top=1000`;
      while (next) {
        const url: string = next;
        const page: Page<GraphUnit> = await call(tenantId, "the protection units", (c) => c.api(url).get());
        yield page.value.map((u): UnitRecord => ({
          id: u.id,
          resourceId: String(u[names.unitId] ?? ""),
          displayName: typeof u[names.unitName] === "string" ? (u[names.unitName] as string) : null,
          status: u.status,
          errorMessage: u.error?.message ?? null,
        }));
        next = page["@odata.nextLink"];
      }
    },
  };
}
