import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  TableCellLayout,
  createTableColumn,
  makeStyles,
  tokens,
  type TableColumnId,
  type TableRowId,
} from "@fluentui/react-components";
import type { TenantUser } from "../../../../contract/index.js";
import { BackupBadge } from "./backup-badge.js";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", minWidth: 0 },
  grid: { minWidth: "680px" },
  wide: { flexGrow: 3, flexBasis: 0 },
  medium: { flexGrow: 2, flexBasis: 0 },
  narrow: { flexGrow: 1, flexBasis: 0, minWidth: "88px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

const columns = [
  createTableColumn<TenantUser>({
    columnId: "name",
    renderHeaderCell: () => "Name",
    renderCell: (user) => <TableCellLayout truncate title={user.displayName}>{user.displayName}</TableCellLayout>,
  }),
  createTableColumn<TenantUser>({
    columnId: "upn",
    renderHeaderCell: () => "User principal name",
    renderCell: (user) => <TableCellLayout truncate title={user.userPrincipalName}>{user.userPrincipalName}</TableCellLayout>,
  }),
  createTableColumn<TenantUser>({
    columnId: "licensed",
    renderHeaderCell: () => "Licensed",
    renderCell: (user) => <Muted when={!user.licensed}>{user.licensed ? "Yes" : "No"}</Muted>,
  }),
  createTableColumn<TenantUser>({
    columnId: "account",
    renderHeaderCell: () => "Account",
    renderCell: (user) => <Muted when={!user.accountEnabled}>{user.accountEnabled ? "Enabled" : "Disabled"}</Muted>,
  }),
  createTableColumn<TenantUser>({
    columnId: "backup",
    renderHeaderCell: () => "Backup",
    renderCell: (user) => <BackupBadge state={user.backup} error={user.backupError} />,
  }),
];

function Muted({ when, children }: { when: boolean; children: string }) {
  const styles = useStyles();
  return <span className={when ? styles.muted : undefined}>{children}</span>;
}

/** Props of {@link UsersGrid}. */
export interface UsersGridProps {
  users: TenantUser[];
  /** The ids of the ticked users. */
  selected: ReadonlySet<TableRowId>;
  onSelectedChange: (selected: Set<TableRowId>) => void;
}

/** The tenant's users with a checkbox each; the header checkbox ticks every row shown. */
export function UsersGrid({ users, selected, onSelectedChange }: UsersGridProps) {
  const styles = useStyles();
  const widthOf = (columnId: TableColumnId) =>
    columnId === "upn" ? styles.wide : columnId === "name" ? styles.medium : styles.narrow;
  return (
    <div className={styles.scroll}>
      <DataGrid
        className={styles.grid}
        items={users}
        columns={columns}
        getRowId={(user: TenantUser) => user.id}
        focusMode="composite"
        aria-label="Users"
        selectionMode="multiselect"
        selectedItems={selected}
        onSelectionChange={(_, data) => onSelectedChange(data.selectedItems)}
      >
        <DataGridHeader>
          <DataGridRow selectionCell={{ checkboxIndicator: { "aria-label": "Select all users shown" } }}>
            {({ renderHeaderCell, columnId }) => <DataGridHeaderCell className={widthOf(columnId)}>{renderHeaderCell()}</DataGridHeaderCell>}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<TenantUser>>
          {({ item, rowId }) => (
            <DataGridRow<TenantUser> key={rowId} selectionCell={{ checkboxIndicator: { "aria-label": `Select ${item.displayName} (${item.userPrincipalName})` } }}>
              {({ renderCell, columnId }) => <DataGridCell className={widthOf(columnId)}>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
