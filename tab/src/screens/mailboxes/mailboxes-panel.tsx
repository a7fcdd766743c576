import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle1 } from "@fluentui/react-components";
import { useState } from "react";
import type { Customer } from "../../../../contract/index.js";
import { Surface } from "../../ui/surface.js";
import { EnableUsers } from "../enable/enable-users.js";
import { AuthoriseStep } from "./authorise-step.js";
import { ConnectedStep } from "./connected-step.js";
import { TenantForm } from "./tenant-form.js";

/** Props of {@link MailboxesPanel}. */
export interface MailboxesPanelProps {
  customer: Customer;
  onCustomerChange: (customer: Customer) => void;
}

/** The guide's Mailboxes path: enter the tenant ID and Save, Authorise, then Enable and pick users. */
export function MailboxesPanel({ customer, onCustomerChange }: MailboxesPanelProps) {
  const [changingTenant, setChangingTenant] = useState(false);
  const [authorisedNote, setAuthorisedNote] = useState<string>();
  const [usersShown, setUsersShown] = useState(false);

  const step = changingTenant || customer.connection === "none" ? "tenant" : customer.connection === "saved" ? "authorise" : "connected";

  return (
    <>
      <Surface label="Mailbox backup">
        <Subtitle1 as="h2">Mailbox backup</Subtitle1>
        {authorisedNote && step === "connected" ? (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>Authorised</MessageBarTitle>
              {authorisedNote}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {step === "tenant" ? (
          <TenantForm
            customer={customer}
            onSaved={(saved) => {
              setChangingTenant(false);
              onCustomerChange(saved);
            }}
            onCancel={changingTenant ? () => setChangingTenant(false) : undefined}
          />
        ) : null}
        {step === "authorise" ? (
          <AuthoriseStep
            customer={customer}
            onCustomerChange={onCustomerChange}
            onAuthorised={(message) => setAuthorisedNote(message)}
            onChangeTenant={() => setChangingTenant(true)}
          />
        ) : null}
        {step === "connected" ? (
          <ConnectedStep customer={customer} usersShown={usersShown} onEnable={() => setUsersShown(true)} />
        ) : null}
      </Surface>
      {step === "connected" && usersShown ? <EnableUsers customer={customer} onCustomerChange={onCustomerChange} /> : null}
    </>
  );
}
