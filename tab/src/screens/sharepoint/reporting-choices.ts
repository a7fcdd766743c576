import { ReportEmail, type ReportCadence, type ReportKind, type ReportingOptions } from "../../../../contract/index.js";

/** The report kinds as the page offers them, with what each sends. */
export const reportChoices: Array<{ value: ReportKind; label: string; hint: string }> = [
  { value: "progress", label: "Progress updates", hint: "Sites and drives found and protected so far, as often as chosen below." },
  { value: "completion", label: "Completion summary", hint: "The totals and the time it took, once provisioning ends." },
  { value: "failures", label: "Failures only", hint: "Only when a site or drive could not be protected, with Microsoft's reason." },
];

/** The cadences as the page offers them. */
export const cadenceChoices: Array<{ value: ReportCadence; label: string; hint: string }> = [
  { value: "eachChange", label: "On each change", hint: "When the counts move, at most one email every 15 minutes." },
  { value: "daily", label: "Daily summary", hint: "One email a day until provisioning is complete." },
  { value: "onCompletion", label: "On completion", hint: "A single email when provisioning ends." },
];

/** The form's first values: the options last used, else progress and completion daily, to the signed-in staff member. */
export function initialOptions(lastOptions: ReportingOptions | null, userPrincipalName: string): ReportingOptions {
  if (lastOptions) return lastOptions;
  const own = ReportEmail.safeParse(userPrincipalName);
  return { reports: ["progress", "completion"], cadence: "daily", emails: own.success ? [own.data] : [] };
}
