import { MessageBar, MessageBarBody, Subtitle1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Customer } from "../../../../contract/index.js";
import { useSession } from "../../app/session.js";
import { useResource } from "../../hooks/use-resource.js";
import { ErrorBar } from "../../ui/error-bar.js";
import { Surface } from "../../ui/surface.js";
import { UserList } from "../users/user-list.js";
import { EnableActions } from "./enable-actions.js";
import { EnableAuto } from "./enable-auto.js";
import { JobPanel } from "./job-panel.js";
import { ProtectionStats } from "./protection-stats.js";
import { useEnableJob } from "./use-enable-job.js";
import { useJobRefresh } from "./use-job-refresh.js";

const useStyles = makeStyles({
  lead: { color: tokens.colorNeutralForeground2 },
});

/** After Enable: the protection counts, the job staff follow, and the user list with Enable selected, All and Enable Auto. */
export function EnableUsers({ customer, onCustomerChange }: { customer: Customer; onCustomerChange: (customer: Customer) => void }) {
  const styles = useStyles();
  const customerId = customer.id;
  const { api } = useSession();
  const protection = useResource((signal) => api.getProtection(customerId, { signal }), [api, customerId]);
  const enableJob = useEnableJob(customerId);
  const { job } = enableJob;
  const [usersVersion, setUsersVersion] = useState(0);
  useJobRefresh(job, { onMove: protection.reload, onSettle: () => setUsersVersion((n) => n + 1) });

  const summary = protection.data;
  const notProtected = summary?.lastSyncAt ? summary.totalUsers - summary.protected : null;

  return (
    <>
      <Surface label="Protection">
        <Subtitle1 as="h2">Protection</Subtitle1>
        {protection.status === "error" ? <ErrorBar error={protection.error} onRetry={protection.reload} /> : null}
        <ProtectionStats summary={summary} />
        {enableJob.notice ? (
          <MessageBar intent="info">
            <MessageBarBody>{enableJob.notice}</MessageBarBody>
          </MessageBar>
        ) : null}
        {enableJob.error ? <ErrorBar error={enableJob.error} /> : null}
        {enableJob.pollError ? <ErrorBar title="Progress is not updating" error={enableJob.pollError} /> : null}
        {job ? (
          <JobPanel
            job={job}
            busy={enableJob.busy}
            onResume={() => void enableJob.resume(job.id)}
            onRetryFailed={() => void enableJob.retryFailed(job.id)}
          />
        ) : (
          <Text className={styles.lead}>Tick users and click Enable selected, or click All to back up every user not yet protected.</Text>
        )}
      </Surface>
      <UserList
        customerId={customerId}
        refreshKey={usersVersion}
        renderActions={(selection) => (
          <EnableActions selection={selection} notProtected={notProtected} busy={enableJob.busy} enable={enableJob.enable} />
        )}
        besideActions={<EnableAuto customer={customer} onCustomerChange={onCustomerChange} />}
      />
    </>
  );
}
