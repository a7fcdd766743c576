import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Job } from "../../../../contract/index.js";
import { formatNumber } from "../users/format-count.js";
import { failureWorkloadText } from "./describe-provision.js";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { overflowWrap: "anywhere" },
  kind: { color: tokens.colorNeutralForeground3 },
  more: { color: tokens.colorNeutralForeground3 },
});

/** Which sites and drives failed and why, in Microsoft's words (the server keeps the first few). */
export function SiteFailures({ job }: { job: Job }) {
  const styles = useStyles();
  if (job.failures.length === 0) return null;
  const more = job.counts.failed - job.failures.length;
  return (
    <>
      <ul className={styles.list} aria-label="Failed sites and drives">
        {job.failures.map((failure) => {
          const kind = failureWorkloadText(failure.workload);
          return (
            <li key={`${failure.workload ?? ""}:${failure.userId}`} className={styles.item}>
              <Text weight="semibold">{failure.displayName}</Text>
              {kind ? <Text className={styles.kind}> ({kind})</Text> : null}: {failure.message}
            </li>
          );
        })}
      </ul>
      {more > 0 ? (
        <Text size={200} className={styles.more}>
          and {formatNumber(more)} more.
        </Text>
      ) : null}
    </>
  );
}
