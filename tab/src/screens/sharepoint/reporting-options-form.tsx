import { Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ShieldCheckmarkRegular } from "@fluentui/react-icons";
import { useState, type FormEvent } from "react";
import type { ReportingOptions } from "../../../../contract/index.js";
import { useCanAct } from "../../app/session.js";
import { ErrorBar } from "../../ui/error-bar.js";
import { ViewerTooltip } from "../../ui/viewer-tooltip.js";
import { CadenceField, ReportsField } from "./report-choice-fields.js";
import { ReportEmailsField } from "./report-emails-field.js";
import { useReportingForm } from "./use-reporting-form.js";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  choices: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(260px, 1fr))",
    gap: tokens.spacingVerticalL,
    columnGap: tokens.spacingHorizontalXXL,
  },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  note: { color: tokens.colorNeutralForeground3, flex: "1 1 240px" },
});

/** Props of {@link ReportingOptionsForm}. */
export interface ReportingOptionsFormProps {
  initial: ReportingOptions;
  /** Sends Provision; throws the server's error (a field error goes next to its field). */
  onProvision: (options: ReportingOptions) => Promise<void>;
}

/** The guide's "Select your reporting options and enter your email address, and then select Provision". */
export function ReportingOptionsForm({ initial, onProvision }: ReportingOptionsFormProps) {
  const styles = useStyles();
  const canAct = useCanAct();
  const form = useReportingForm(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const readOnly = !canAct;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (readOnly || busy) return;
    setError(null);
    const options = form.validate();
    if (!options) return;
    setBusy(true);
    try {
      await onProvision(options);
    } catch (caught) {
      if (!form.showServerError(caught)) setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-label="Reporting options">
      <div className={styles.choices}>
        <ReportsField form={form} readOnly={readOnly} />
        <CadenceField form={form} readOnly={readOnly} />
      </div>
      <ReportEmailsField form={form} readOnly={readOnly} />
      <div className={styles.actions}>
        <ViewerTooltip isViewer={readOnly}>
          <Button
            type="submit"
            appearance="primary"
            size="medium"
            icon={busy ? <Spinner size="tiny" /> : <ShieldCheckmarkRegular />}
            disabledFocusable={readOnly || busy}
          >
            Provision
          </Button>
        </ViewerTooltip>
        <Caption1 className={styles.note}>
          No new sign-in is needed: Backup365 uses the app access the tenant admin granted at Authorise.
        </Caption1>
      </div>
      {error ? <ErrorBar title="Provisioning did not start" error={error} /> : null}
    </form>
  );
}
