import { Subtitle1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Customer } from "../../../../contract/index.js";
import { Surface } from "../../ui/surface.js";
import { ProvisionIntro } from "../sharepoint/provision-intro.js";
import { NotAuthorised } from "../sharepoint/not-authorised.js";
import { SiteProvisioning } from "../sharepoint/site-provisioning.js";

const useStyles = makeStyles({
  lead: { color: tokens.colorNeutralForeground2 },
});

/** The guide's "SharePoint / OneDrive" menu tab: reporting options and Provision once the customer is authorised. */
export function SharePointPanel({ customer }: { customer: Customer }) {
  const styles = useStyles();
  if (customer.connection === "connected") return <SiteProvisioning customer={customer} />;
  return (
    <Surface label="SharePoint and OneDrive backup">
      <Subtitle1 as="h2">SharePoint and OneDrive backup</Subtitle1>
      <Text className={styles.lead}>Back up every file in {customer.name}'s SharePoint sites and OneDrives with Microsoft 365 Backup, with reports by email.</Text>
      <NotAuthorised customer={customer} />
      <ProvisionIntro />
    </Surface>
  );
}
