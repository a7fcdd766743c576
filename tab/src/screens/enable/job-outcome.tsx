import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { ArrowRepeatAllRegular, PlayRegular } from "@fluentui/react-icons";
import type { ReactElement } from "react";
import type { Job } from "../../../../contract/index.js";
import { useCanAct } from "../../app/session.js";
import { ViewerTooltip } from "../../ui/viewer-tooltip.js";
import { jobCheckText, jobDoneText, jobErrorsText } from "./describe-job.js";
import { JobFailures } from "./job-failures.js";

/** Props of {@link JobOutcome}. */
export interface JobOutcomeProps {
  job: Job;
  busy: boolean;
  onResume: () => void;
  onRetryFailed: () => void;
}

/** How a settled job ended: all protected, some failed (Retry failed), or paused (Resume). Nothing while it moves. */
export function JobOutcome({ job, busy, onResume, onRetryFailed }: JobOutcomeProps) {
  if (job.status === "done") {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{[jobDoneText(job), jobCheckText(job)].filter(Boolean).join(" ")}</MessageBarBody>
      </MessageBar>
    );
  }
  if (job.status === "doneWithErrors") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{jobErrorsText(job)}</MessageBarTitle>
          {jobCheckText(job)}
          <JobFailures job={job} />
        </MessageBarBody>
        <MessageBarActions>
          <Action label="Retry failed" icon={<ArrowRepeatAllRegular />} busy={busy} onClick={onRetryFailed} />
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (job.status === "paused") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Paused</MessageBarTitle>
          {job.pausedReason ?? "Microsoft 365 Backup stopped answering. Resume once it works again."}
        </MessageBarBody>
        <MessageBarActions>
          <Action label="Resume" icon={<PlayRegular />} busy={busy} onClick={onResume} />
        </MessageBarActions>
      </MessageBar>
    );
  }
  return null;
}

function Action({ label, icon, busy, onClick }: { label: string; icon: ReactElement; busy: boolean; onClick: () => void }) {
  const canAct = useCanAct();
  return (
    <ViewerTooltip isViewer={!canAct}>
      <Button icon={busy ? <Spinner size="tiny" /> : icon} disabledFocusable={!canAct || busy} onClick={onClick}>
        {label}
      </Button>
    </ViewerTooltip>
  );
}
