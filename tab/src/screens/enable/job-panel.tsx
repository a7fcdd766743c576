import { ProgressBar, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Job } from "../../../../contract/index.js";
import { jobCountsText, jobProgress, jobStartedText, jobTitle } from "./describe-job.js";
import { JobOutcome, type JobOutcomeProps } from "./job-outcome.js";
import { JobStatusBadge, jobBarColor } from "./job-status-badge.js";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
});

/** The job staff follow: what it enables, the progress bar, the counts, who started it, and how it ended. */
export function JobPanel({ job, ...outcome }: Omit<JobOutcomeProps, "job"> & { job: Job }) {
  const styles = useStyles();
  const titleId = useId();
  const countsId = useId();
  const counts = jobCountsText(job);
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={styles.head}>
        <Subtitle2 as="h3" id={titleId} className={styles.title}>
          {jobTitle(job)}
        </Subtitle2>
        <JobStatusBadge status={job.status} />
      </div>
      <ProgressBar
        aria-label="Enable progress"
        aria-describedby={countsId}
        aria-valuetext={counts}
        value={jobProgress(job)}
        max={1}
        thickness="large"
        color={jobBarColor(job.status)}
      />
      <Text id={countsId}>{counts}</Text>
      <Text size={200} className={styles.meta}>
        {jobStartedText(job)}
      </Text>
      <JobOutcome job={job} {...outcome} />
    </section>
  );
}
