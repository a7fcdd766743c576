import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Job } from "../../../../contract/index.js";
import { formatNumber } from "../users/format-count.js";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { overflowWrap: "anywhere" },
  more: { color: tokens.colorNeutralForeground3 },
});

/** Who failed and why, in Microsoft's words (the server keeps the first 20; the Failed filter shows them all). */
export function JobFailures({ job }: { job: Job }) {
  const styles = useStyles();
  const more = job.counts.failed - job.failures.length;
  if (job.failures.length === 0) return null;
  return (
    <>
      <ul className={styles.list} aria-label="Failed users">
        {job.failures.map((failure) => (
          <li key={failure.userId} className={styles.item}>
            <Text weight="semibold">{failure.displayName}</Text>: {failure.message}
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <Text size={200} className={styles.more}>
          and {formatNumber(more)} more: choose Failed under Backup state to see them all.
        </Text>
      ) : null}
    </>
  );
}
