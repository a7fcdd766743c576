import { Button, Field, SearchBox, Spinner, Subtitle1, Text, Toolbar, ToolbarButton, makeStyles, tokens, type TableRowId } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useEffect, useState, type ReactNode } from "react";
import type { BackupState } from "../../../../contract/index.js";
import { useDebouncedValue } from "../../hooks/use-debounced-value.js";
import { ErrorBar } from "../../ui/error-bar.js";
import { Loading } from "../../ui/loading.js";
import { Surface } from "../../ui/surface.js";
import { BackupFilter } from "./backup-filter.js";
import { formatNumber, formatUserCount } from "./format-count.js";
import { UsersGrid } from "./users-grid.js";
import { useUserPages } from "./use-user-pages.js";

const useStyles = makeStyles({
  head: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
  titles: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  count: { color: tokens.colorNeutralForeground3 },
  tools: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    flexGrow: 1,
    justifyContent: "flex-end",
    "@media (max-width: 600px)": { justifyContent: "space-between", width: "100%" },
  },
  search: {
    width: "240px",
    maxWidth: "100%",
    "& .fui-SearchBox": { minWidth: 0, width: "100%", boxSizing: "border-box" },
    "@media (max-width: 600px)": { width: "auto", flexGrow: 1, flexBasis: "180px", minWidth: 0 },
  },
  toolbar: { flexWrap: "wrap" },
  more: { alignSelf: "center" },
  empty: { padding: tokens.spacingVerticalL, color: tokens.colorNeutralForeground3 },
});

/** The ticked users, handed to the toolbar's own actions (Enable selected, All). */
export interface UserSelection {
  ids: string[];
  clear: () => void;
  /** The tenant's user count when the list shows everyone (no search, no filter), else null. */
  listedTotal: number | null;
}

/** Props of {@link UserList}. */
export interface UserListProps {
  customerId: string;
  /** A change re-reads the rows shown (their Backup badges) without clearing the list. */
  refreshKey?: number;
  renderActions?: (selection: UserSelection) => ReactNode;
  /** Shown under the toolbar, next to its actions (Enable Auto). */
  besideActions?: ReactNode;
}

/** Shown after Enable: the tenant's users with search, a backup-state filter, ticks and Load more. */
export function UserList({ customerId, refreshKey = 0, renderActions, besideActions }: UserListProps) {
  const styles = useStyles();
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<BackupState | undefined>();
  const [selected, setSelected] = useState<Set<TableRowId>>(() => new Set());
  const debounced = useDebouncedValue(search.trim(), 300);
  const users = useUserPages(customerId, { search: debounced, status }, refreshKey);
  useEffect(() => setSelected(new Set()), [debounced, status]);

  const loaded = users.users.length;
  const countText = users.total !== null ? formatUserCount(users.total) : `${formatNumber(loaded)} users loaded`;
  const showingText = users.total !== null && loaded < users.total ? `Showing ${formatNumber(loaded)}` : "";
  const selection: UserSelection = {
    ids: [...selected].map(String),
    clear: () => setSelected(new Set()),
    listedTotal: !debounced && !status ? users.total : null,
  };

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
          <BackupFilter value={status} onChange={setStatus} />
          <Toolbar aria-label="User actions" className={styles.toolbar}>
            {renderActions?.(selection)}
            <ToolbarButton icon={users.status === "refreshing" ? <Spinner size="tiny" /> : <ArrowClockwiseRegular />} onClick={users.reload}>
              Refresh
            </ToolbarButton>
          </Toolbar>
        </div>
      </div>
      {besideActions}
      {users.status === "error" ? <ErrorBar error={users.error} onRetry={loaded ? users.loadMore : users.reload} /> : null}
      {users.status === "loading" ? <Loading label="Loading users…" /> : null}
      {users.status !== "loading" && loaded > 0 ? <UsersGrid users={users.users} selected={selected} onSelectedChange={setSelected} /> : null}
      {users.status === "ready" && loaded === 0 ? <Text className={styles.empty}>{emptyText(debounced, status)}</Text> : null}
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

const stateWords: Record<BackupState, string> = { off: "off", requested: "pending", protected: "protected", failed: "failed" };

function emptyText(search: string, status: BackupState | undefined): string {
  if (status) return search ? `No ${stateWords[status]} users match "${search}".` : `No users are ${stateWords[status]}.`;
  return search ? `No users match "${search}".` : "No users found in this tenant.";
}
