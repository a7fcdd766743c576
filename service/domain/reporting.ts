/** Which report emails staff chose on the SharePoint / OneDrive page. */
export type ReportKind = "progress" | "completion" | "failures";

/** How often progress reports go out. */
export type ReportCadence = "eachChange" | "daily" | "onCompletion";

/** The reporting options recorded with a provisioning job (validated at the edge). */
export interface ReportingOptions {
  reports: ReportKind[];
  cadence: ReportCadence;
  emails: string[];
}

/** The reports that were sent for a job and those that failed (retried; never blocking the job). */
export interface ReportTally {
  sent: number;
  failed: number;
  lastError: string | null;
}
