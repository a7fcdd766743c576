import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { JobStatus } from "../../../../contract/index.js";
import { jobStatusText } from "./describe-job.js";

const badgeColors: Record<JobStatus, NonNullable<BadgeProps["color"]>> = {
  queued: "informative",
  running: "brand",
  paused: "warning",
  done: "success",
  doneWithErrors: "warning",
};

const barColors: Record<JobStatus, "brand" | "success" | "warning" | "error"> = {
  queued: "brand",
  running: "brand",
  paused: "warning",
  done: "success",
  doneWithErrors: "warning",
};

/** The colour of a job's progress bar: brand while it moves, green when done, amber when paused or with errors. */
export function jobBarColor(status: JobStatus): "brand" | "success" | "warning" | "error" {
  return barColors[status];
}

/** Queued, Running, Paused, Done or Done with errors, as a tinted badge beside the job's heading. */
export function JobStatusBadge({ status }: { status: JobStatus }) {
  return (
    <Badge appearance="tint" shape="rounded" color={badgeColors[status]}>
      {jobStatusText(status)}
    </Badge>
  );
}
