import { Button, Field, SearchBox, Spinner, Subtitle1, Text, Toolbar, ToolbarButton, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useDebouncedValue } from "../../hooks/use-debounced-value.js";
import { ErrorBar } from "../../ui/error-bar.js";
import { Loading } from "../../ui/loading.js";
import { Surface } from "../../ui/surface.js";
import { formatNumber, formatUserCount } from "./format-count.js";
import { UsersGrid } from "./users-grid.js";
import { useUserPages } from "./use-user-pages.js";

const useStyles = makeStyles({
  head: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
  titles: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  count: { color: tokens.colorNeutralForeground3 },
  tools: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    flexGrow: 1,
    justifyContent: "flex-end",
    "@media (max-width: 600px)": { justifyContent: "space-between", flexWrap: "wrap", width: "100%" },
  },
  search: {
    width: "280px",
    maxWidth: "100%",
    "& .fui-SearchBox": { minWidth: 0, width: "100%", boxSizing: "border-box" },
    "@media (max-width: 600px)": { width: "auto", flexGrow: 1, flexBasis: "180px", minWidth: 0 },
  },
  more: { alignSelf: "center" },
  empty: { padding: tokens.spacingVerticalL, color: tokens.colorNeutralForeground3 },
});

/** Shown after Enable: the tenant's users with server-side search and Load more. */
export function UserList({ customerId }: { customerId: string }) {
  const styles = useStyles();
  const [search, setSearch] = useState("");
  const debounced = useDebouncedValue(search.trim(), 300);
  const users = useUserPages(customerId, debounced);
  const loaded = users.users.length;
  const countText = users.total !== null ? formatUserCount(users.total) : `${formatNumber(loaded)} users loaded`;
  const showingText = users.total !== null && loaded < users.total ? `Showing ${formatNumber(loaded)}` : "";

  return (
    <Surface label="Users">
      <div className={styles.head}>
        <div className={styles.titles}>
          <Subtitle1 as="h2">Users</Subtitle1>
          <Text size={200} className={styles.count} role="status" aria-live="polite">
            {users.status === "loading" ? null : (
              <>
                <span>{countText}</span>
                {showingText ? <span>{` · ${showingText}`}</span> : null}
              </>
            )}
          </Text>
        </div>
        <div className={styles.tools}>
          <Field label="Search users" className={styles.search}>
            <SearchBox value={search} onChange={(_, data) => setSearch(data.value)} placeholder="Name or email" />
          </Field>
          <Toolbar aria-label="User actions">
            <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={users.reload}>
              Refresh
            </ToolbarButton>
          </Toolbar>
        </div>
      </div>
      {users.status === "error" ? <ErrorBar error={users.error} onRetry={loaded ? users.loadMore : users.reload} /> : null}
      {users.status === "loading" ? <Loading label="Loading users…" /> : null}
      {users.status !== "loading" && loaded > 0 ? <UsersGrid users={users.users} /> : null}
      {users.status === "ready" && loaded === 0 ? (
        <Text className={styles.empty}>{debounced ? `No users match "${debounced}".` : "No users found in this tenant."}</Text>
      ) : null}
      {users.nextCursor && users.status !== "loading" ? (
        <Button
          className={styles.more}
          onClick={users.loadMore}
          disabledFocusable={users.status === "loading-more"}
          icon={users.status === "loading-more" ? <Spinner size="tiny" /> : undefined}
        >
          Load more
        </Button>
      ) : null}
    </Surface>
  );
}
