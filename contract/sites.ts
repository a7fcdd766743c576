import { z } from "zod";
import { Job } from "./jobs.js";

/** Which report emails staff want: progress updates, a completion summary, or only news of failures. */
export const ReportKind = z.enum(["progress", "completion", "failures"]);
export type ReportKind = z.infer<typeof ReportKind>;

/** How often progress reports go out: on each change (at most one per quarter hour), a daily summary, or only on completion. */
export const ReportCadence = z.enum(["eachChange", "daily", "onCompletion"]);
export type ReportCadence = z.infer<typeof ReportCadence>;

const unique = <T>(items: T[]): boolean => new Set(items).size === items.length;

/** One report address: trimmed, lower-cased, a plain mailbox address (no display names, no lists). */
export const ReportEmail = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Enter an email address.")
  .max(254, "An email address has at most 254 characters.")
  .email("Enter a valid email address, such as name@example.com.");

/** The reporting options of the SharePoint / OneDrive page (the guide: "Select your reporting options and enter your email address"). */
export const ReportingOptions = z
  .object({
    reports: z.array(ReportKind).min(1, "Choose at least one report.").max(3).refine(unique, "Each report once."),
    cadence: ReportCadence,
    emails: z.array(ReportEmail).min(1, "Enter at least one email address.").max(10, "At most 10 report addresses.").refine(unique, "Each address once."),
  })
  .strict();
export type ReportingOptions = z.infer<typeof ReportingOptions>;

/** Provision: protect every SharePoint site and every user's OneDrive, with these reporting options. */
export const ProvisionSitesRequest = ReportingOptions;
export type ProvisionSitesRequest = z.infer<typeof ProvisionSitesRequest>;

/** The answer to Provision: the job, and whether it joined one already running (Provision twice). */
export const ProvisionSitesResponse = z.object({ job: Job, joined: z.boolean() });
export type ProvisionSitesResponse = z.infer<typeof ProvisionSitesResponse>;

/** The SharePoint / OneDrive panel: the newest provisioning job (null before the first Provision) and the options last used. */
export const SharePointStatus = z.object({
  job: Job.nullable(),
  lastOptions: ReportingOptions.nullable(),
});
export type SharePointStatus = z.infer<typeof SharePointStatus>;
