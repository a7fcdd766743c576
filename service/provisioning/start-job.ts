import { randomBytes } from "node:crypto";
import type { Customer } from "../domain/customer.js";
import { jobIdTimePrefix, pendingCounts, skipKnownSetup, type Job, type JobKind, type JobStep, type UnitsRead } from "../domain/job.js";
import type { ReportingOptions } from "../domain/reporting.js";
import type { Staff } from "../domain/staff.js";
import type { ProvisioningDeps } from "./deps.js";
import { knownSetup } from "./job-steps/known-setup.js";

/** What a new job is: its kind, selection, first step, known target count, reporting options, how it confirms, and the audit line. */
export interface NewJob {
  kind: JobKind;
  selection: Job["selection"];
  step: JobStep;
  total: number;
  reporting?: ReportingOptions;
  unitsRead?: UnitsRead;
  audit: { action: string; detail: string };
}

/**
 * Stores a job — its intent: customer, selection, who, when — then queues it and writes the audit line. Nothing
 * calls Microsoft before the job is stored; any instance's worker takes it from the queue.
 */
export async function startJob(deps: Pick<ProvisioningDeps, "jobs" | "queue" | "audit" | "clock">, staff: Staff, customer: Customer & { tenantId: string }, input: NewJob, id = newJobId()): Promise<Job> {
  const now = deps.clock.now().toISOString();
  const setup = knownSetup(customer, input);
  const job = await deps.jobs.create({
    mspTenantId: staff.mspTenantId,
    customerId: customer.id,
    id,
    kind: input.kind,
    selection: input.selection,
    status: "queued",
    step: skipKnownSetup(input.step, setup.knownSetup),
    requestedByOid: staff.oid,
    requestedBy: staff.name,
    requestedAt: now,
    updatedAt: now,
    finishedAt: null,
    tenantId: customer.tenantId,
    customerName: customer.name,
    ...setup,
    ...(input.unitsRead ? { unitsRead: input.unitsRead } : {}),
    counts: pendingCounts(input.total),
    failures: [],
    pausedReason: null,
    workloads: null,
    reporting: input.reporting ? { reports: [...input.reporting.reports], cadence: input.reporting.cadence, emails: [...input.reporting.emails] } : null,
  });
  await deps.queue.send({ mspTenantId: staff.mspTenantId, customerId: customer.id, jobId: id });
  await deps.audit.append({ mspTenantId: staff.mspTenantId, customerId: customer.id, at: now, actorOid: staff.oid, actorName: staff.name, action: input.audit.action, outcome: "succeeded", detail: input.audit.detail });
  return job;
}

/** A job id that sorts by creation time and cannot be guessed. */
export function newJobId(): string {
  return `${jobIdTimePrefix(Date.now())}${randomBytes(4).toString("hex")}`;
}
