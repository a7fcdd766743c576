import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircleFilled, PeopleRegular } from "@fluentui/react-icons";
import type { Customer } from "../../../../contract/index.js";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  connected: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  tick: { color: tokens.colorPaletteGreenForeground1, fontSize: "20px", flexShrink: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
  lead: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link ConnectedStep}. */
export interface ConnectedStepProps {
  customer: Customer;
  usersShown: boolean;
  onEnable: () => void;
}

/** Step three: the tenant is connected; Enable brings up the list of users. */
export function ConnectedStep({ customer, usersShown, onEnable }: ConnectedStepProps) {
  const styles = useStyles();
  const tenantName = customer.tenantDisplayName ?? customer.tenantDomain ?? "the tenant";
  const since = describeConnection(customer);
  return (
    <div className={styles.root}>
      <Text className={styles.connected} weight="semibold">
        <CheckmarkCircleFilled className={styles.tick} aria-hidden />
        Connected to {tenantName}
        {customer.tenantId ? ` (${customer.tenantId})` : ""}
      </Text>
      {since ? <Text size={200} className={styles.meta}>{since}</Text> : null}
      {customer.backupActivation === "pendingActive" ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{describePending(customer.backupActiveFrom)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {usersShown ? null : (
        <>
          <Text className={styles.lead}>Click Enable to see the tenant's users and choose whose mailboxes to back up.</Text>
          <Button appearance="primary" icon={<PeopleRegular />} onClick={onEnable} style={{ alignSelf: "flex-start" }}>
            Enable
          </Button>
        </>
      )}
    </div>
  );
}

function describePending(activeFrom: string | null): string {
  const when = activeFrom ? new Date(activeFrom) : null;
  const date = when && !Number.isNaN(when.getTime()) ? when.toLocaleDateString(undefined, { dateStyle: "long" }) : null;
  const start = date ? `Microsoft 365 Backup starts for this tenant on ${date}` : "Microsoft 365 Backup starts for this tenant once Microsoft activates it";
  return `${start}: the tenant had another backup provider, and Microsoft waits before switching. You can pick users now.`;
}

function describeConnection(customer: Customer): string | null {
  if (!customer.connectedAt) return null;
  const when = new Date(customer.connectedAt);
  if (Number.isNaN(when.getTime())) return null;
  const date = when.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  return customer.connectedBy ? `Authorised by ${customer.connectedBy} on ${date}` : `Authorised on ${date}`;
}
