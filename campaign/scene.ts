import type { Customer, Job } from "../service/index.js";
import { benchMsp } from "../bench/auto-setup.js";
import { pollUntil } from "../bench/bounded.js";
import { authorise } from "../tests/support/consent.js";
import { apiClient } from "../tests/support/sign-in.js";
import type { CampaignStack } from "./stack.js";

/** The MSP every campaign customer belongs to (devtenant's MSP A, whose admin signs in). */
export const campaignMsp = benchMsp;

/** The reporting options a campaign's Provision asks for (one completion email). */
export const provisionOptions = { reports: ["completion"], cadence: "onCompletion", emails: ["noc@northwindmsp.example"] };

/** A customer record as the MSP's portal lists it, a devtenant tenant of `users` users, then Save and Authorise. */
export async function connectCustomer(stack: CampaignStack, token: string, id: string, users: number): Promise<{ tenantId: string }> {
  const domain = `${id}-${Date.now().toString(36)}.onmicrosoft.com`;
  await stack.instance.deps.customers.createIfAbsent(customerRecord(id));
  const { tenantId } = await stack.admin.createTenant({ displayName: `Campaign ${id}`, domain, userCount: users });
  const api = apiClient(stack.url(), token);
  const saved = await api.put(`/api/customers/${id}/tenant`, { tenant: domain });
  if (saved.status !== 200) throw new Error(`save ${id}: HTTP ${saved.status} ${JSON.stringify(saved.body)}`);
  const run = await authorise(stack.url(), token, id, { adminUpn: `admin@${domain}` });
  if (!run.outcome.ok) throw new Error(`authorise ${id}: ${run.outcome.message}`);
  return { tenantId };
}

/** The kinds of job a campaign runs: All (mailboxes) or Provision (SharePoint sites and OneDrive drives). */
export type JobKind = "all" | "provision";

/** Starts an All or a Provision through the API and returns the job's id. */
export async function startJob(stack: CampaignStack, token: string, customerId: string, kind: JobKind, index = 0): Promise<string> {
  const api = apiClient(stack.url(index), token);
  const answer = kind === "all"
    ? await api.post(`/api/customers/${customerId}/enable`, { all: true })
    : await api.post(`/api/customers/${customerId}/sharepoint/provision`, provisionOptions);
  if (answer.status !== 200 && answer.status !== 202) throw new Error(`start ${kind} ${customerId}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  return String(answer.body.job.id);
}

/** The job as stored (read by this process, so it works while every server is down). */
export function readJob(stack: CampaignStack, customerId: string, jobId: string): Promise<Job | null> {
  return stack.instance.deps.jobs.get(campaignMsp, customerId, jobId);
}

/** Waits until the job is finished or paused, reading storage; throws after `timeoutMs`. */
export async function waitFinished(stack: CampaignStack, customerId: string, jobId: string, timeoutMs: number): Promise<Job> {
  return pollUntil(`job ${jobId} of ${customerId} finished`, async () => {
    const job = await readJob(stack, customerId, jobId).catch(() => null);
    return job && (job.finishedAt || job.status === "paused") ? job : undefined;
  }, { timeoutMs, intervalMs: 250 });
}

function customerRecord(id: string): Customer {
  return {
    mspTenantId: campaignMsp, id, name: `Campaign ${id}`, product: "Office 365", origin: "manual",
    tenantId: null, tenantDomain: null, tenantDisplayName: null, connection: "none", connectedAt: null, connectedBy: null,
    lastConsentError: null, backupActivation: null, backupActiveFrom: null,
    autoEnable: false, autoEnabledAt: null, lastAutoRunAt: null, lastAutoRunJobId: null, activePolicyIds: {},
  };
}
