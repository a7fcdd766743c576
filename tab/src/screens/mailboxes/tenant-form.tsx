import { Button, Field, Input, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { SaveTenantRequest, type Customer } from "../../../../contract/index.js";
import { isApiError } from "../../api/index.js";
import { useCanAct, useSession } from "../../app/session.js";
import { ErrorBar } from "../../ui/error-bar.js";
import { ViewerTooltip } from "../../ui/viewer-tooltip.js";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "480px" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
  lead: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link TenantForm}. */
export interface TenantFormProps {
  customer: Customer;
  onSaved: (customer: Customer) => void;
  /** Present when changing a saved tenant: goes back without saving. */
  onCancel?: () => void;
}

/** Step one for a customer not provisioned through Manage Protect: enter the Office 365 tenant ID and Save. */
export function TenantForm({ customer, onSaved, onCancel }: TenantFormProps) {
  const styles = useStyles();
  const { api } = useSession();
  const canAct = useCanAct();
  const [tenant, setTenant] = useState(customer.tenantDomain ?? customer.tenantId ?? "");
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!canAct || saving) return;
    setError(null);
    const request = SaveTenantRequest.safeParse({ tenant });
    if (!request.success) return setFieldError(request.error.issues[0]?.message ?? "Check the tenant ID.");
    setFieldError(undefined);
    setSaving(true);
    try {
      onSaved(await api.saveTenant(customer.id, request.data));
    } catch (caught) {
      if (isApiError(caught) && caught.field === "tenant" && caught.status < 500) setFieldError(caught.message);
      else setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={save} noValidate>
      <Text className={styles.lead}>Enter the customer's Office 365 tenant ID, then click Save. Authorise comes next.</Text>
      <Field
        label="Office 365 tenant ID"
        hint="A tenant GUID, or a domain such as contoso.onmicrosoft.com"
        validationMessage={fieldError}
        validationState={fieldError ? "error" : "none"}
        required
      >
        <Input
          name="tenant"
          value={tenant}
          onChange={(_, data) => {
            setTenant(data.value);
            if (fieldError) setFieldError(undefined);
          }}
          disabled={!canAct}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <div className={styles.actions}>
        <ViewerTooltip isViewer={!canAct}>
          <Button type="submit" appearance="primary" disabledFocusable={!canAct || saving} icon={saving ? <Spinner size="tiny" /> : undefined}>
            Save
          </Button>
        </ViewerTooltip>
        {onCancel ? <Button onClick={onCancel}>Cancel</Button> : null}
      </div>
      {error ? <ErrorBar error={error} /> : null}
    </form>
  );
}
