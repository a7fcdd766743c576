import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, Text } from "@fluentui/react-components";
import type { Customer } from "../../../../contract/index.js";
import { Surface } from "../../ui/surface.js";

/** SharePoint / OneDrive: provisioning arrives in a later step; until then, say where things stand. */
export function SharePointPanel({ customer }: { customer: Customer }) {
  const connected = customer.connection === "connected";
  return (
    <Surface label="SharePoint and OneDrive backup">
      <Subtitle1 as="h2">SharePoint and OneDrive backup</Subtitle1>
      <Text>Back up every file in the customer's SharePoint sites and OneDrives, with reports by email.</Text>
      <MessageBar intent="info">
        <MessageBarBody>
          {connected ? (
            <>
              <MessageBarTitle>Coming soon</MessageBarTitle>
              {customer.name} is authorised. Provisioning SharePoint and OneDrive is not available in this version yet.
            </>
          ) : (
            "Available once the customer is authorised."
          )}
        </MessageBarBody>
      </MessageBar>
    </Surface>
  );
}
