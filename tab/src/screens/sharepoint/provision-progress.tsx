import { ProgressBar, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { jobProgress, jobStartedText } from "../enable/describe-job.js";
import { JobStatusBadge, jobBarColor } from "../enable/job-status-badge.js";
import { isFinished, isMoving } from "../enable/job-state.js";
import { provisionCountsText, provisionTitle } from "./describe-provision.js";
import { ProvisionOutcome, type ProvisionOutcomeProps } from "./provision-outcome.js";
import { ReportEmailsStatus } from "./report-emails-status.js";
import { WorkloadCard } from "./workload-card.js";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  overall: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  workloads: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(280px, 1fr))", gap: tokens.spacingHorizontalL },
  meta: { color: tokens.colorNeutralForeground3 },
});

const noCounts = { total: 0, protected: 0, pending: 0, failed: 0 };

/** Props of {@link ProvisionProgress}. */
export interface ProvisionProgressProps extends ProvisionOutcomeProps {
  /** The report addresses of this run (the options last used), when known. */
  emails: readonly string[] | null;
}

/** "Provisioning in progress" (or how it ended): the overall bar, sites and drives found and protected, timing, report emails. */
export function ProvisionProgress({ job, emails, ...outcome }: ProvisionProgressProps) {
  const styles = useStyles();
  const titleId = useId();
  const countsId = useId();
  const counts = provisionCountsText(job);
  const finished = isFinished(job.status);
  const moving = isMoving(job.status);
  // Before the inventory has run there are no counts yet: show both cards as "Finding…".
  const workloads = job.workloads ?? (moving ? { sharePoint: noCounts, oneDriveForBusiness: noCounts } : null);

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={styles.head}>
        <Subtitle2 as="h3" id={titleId} className={styles.title}>
          {provisionTitle(job)}
        </Subtitle2>
        <JobStatusBadge status={job.status} />
      </div>
      <div className={styles.overall}>
        <ProgressBar
          aria-label="Provisioning progress"
          aria-describedby={countsId}
          aria-valuetext={counts}
          value={jobProgress(job)}
          max={1}
          thickness="large"
          color={jobBarColor(job.status)}
        />
        <Text id={countsId}>{counts}</Text>
      </div>
      {workloads ? (
        <div className={styles.workloads} role="group" aria-label="What is being protected">
          <WorkloadCard workload="sharePoint" counts={workloads.sharePoint} finished={finished} moving={moving} />
          <WorkloadCard workload="oneDriveForBusiness" counts={workloads.oneDriveForBusiness} finished={finished} moving={moving} />
        </div>
      ) : null}
      <ProvisionOutcome job={job} {...outcome} />
      <Text size={200} className={styles.meta}>
        {jobStartedText(job)}
      </Text>
      <ReportEmailsStatus reports={job.reports} emails={emails} />
    </section>
  );
}
