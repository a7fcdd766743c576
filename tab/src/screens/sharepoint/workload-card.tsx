import { ProgressBar, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CloudRegular, GlobeRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { JobCounts } from "../../../../contract/index.js";
import { formatNumber } from "../users/format-count.js";
import { workloadProgress, workloadWords, type SiteWorkload } from "./describe-provision.js";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  icon: { fontSize: "20px", color: tokens.colorBrandForeground1, flexShrink: 0 },
  stats: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: tokens.spacingHorizontalM },
  stat: { display: "flex", flexDirection: "column", minWidth: 0 },
  label: { color: tokens.colorNeutralForeground2 },
  value: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  failed: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link WorkloadCard}. */
export interface WorkloadCardProps {
  workload: SiteWorkload;
  counts: JobCounts;
  /** The job has finished (a total of 0 then means there was nothing to find). */
  finished: boolean;
  /** The job is moving (queued or running): a zero total means it is still looking. */
  moving: boolean;
}

/** One workload's counts: sites (or drives) found, protected so far and failed, with its own bar. */
export function WorkloadCard({ workload, counts, finished, moving }: WorkloadCardProps) {
  const styles = useStyles();
  const titleId = useId();
  const words = workloadWords[workload];
  const searching = moving && counts.total === 0;
  const Icon = workload === "sharePoint" ? GlobeRegular : CloudRegular;
  const found = searching ? "—" : formatNumber(counts.total);
  const valueText = searching
    ? `Finding ${words.many}…`
    : `${formatNumber(counts.protected)} of ${formatNumber(counts.total)} ${words.many} protected, ${formatNumber(counts.failed)} failed`;

  return (
    <div className={styles.card} role="group" aria-labelledby={titleId}>
      <div className={styles.head}>
        <Icon className={styles.icon} aria-hidden />
        <Text weight="semibold" id={titleId}>
          {words.title}
        </Text>
      </div>
      <div className={styles.stats}>
        <Stat label={`${capitalise(words.many)} found`} value={found} />
        <Stat label="Protected" value={formatNumber(counts.protected)} />
        <Stat label="Failed" value={formatNumber(counts.failed)} className={counts.failed > 0 ? styles.failed : undefined} />
      </div>
      <ProgressBar
        aria-label={`${words.title} progress`}
        aria-valuetext={valueText}
        value={workloadProgress(counts, finished)}
        max={1}
        color={counts.failed > 0 ? "warning" : finished ? "success" : "brand"}
      />
      <Text size={200} className={styles.note}>
        {searching ? `Finding ${words.many}…` : counts.pending > 0 ? `${formatNumber(counts.pending)} pending` : finished && counts.total === 0 ? `No ${words.many} to protect` : " "}
      </Text>
    </div>
  );
}

function Stat({ label, value, className }: { label: string; value: string; className?: string }) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <div className={styles.stat} role="group" aria-labelledby={labelId}>
      <Text size={200} id={labelId} className={styles.label}>
        {label}
      </Text>
      <Text className={mergeClasses(styles.value, className)}>{value}</Text>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
