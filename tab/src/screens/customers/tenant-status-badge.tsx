import { Badge, makeStyles } from "@fluentui/react-components";
import type { Customer } from "../../../../contract/index.js";
import { tenantStatus } from "./tenant-status.js";

const useStyles = makeStyles({
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
});

/** The tenant status as a coloured badge. */
export function TenantStatusBadge({ customer }: { customer: Pick<Customer, "origin" | "connection"> }) {
  const styles = useStyles();
  const status = tenantStatus(customer);
  return (
    <Badge appearance="tint" color={status.color} shape="rounded" className={styles.badge}>
      {status.label}
    </Badge>
  );
}
