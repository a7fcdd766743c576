import { useEffect, useRef } from "react";
import type { Job } from "../../../../contract/index.js";
import { isMoving, jobMoveKey } from "./job-state.js";

/** Callbacks of {@link useJobRefresh}. */
export interface UseJobRefreshOptions {
  /** The job moved (status or counts): refresh the protection counts. */
  onMove: () => void;
  /** The job stopped moving (finished or paused): refresh the user rows. */
  onSettle: () => void;
}

/** Tells what depends on the job when it moves and when it settles; the first job seen only sets the baseline. */
export function useJobRefresh(job: Job | null, { onMove, onSettle }: UseJobRefreshOptions): void {
  const key = jobMoveKey(job);
  const last = useRef<{ key: string; id: string | null; moving: boolean }>({ key: "", id: null, moving: false });

  useEffect(() => {
    const previous = last.current;
    const moving = job ? isMoving(job.status) : false;
    last.current = { key, id: job?.id ?? null, moving };
    if (!job || previous.key === key || previous.key === "") return;
    onMove();
    if (previous.id === job.id && previous.moving && !moving) onSettle();
    // The key captures every change of the job that matters.
  }, [key]);
}
