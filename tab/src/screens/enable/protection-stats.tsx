import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { ProtectionSummary } from "../../../../contract/index.js";
import { formatNumber } from "../users/format-count.js";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  stat: {
    display: "flex",
    flexDirection: "column",
    minWidth: "112px",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: "solid",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  protected: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  pending: { borderLeftColor: tokens.colorPaletteYellowBorderActive },
  failed: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  off: { borderLeftColor: tokens.colorNeutralStroke1 },
  label: { color: tokens.colorNeutralForeground2 },
  value: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3 },
});

type StatKey = "protected" | "pending" | "failed" | "off";
const stats: Array<{ key: StatKey; label: string }> = [
  { key: "protected", label: "Protected" },
  { key: "pending", label: "Pending" },
  { key: "failed", label: "Failed" },
  { key: "off", label: "Off" },
];

/** Protected / Pending / Failed / Off across the tenant; "—" until the users are first counted (the first Enable). */
export function ProtectionStats({ summary }: { summary: ProtectionSummary | undefined }) {
  const styles = useStyles();
  const counted = Boolean(summary?.lastSyncAt);
  return (
    <>
      <div className={styles.row} role="group" aria-label="Protection counts">
        {stats.map(({ key, label }) => (
          <Stat key={key} label={label} className={styles[key]} value={summary && counted ? formatNumber(summary[key]) : "—"} />
        ))}
      </div>
      {summary && !counted ? <Text size={200} className={styles.note}>The counts start with the first Enable.</Text> : null}
    </>
  );
}

function Stat({ label, value, className }: { label: string; value: string; className: string }) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <div className={mergeClasses(styles.stat, className)} role="group" aria-labelledby={labelId}>
      <Text size={200} id={labelId} className={styles.label}>
        {label}
      </Text>
      <Text className={styles.value}>{value}</Text>
    </div>
  );
}
