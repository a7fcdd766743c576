import { Button, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import { navigate, type CustomerTab } from "../../app/route.js";
import { useSession } from "../../app/session.js";
import { useResource } from "../../hooks/use-resource.js";
import { ErrorBar } from "../../ui/error-bar.js";
import { Loading } from "../../ui/loading.js";
import { MailboxesPanel } from "../mailboxes/mailboxes-panel.js";
import { CustomerHeading } from "./customer-heading.js";
import { SharePointPanel } from "./sharepoint-panel.js";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  back: { alignSelf: "flex-start", marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  tabs: { overflowX: "auto" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

const tabIds: Record<CustomerTab, string> = { mailboxes: "tab-mailboxes", sharepoint: "tab-sharepoint" };

/** One customer: the Mailboxes path (tenant ID, Authorise, Enable) and SharePoint / OneDrive. */
export function CustomerPage({ customerId, tab }: { customerId: string; tab: CustomerTab }) {
  const styles = useStyles();
  const { api } = useSession();
  const customer = useResource((signal) => api.getCustomer(customerId, { signal }), [api, customerId]);

  return (
    <div className={styles.root}>
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => navigate({ name: "customers" })}>
        Back to customers
      </Button>
      {customer.status === "error" ? <ErrorBar error={customer.error} onRetry={customer.reload} /> : null}
      {!customer.data && customer.status === "loading" ? <Loading label="Loading customer…" /> : null}
      {customer.data ? (
        <>
          <CustomerHeading customer={customer.data} />
          <TabList
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_, data) => navigate({ name: "customer", customerId, tab: data.value as CustomerTab })}
            aria-label="Customer menu"
          >
            <Tab value="mailboxes" id={tabIds.mailboxes} aria-controls="customer-panel">
              Mailboxes
            </Tab>
            <Tab value="sharepoint" id={tabIds.sharepoint} aria-controls="customer-panel">
              SharePoint / OneDrive
            </Tab>
          </TabList>
          <div role="tabpanel" id="customer-panel" aria-labelledby={tabIds[tab]} className={styles.panel}>
            {tab === "mailboxes" ? (
              <MailboxesPanel customer={customer.data} onCustomerChange={customer.setData} />
            ) : (
              <SharePointPanel customer={customer.data} />
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}
