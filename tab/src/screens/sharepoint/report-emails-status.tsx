import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { MailCheckmarkRegular, MailRegular } from "@fluentui/react-icons";
import type { Job } from "../../../../contract/index.js";
import { formatNumber } from "../users/format-count.js";
import { formatAddresses } from "./describe-provision.js";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  icon: { fontSize: "20px", color: tokens.colorNeutralForeground2, flexShrink: 0 },
  to: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** Props of {@link ReportEmailsStatus}. */
export interface ReportEmailsStatusProps {
  reports: Job["reports"];
  /** Where the reports go (the options last used), when known. */
  emails: readonly string[] | null;
}

/** "3 report emails sent", to whom, and a warning while some could not be sent (they are retried). */
export function ReportEmailsStatus({ reports, emails }: ReportEmailsStatusProps) {
  const styles = useStyles();
  const sent = reports?.sent ?? 0;
  const failed = reports?.failed ?? 0;
  const Icon = sent > 0 ? MailCheckmarkRegular : MailRegular;
  const sentText = sent === 0 ? "No report emails sent yet" : sent === 1 ? "1 report email sent" : `${formatNumber(sent)} report emails sent`;
  return (
    <div className={styles.root}>
      <div className={styles.line}>
        <Icon className={styles.icon} aria-hidden />
        <Text>{sentText}</Text>
        {emails && emails.length > 0 ? <Text size={200} className={styles.to}>{`Reports go to ${formatAddresses(emails)}.`}</Text> : null}
      </div>
      {failed > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{failed === 1 ? "1 report email could not be sent" : `${formatNumber(failed)} report emails could not be sent`}</MessageBarTitle>
            {reports?.lastError ? `${reports.lastError} ` : ""}
            {`Backup365 will retry ${failed === 1 ? "it" : "them"}; provisioning carries on meanwhile.`}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
