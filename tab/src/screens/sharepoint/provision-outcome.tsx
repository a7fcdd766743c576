import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import { PlayRegular } from "@fluentui/react-icons";
import type { Job } from "../../../../contract/index.js";
import { useCanAct } from "../../app/session.js";
import { ViewerTooltip } from "../../ui/viewer-tooltip.js";
import { provisionDoneText, provisionErrorsText, provisionTookText } from "./describe-provision.js";
import { SiteFailures } from "./site-failures.js";

/** Props of {@link ProvisionOutcome}. */
export interface ProvisionOutcomeProps {
  job: Job;
  busy: boolean;
  onResume: () => void;
}

/** How provisioning ended (all protected, or which failed and why), or why it is paused with Resume. Nothing while it moves. */
export function ProvisionOutcome({ job, busy, onResume }: ProvisionOutcomeProps) {
  const canAct = useCanAct();
  const took = provisionTookText(job);
  if (job.status === "done") {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {provisionDoneText(job)}
          {took ? ` It took ${took}.` : ""}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (job.status === "doneWithErrors") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{provisionErrorsText(job)}</MessageBarTitle>
          {took ? `It took ${took}. ` : ""}Microsoft gave these reasons; once they are fixed, click Provision to try again.
          <SiteFailures job={job} />
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (job.status === "paused") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Paused</MessageBarTitle>
          <Text>{job.pausedReason ?? "Microsoft 365 Backup stopped answering. Resume once it works again."}</Text>
        </MessageBarBody>
        <MessageBarActions>
          <ViewerTooltip isViewer={!canAct}>
            <Button icon={busy ? <Spinner size="tiny" /> : <PlayRegular />} disabledFocusable={!canAct || busy} onClick={onResume}>
              Resume
            </Button>
          </ViewerTooltip>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return null;
}
