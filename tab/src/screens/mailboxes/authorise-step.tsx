import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { EditRegular, KeyRegular } from "@fluentui/react-icons";
import type { Customer } from "../../../../contract/index.js";
import { useCanAct } from "../../app/session.js";
import { ViewerTooltip } from "../../ui/viewer-tooltip.js";
import { TenantSummary } from "./tenant-summary.js";
import { useAuthorise } from "./use-authorise.js";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  lead: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  waiting: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link AuthoriseStep}. */
export interface AuthoriseStepProps {
  customer: Customer;
  onCustomerChange: (customer: Customer) => void;
  onAuthorised: (message: string) => void;
  onChangeTenant: () => void;
}

/** Step two: the tenant is known; Authorise opens the admin-consent popup. */
export function AuthoriseStep({ customer, onCustomerChange, onAuthorised, onChangeTenant }: AuthoriseStepProps) {
  const styles = useStyles();
  const canAct = useCanAct();
  const { state, authorise } = useAuthorise(customer, { onCustomerChange, onAuthorised });
  const waiting = state.phase === "waiting";

  return (
    <div className={styles.root}>
      <TenantSummary customer={customer} />
      <Text className={styles.lead}>
        Authorise opens a pop-up: the customer's tenant admin signs in and accepts the permissions Backup365 needs.
      </Text>
      {state.phase === "failed" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not authorised</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      ) : customer.lastConsentError ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Last attempt failed</MessageBarTitle>
            {customer.lastConsentError}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <ViewerTooltip isViewer={!canAct}>
          <Button
            appearance="primary"
            icon={waiting ? <Spinner size="tiny" /> : <KeyRegular />}
            disabledFocusable={!canAct || waiting}
            onClick={() => void authorise()}
          >
            Authorise
          </Button>
        </ViewerTooltip>
        {customer.origin === "manual" ? (
          <ViewerTooltip isViewer={!canAct}>
            <Button appearance="subtle" icon={<EditRegular />} disabledFocusable={!canAct || waiting} onClick={onChangeTenant}>
              Change tenant
            </Button>
          </ViewerTooltip>
        ) : null}
        <Text role="status" aria-live="polite" className={styles.waiting}>
          {waiting ? "Waiting for the Authorise window to finish…" : ""}
        </Text>
      </div>
    </div>
  );
}
