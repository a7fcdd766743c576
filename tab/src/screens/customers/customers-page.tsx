import { Field, SearchBox, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useSession } from "../../app/session.js";
import { useResource } from "../../hooks/use-resource.js";
import { ErrorBar } from "../../ui/error-bar.js";
import { Loading } from "../../ui/loading.js";
import { Surface } from "../../ui/surface.js";
import { CustomersTable } from "./customers-table.js";
import { filterCustomers } from "./filter-customers.js";

const useStyles = makeStyles({
  head: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
  titles: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  count: { color: tokens.colorNeutralForeground3 },
  filter: { width: "280px", maxWidth: "100%", "@media (max-width: 600px)": { width: "100%" } },
  empty: { padding: tokens.spacingVerticalL, color: tokens.colorNeutralForeground3 },
});

/** Every customer of the MSP, with where each stands on the guide's path. */
export function CustomersPage() {
  const styles = useStyles();
  const { api } = useSession();
  const customers = useResource((signal) => api.listCustomers({ signal }), [api]);
  const [filter, setFilter] = useState("");
  const all = customers.data?.customers ?? [];
  const shown = useMemo(() => filterCustomers(all, filter), [all, filter]);
  const countText = filter.trim() ? `${shown.length} of ${all.length} customers` : `${all.length} customers`;

  return (
    <Surface label="Customers">
      <div className={styles.head}>
        <div className={styles.titles}>
          <Title3 as="h1">Customers</Title3>
          <Text size={200} className={styles.count} role="status" aria-live="polite">
            {customers.data ? countText : ""}
          </Text>
        </div>
        <Field label="Filter customers" className={styles.filter}>
          <SearchBox value={filter} onChange={(_, data) => setFilter(data.value)} placeholder="Name, product or status" />
        </Field>
      </div>
      {customers.status === "error" ? <ErrorBar error={customers.error} onRetry={customers.reload} /> : null}
      {customers.status === "loading" && !customers.data ? <Loading label="Loading customers…" /> : null}
      {customers.data ? (
        shown.length > 0 ? (
          <CustomersTable customers={shown} />
        ) : (
          <Text className={styles.empty}>{all.length ? `No customers match "${filter.trim()}".` : "No customers yet."}</Text>
        )
      ) : null}
    </Surface>
  );
}
