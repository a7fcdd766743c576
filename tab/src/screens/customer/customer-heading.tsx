import { Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { Customer } from "../../../../contract/index.js";
import { TenantStatusBadge } from "../customers/tenant-status-badge.js";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  title: { overflowWrap: "anywhere", margin: 0 },
  product: { color: tokens.colorNeutralForeground3 },
});

/** The customer's name and product, with the tenant status beside them. */
export function CustomerHeading({ customer }: { customer: Customer }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Title2 as="h1" className={styles.title}>
        {customer.name}
      </Title2>
      <Text size={400} className={styles.product}>
        {customer.product}
      </Text>
      <TenantStatusBadge customer={customer} />
    </div>
  );
}
