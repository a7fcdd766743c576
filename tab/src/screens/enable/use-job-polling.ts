import { useEffect } from "react";
import type { Job } from "../../../../contract/index.js";
import { isApiError } from "../../api/index.js";
import { useSession } from "../../app/session.js";
import { isMoving } from "./job-state.js";

/** How often a queued or running job is read again. */
export const jobPollMs = 1_500;

/** Callbacks of {@link useJobPolling}. */
export interface UseJobPollingOptions {
  onJob: (job: Job) => void;
  /** A read failed (null: the next one worked again). Polling goes on, slower, unless the job is gone. */
  onError: (error: unknown) => void;
  /** Time between reads; {@link jobPollMs} unless given. */
  intervalMs?: number;
}

/** Reads the job every 1.5 s (or `intervalMs`) while it is queued or running; stops when it finishes, pauses, or the screen goes. */
export function useJobPolling(customerId: string, job: Job | null, options: UseJobPollingOptions): void {
  const { api } = useSession();
  const jobId = job?.id;
  const moving = job ? isMoving(job.status) : false;
  const { onJob, onError } = options;
  const every = options.intervalMs ?? jobPollMs;

  useEffect(() => {
    if (!jobId || !moving) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const next = await api.getJob(customerId, jobId, { signal: controller.signal });
        if (controller.signal.aborted) return;
        onError(null);
        onJob(next);
        if (isMoving(next.status)) timer = setTimeout(tick, every);
      } catch (error) {
        if (controller.signal.aborted) return;
        onError(error);
        const gone = isApiError(error) && (error.status === 401 || error.status === 403 || error.status === 404);
        if (!gone) timer = setTimeout(tick, every * 2);
      }
    };
    timer = setTimeout(tick, every);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
    // onJob/onError are state setters or stable callbacks; the poll restarts only for another job or status.
  }, [api, customerId, jobId, moving, every]);
}
