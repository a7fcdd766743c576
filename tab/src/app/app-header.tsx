import { Persona, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ShieldCheckmarkFilled } from "@fluentui/react-icons";
import type { StaffRole } from "../../../contract/index.js";
import { useSession } from "./session.js";

const roleLabels: Record<StaffRole, string> = { admin: "Admin", operator: "Operator", viewer: "Viewer" };

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 600px)": { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  },
  brand: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  logo: { fontSize: "24px", color: tokens.colorBrandForeground1, flexShrink: 0 },
  name: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", "@media (max-width: 480px)": { fontSize: tokens.fontSizeBase300 } },
  persona: {
    minWidth: 0,
    flexShrink: 1,
    "& .fui-Persona__primaryText": { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
    "@media (max-width: 400px)": { "& .fui-Persona__avatar": { display: "none" } },
  },
});

/** The product name and who is signed in, with their role. */
export function AppHeader() {
  const styles = useStyles();
  const { me } = useSession();
  const role = roleLabels[me.role];
  return (
    <header className={styles.root}>
      <div className={styles.brand}>
        <ShieldCheckmarkFilled className={styles.logo} aria-hidden />
        <Text as="span" weight="semibold" size={400} className={styles.name}>
          Backup365 for Teams
        </Text>
      </div>
      <Persona
        className={styles.persona}
        name={me.name}
        secondaryText={role}
        textAlignment="center"
        size="small"
      />
    </header>
  );
}
