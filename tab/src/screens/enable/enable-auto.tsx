import { Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Customer } from "../../../../contract/index.js";
import { useCanAct, useSession } from "../../app/session.js";
import { ErrorBar } from "../../ui/error-bar.js";
import { ViewerTooltip } from "../../ui/viewer-tooltip.js";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, alignItems: "flex-start" },
  hint: { color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalS },
});

/** The guide's Enable Auto, shown in short. */
export const enableAutoHint = "Turns on every user not yet protected, and every new user, at 8 pm Sydney time.";

const sydneyTime = new Intl.DateTimeFormat(undefined, { timeZone: "Australia/Sydney", dateStyle: "medium", timeStyle: "short" });
const ownTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Props of {@link EnableAuto}. */
export interface EnableAutoProps {
  customer: Customer;
  onCustomerChange: (customer: Customer) => void;
}

/** Enable Auto: every user not yet protected, and every future user, is turned on nightly at 8 pm Sydney time. */
export function EnableAuto({ customer, onCustomerChange }: EnableAutoProps) {
  const styles = useStyles();
  const { api } = useSession();
  const canAct = useCanAct();
  const hintId = useId();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const toggle = async (on: boolean) => {
    if (!canAct || saving) return;
    setError(null);
    setSaving(true);
    try {
      onCustomerChange(await api.setAutoEnable(customer.id, { on }));
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  const next = customer.autoEnable ? describeNextRun(customer.nextAutoRunAt) : null;
  const last = formatOwn(customer.lastAutoRunAt);

  return (
    <div className={styles.root}>
      <ViewerTooltip isViewer={!canAct}>
        <Switch
          label="Enable Auto"
          checked={customer.autoEnable}
          disabledFocusable={!canAct}
          // For viewers the tooltip supplies the description (an explicit undefined would hide it); the hint stays on screen.
          {...(canAct ? { "aria-describedby": hintId } : {})}
          aria-busy={saving || undefined}
          onChange={(_, data) => void toggle(data.checked)}
        />
      </ViewerTooltip>
      <Text id={hintId} size={200} className={styles.hint}>
        {enableAutoHint}
      </Text>
      {next ? (
        <Text size={200} className={styles.meta}>
          {next}
        </Text>
      ) : null}
      {last ? (
        <Text size={200} className={styles.meta}>
          {`Last run: ${last}`}
        </Text>
      ) : null}
      {error ? <ErrorBar title="Enable Auto was not changed" error={error} /> : null}
    </div>
  );
}

function toDate(iso: string | null): Date | null {
  if (!iso) return null;
  const when = new Date(iso);
  return Number.isNaN(when.getTime()) ? null : when;
}

function formatOwn(iso: string | null): string | null {
  const when = toDate(iso);
  return when ? ownTime.format(when) : null;
}

/** "Next run: 5 Jun 2026, 8:00 pm (Sydney) · 5 Jun 2026, 11:00 am (your time)". */
function describeNextRun(iso: string | null): string | null {
  const when = toDate(iso);
  if (!when) return null;
  return `Next run: ${sydneyTime.format(when)} (Sydney) · ${ownTime.format(when)} (your time)`;
}
