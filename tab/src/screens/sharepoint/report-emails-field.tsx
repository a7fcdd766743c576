import { Button, Field, Input, Tag, TagGroup, Text, makeStyles, tokens, type FieldControlProps } from "@fluentui/react-components";
import { AddRegular, MailRegular } from "@fluentui/react-icons";
import type { KeyboardEvent } from "react";
import { hasSeparator, maxReportAddresses } from "./parse-addresses.js";
import type { ReportingForm } from "./use-reporting-form.js";

const useStyles = makeStyles({
  control: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "640px", minWidth: 0 },
  input: { width: "100%" },
  none: { color: tokens.colorNeutralForeground3 },
  tags: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
  tag: { maxWidth: "100%" },
  tagText: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

const separatorKeys = new Set(["Enter", ",", ";", " "]);

/** Props of {@link ReportEmailsField}. */
export interface ReportEmailsFieldProps {
  form: ReportingForm;
  readOnly: boolean;
}

/**
 * Report addresses as chips: type or paste one or more (separated by commas, semicolons or spaces, or copied from
 * Outlook), press Enter or Add; each chip can be removed. What is not an address stays in the box with the error.
 */
export function ReportEmailsField({ form, readOnly }: ReportEmailsFieldProps) {
  const styles = useStyles();
  const hint = `Where the reports go. Separate several with a comma, semicolon or space (up to ${maxReportAddresses}).`;
  return (
    <Field
      label="Report email addresses"
      required={!readOnly}
      hint={readOnly ? undefined : hint}
      validationMessage={form.errors.emails}
      validationState={form.errors.emails ? "error" : "none"}
    >
      {(control) => (
        <div className={styles.control}>
          {form.emails.length > 0 ? (
            <TagGroup
              className={styles.tags}
              {...(readOnly ? { "aria-labelledby": control["aria-labelledby"] } : { "aria-label": "Report addresses" })}
              onDismiss={(_, data) => form.removeEmail(String(data.value))}
            >
              {form.emails.map((email) => (
                <Tag
                  key={email}
                  value={email}
                  className={styles.tag}
                  primaryText={{ className: styles.tagText }}
                  title={email}
                  shape="circular"
                  appearance="brand"
                  icon={<MailRegular />}
                  dismissible={!readOnly}
                  dismissIcon={{ "aria-label": `Remove ${email}` }}
                >
                  {email}
                </Tag>
              ))}
            </TagGroup>
          ) : readOnly ? (
            <Text className={styles.none}>No report addresses yet.</Text>
          ) : null}
          {readOnly ? null : <AddressInput form={form} control={control} />}
        </div>
      )}
    </Field>
  );
}

/** The box new addresses are typed or pasted into; Enter, comma, semicolon, space, Add or leaving it makes chips. */
function AddressInput({ form, control }: { form: ReportingForm; control: FieldControlProps }) {
  const styles = useStyles();
  const pending = form.draft.trim() !== "";
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!separatorKeys.has(event.key)) return;
    // Enter adds the address; it never submits Provision by accident.
    if (event.key === "Enter" || pending) event.preventDefault();
    if (pending) form.commitDraft();
  };
  return (
    <Input
      {...control}
      className={styles.input}
      inputMode="email"
      name="emails"
      placeholder={form.emails.length > 0 ? "Add another address" : "name@example.com"}
      value={form.draft}
      autoComplete="off"
      spellCheck={false}
      onChange={(_, data) => (hasSeparator(data.value) ? form.commitDraft(data.value) : form.setDraft(data.value))}
      onKeyDown={onKeyDown}
      onBlur={() => pending && form.commitDraft()}
      contentAfter={
        <Button appearance="transparent" size="small" icon={<AddRegular />} disabled={!pending} onClick={() => form.commitDraft()}>
          Add
        </Button>
      }
    />
  );
}
