import { Badge, Text, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import type { BackupState } from "../../../../contract/index.js";

const looks: Record<BackupState, { label: string; color: NonNullable<BadgeProps["color"]> }> = {
  off: { label: "Off", color: "informative" },
  requested: { label: "Requested", color: "warning" },
  protected: { label: "Protected", color: "success" },
  failed: { label: "Failed", color: "danger" },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS, minWidth: 0, maxWidth: "100%" },
  reason: { color: tokens.colorPaletteRedForeground1, maxWidth: "100%", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

/** A user's backup state (Off, Requested, Protected, Failed) and, when it failed, Microsoft's reason. */
export function BackupBadge({ state, error }: { state: BackupState; error?: string | null }) {
  const styles = useStyles();
  const look = looks[state];
  return (
    <span className={styles.root}>
      <Badge appearance={state === "off" ? "outline" : "tint"} color={look.color} shape="rounded">
        {look.label}
      </Badge>
      {state === "failed" && error ? (
        <Text size={100} className={styles.reason} title={error}>
          {error}
        </Text>
      ) : null}
    </span>
  );
}
