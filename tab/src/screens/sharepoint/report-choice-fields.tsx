import { Caption1, Checkbox, Field, Label, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle12Filled } from "@fluentui/react-icons";
import { useId } from "react";
import type { ReportCadence } from "../../../../contract/index.js";
import { cadenceChoices, reportChoices } from "./reporting-choices.js";
import type { ReportingForm } from "./use-reporting-form.js";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  error: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteRedForeground1 },
  errorIcon: { flexShrink: 0 },
  choice: { display: "flex", flexDirection: "column" },
  // Lines the hint up with the label text, past the box or circle.
  hint: { color: tokens.colorNeutralForeground3, paddingLeft: "32px", marginTop: `calc(-1 * ${tokens.spacingVerticalXS})` },
});

/** Props of the two choice fields. */
export interface ChoiceFieldProps {
  form: ReportingForm;
  readOnly: boolean;
}

/** Which reports: Progress updates, Completion summary, Failures only (at least one). */
export function ReportsField({ form, readOnly }: ChoiceFieldProps) {
  const styles = useStyles();
  const baseId = useId();
  const error = form.errors.reports;
  // Not a Field: a Field lends its one id to every checkbox inside it, so they would lose their names.
  return (
    <div role="group" className={styles.field} aria-labelledby={`${baseId}-label`} aria-describedby={error ? `${baseId}-error` : undefined}>
      <Label id={`${baseId}-label`}>Reports</Label>
      <div className={styles.group}>
        {reportChoices.map((choice) => (
          <div key={choice.value} className={styles.choice}>
            <Checkbox
              label={choice.label}
              checked={form.reports.includes(choice.value)}
              disabled={readOnly}
              aria-describedby={`${baseId}-${choice.value}`}
              onChange={(_, data) => form.toggleReport(choice.value, data.checked === true)}
            />
            <Caption1 id={`${baseId}-${choice.value}`} className={styles.hint}>
              {choice.hint}
            </Caption1>
          </div>
        ))}
      </div>
      {error ? (
        <Text size={200} id={`${baseId}-error`} className={styles.error} role="alert">
          <ErrorCircle12Filled className={styles.errorIcon} aria-hidden />
          {error}
        </Text>
      ) : null}
    </div>
  );
}

/** How often progress reports go out: On each change, Daily summary, On completion. */
export function CadenceField({ form, readOnly }: ChoiceFieldProps) {
  const styles = useStyles();
  const baseId = useId();
  return (
    <Field label="How often" validationMessage={form.errors.cadence} validationState={form.errors.cadence ? "error" : "none"}>
      <RadioGroup value={form.cadence} disabled={readOnly} onChange={(_, data) => form.setCadence(data.value as ReportCadence)}>
        {cadenceChoices.map((choice) => (
          <div key={choice.value} className={styles.choice}>
            <Radio value={choice.value} label={choice.label} aria-describedby={`${baseId}-${choice.value}`} />
            <Caption1 id={`${baseId}-${choice.value}`} className={styles.hint}>
              {choice.hint}
            </Caption1>
          </div>
        ))}
      </RadioGroup>
    </Field>
  );
}
