import { MessageBar, MessageBarBody, Subtitle1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Customer, Job, ReportingOptions } from "../../../../contract/index.js";
import { useCanAct, useSession } from "../../app/session.js";
import { ErrorBar } from "../../ui/error-bar.js";
import { Loading } from "../../ui/loading.js";
import { Surface } from "../../ui/surface.js";
import { isMoving } from "../enable/job-state.js";
import { ProvisionDialog, type ProvisionStarted } from "./provision-dialog.js";
import { ProvisionIntro } from "./provision-intro.js";
import { ProvisionProgress } from "./provision-progress.js";
import { initialOptions } from "./reporting-choices.js";
import { ReportingOptionsForm } from "./reporting-options-form.js";
import { useSharePoint } from "./use-sharepoint.js";

const useStyles = makeStyles({
  lead: { color: tokens.colorNeutralForeground2 },
});

/** A connected customer's SharePoint / OneDrive: the provisioning job as it runs, and the reporting options with Provision. */
export function SiteProvisioning({ customer }: { customer: Customer }) {
  const styles = useStyles();
  const { me } = useSession();
  const canAct = useCanAct();
  const sharePoint = useSharePoint(customer.id);
  const { status, job } = sharePoint;
  const [started, setStarted] = useState<ProvisionStarted | null>(null);
  const [joinedJobId, setJoinedJobId] = useState<string | null>(null);

  const provision = async (options: ReportingOptions) => {
    const answer = await sharePoint.provision(options);
    setJoinedJobId(answer.joined ? answer.job.id : null);
    setStarted({ joined: answer.joined, emails: answer.joined ? (sharePoint.lastOptions?.emails ?? []) : options.emails });
  };

  return (
    <>
      <Surface label="SharePoint and OneDrive backup">
        <Subtitle1 as="h2">SharePoint and OneDrive backup</Subtitle1>
        <Text className={styles.lead}>
          Back up every file in {customer.name}'s SharePoint sites and OneDrives with Microsoft 365 Backup, with reports by email.
        </Text>
        {status.status === "error" ? <ErrorBar error={status.error} onRetry={status.reload} /> : null}
        {!status.data && status.status === "loading" ? <Loading label="Loading SharePoint and OneDrive…" /> : null}
        {sharePoint.pollError ? <ErrorBar title="Progress is not updating" error={sharePoint.pollError} /> : null}
        {sharePoint.resumeError ? <ErrorBar title="Provisioning was not resumed" error={sharePoint.resumeError} /> : null}
        {job && job.id === joinedJobId && isMoving(job.status) ? (
          <MessageBar intent="info">
            <MessageBarBody>Provisioning was already in progress, so no second run started: showing that run.</MessageBarBody>
          </MessageBar>
        ) : null}
        {job ? (
          <ProvisionProgress
            job={job}
            emails={sharePoint.lastOptions?.emails ?? null}
            busy={sharePoint.busy}
            onResume={() => void sharePoint.resume(job.id)}
          />
        ) : status.data ? (
          <ProvisionIntro />
        ) : null}
      </Surface>
      {status.data ? (
        <Surface label="Reporting options">
          <Subtitle1 as="h2">Reporting options</Subtitle1>
          <Text className={styles.lead}>{optionsLead(job, canAct)}</Text>
          <ReportingOptionsForm initial={initialOptions(status.data.lastOptions, me.userPrincipalName)} onProvision={provision} />
        </Surface>
      ) : null}
      <ProvisionDialog started={started} customerName={customer.name} onClose={() => setStarted(null)} />
    </>
  );
}

function optionsLead(job: Job | null, canAct: boolean): string {
  if (!canAct) return "The reports staff chose, how often they go out, and where.";
  if (!job) return "Choose the reports and where they go, then click Provision.";
  if (isMoving(job.status)) return "Provisioning is running: clicking Provision now follows that run rather than starting another.";
  return "Provision again to pick up sites and drives added since, or to retry what failed. Reports use these options.";
}
