import { makeStyles, tokens } from "@fluentui/react-components";
import { CustomerPage } from "../screens/customer/customer-page.js";
import { CustomersPage } from "../screens/customers/customers-page.js";
import { AppHeader } from "./app-header.js";
import { useRoute } from "./route.js";

const useStyles = makeStyles({
  main: {
    boxSizing: "border-box",
    width: "100%",
    maxWidth: "1120px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    "@media (max-width: 600px)": { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
});

/** Header plus the screen the URL hash points at. */
export function AppShell() {
  const styles = useStyles();
  const route = useRoute();
  return (
    <>
      <AppHeader />
      <main className={styles.main}>
        {route.name === "customer" ? (
          <CustomerPage key={route.customerId} customerId={route.customerId} tab={route.tab} />
        ) : (
          <CustomersPage />
        )}
      </main>
    </>
  );
}
