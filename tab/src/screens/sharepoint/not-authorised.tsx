import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ArrowRightRegular } from "@fluentui/react-icons";
import type { Customer } from "../../../../contract/index.js";
import { navigate } from "../../app/route.js";

/** Before Authorise: SharePoint and OneDrive use the access granted there, so send staff to the Mailboxes tab first. */
export function NotAuthorised({ customer }: { customer: Customer }) {
  const steps = customer.connection === "none" ? "enter the Office 365 tenant ID, click Save, then click Authorise" : "click Authorise";
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Available once the customer is authorised</MessageBarTitle>
        On the Mailboxes tab, {steps}. SharePoint and OneDrive then use the same access, with no second sign-in.
      </MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowRightRegular />} iconPosition="after" onClick={() => navigate({ name: "customer", customerId: customer.id, tab: "mailboxes" })}>
          Go to Mailboxes
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
