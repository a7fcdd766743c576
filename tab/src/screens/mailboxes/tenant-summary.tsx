import { makeStyles, tokens } from "@fluentui/react-components";
import type { Customer } from "../../../../contract/index.js";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: 0, overflowWrap: "anywhere", fontFamily: "inherit" },
});

/** What is known of the customer's tenant: its name, domain and GUID. */
export function TenantSummary({ customer }: { customer: Customer }) {
  const styles = useStyles();
  const rows: Array<[string, string | null]> = [
    ["Tenant", customer.tenantDisplayName],
    ["Domain", customer.tenantDomain],
    ["Tenant ID", customer.tenantId],
  ];
  return (
    <dl className={styles.list} aria-label="Tenant">
      {rows
        .filter((row): row is [string, string] => Boolean(row[1]))
        .map(([term, detail]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.detail}>{detail}</dd>
          </div>
        ))}
    </dl>
  );
}
