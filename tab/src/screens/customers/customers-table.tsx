import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Customer } from "../../../../contract/index.js";
import { navigate, routeHref } from "../../app/route.js";
import { TenantStatusBadge } from "./tenant-status-badge.js";

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  narrowHidden: { "@media (max-width: 600px)": { display: "none" } },
  narrowOnly: { display: "none", "@media (max-width: 600px)": { display: "block" } },
  product: { color: tokens.colorNeutralForeground3 },
  name: { fontWeight: tokens.fontWeightSemibold },
});

/** The customer list; each name is a link to its customer page. */
export function CustomersTable({ customers }: { customers: Customer[] }) {
  const styles = useStyles();
  return (
    <Table aria-label="Customers" className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Customer</TableHeaderCell>
          <TableHeaderCell className={styles.narrowHidden}>Product</TableHeaderCell>
          <TableHeaderCell>Tenant status</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {customers.map((customer) => {
          const route = { name: "customer", customerId: customer.id, tab: "mailboxes" } as const;
          return (
            <TableRow key={customer.id}>
              <TableCell>
                <TableCellLayout>
                  <Link
                    href={routeHref(route)}
                    className={styles.name}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(route);
                    }}
                  >
                    {customer.name}
                  </Link>
                  <Text as="span" size={200} className={`${styles.narrowOnly} ${styles.product}`}>
                    {customer.product}
                  </Text>
                </TableCellLayout>
              </TableCell>
              <TableCell className={styles.narrowHidden}>{customer.product}</TableCell>
              <TableCell>
                <TenantStatusBadge customer={customer} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
