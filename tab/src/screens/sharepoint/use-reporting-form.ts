import { useState } from "react";
import { ReportKind, ReportingOptions, type ReportCadence } from "../../../../contract/index.js";
import { isApiError } from "../../api/index.js";
import { invalidAddressMessage, maxReportAddresses, mergeAddresses, parseAddresses } from "./parse-addresses.js";

/** The fields that can carry their own error (the server's `field`, or the client's check). */
export type ReportingField = "reports" | "cadence" | "emails";
type FieldErrors = Partial<Record<ReportingField, string>>;

const fields: readonly string[] = ["reports", "cadence", "emails"];

/** The field an error belongs to: "emails", "emails.1" and "emails[1]" all go to emails. */
function fieldOf(path: string | number | undefined): ReportingField | null {
  const name = String(path ?? "").split(/[.[]/)[0] ?? "";
  return fields.includes(name) ? (name as ReportingField) : null;
}

/** The reporting options form: its values, the address chips and their draft, and the errors of each field. */
export function useReportingForm(initial: ReportingOptions) {
  const [reports, setReports] = useState<ReportKind[]>(initial.reports);
  const [cadence, setCadence] = useState<ReportCadence>(initial.cadence);
  const [emails, setEmails] = useState<string[]>(initial.emails);
  const [draft, setDraft] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});

  const setError = (field: ReportingField, message: string | undefined) => setErrors((current) => ({ ...current, [field]: message }));

  /** Turns the draft into chips; what is not an address stays in the draft with the field's error. Returns the chips. */
  const commitDraft = (text = draft): { emails: string[]; ok: boolean } => {
    const { valid, invalid } = parseAddresses(text);
    const merged = mergeAddresses(emails, valid);
    setEmails(merged.emails);
    setDraft(invalid.join(", "));
    const message = invalid.length > 0 ? invalidAddressMessage(invalid) : merged.overflow > 0 ? `At most ${maxReportAddresses} report addresses.` : undefined;
    setError("emails", message);
    return { emails: merged.emails, ok: !message };
  };

  const toggleReport = (kind: ReportKind, on: boolean) => {
    // Kept in the page's order, whatever order they were ticked in.
    setReports((current) => ReportKind.options.filter((k) => (k === kind ? on : current.includes(k))));
    setError("reports", undefined);
  };

  const removeEmail = (email: string) => {
    setEmails((current) => current.filter((e) => e !== email));
    setError("emails", undefined);
  };

  /** The request to send, or null after showing each field's error (nothing is sent then). */
  const validate = (): ReportingOptions | null => {
    const committed = commitDraft();
    const parsed = ReportingOptions.safeParse({ reports, cadence, emails: committed.emails });
    if (parsed.success && committed.ok) return parsed.data;
    const next: FieldErrors = {};
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const field = fieldOf(issue.path[0]);
      if (field && !next[field]) next[field] = issue.message;
    }
    setErrors((current) => ({ ...next, emails: current.emails ?? next.emails }));
    return null;
  };

  /** Puts a server's field error next to its field; false when the error belongs to no field. */
  const showServerError = (error: unknown): boolean => {
    if (!isApiError(error) || error.status >= 500) return false;
    const field = fieldOf(error.field);
    if (!field) return false;
    setError(field, error.message);
    return true;
  };

  return {
    reports,
    cadence,
    emails,
    draft,
    errors,
    toggleReport,
    setCadence: (value: ReportCadence) => setCadence(value),
    setDraft: (text: string) => {
      setDraft(text);
      if (errors.emails) setError("emails", undefined);
    },
    commitDraft,
    removeEmail,
    validate,
    showServerError,
  };
}

/** The state and actions of {@link useReportingForm}. */
export type ReportingForm = ReturnType<typeof useReportingForm>;
