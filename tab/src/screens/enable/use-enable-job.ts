import { useCallback, useEffect, useState } from "react";
import type { EnableUsersRequest, EnableUsersResponse, Job } from "../../../../contract/index.js";
import { useSession } from "../../app/session.js";
import { isFinished, pickJob } from "./job-state.js";
import { useJobPolling } from "./use-job-polling.js";

/** What staff hear when a second All joins the one already running. */
export const joinedNotice = "Already enabling all users — showing that job.";

/**
 * The customer's enable job as staff follow it: the latest one from /jobs, kept fresh by polling, and the
 * actions that start or change one (Enable, Resume, Retry failed) with their errors and notices.
 */
export function useEnableJob(customerId: string) {
  const { api } = useSession();
  const [job, setJob] = useState<Job | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pollError, setPollError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    api.listJobs(customerId, { signal: controller.signal }).then(
      ({ jobs }) => !controller.signal.aborted && setJob((current) => current ?? pickJob(jobs)),
      (caught: unknown) => !controller.signal.aborted && setError(caught),
    );
    return () => controller.abort();
  }, [api, customerId]);

  // A poll answer for a job no longer shown (staff just started another) is dropped.
  const onPolled = useCallback((next: Job) => setJob((current) => (current && current.id !== next.id ? current : next)), []);
  useJobPolling(customerId, job, { onJob: onPolled, onError: setPollError });

  const act = useCallback(async (action: () => Promise<EnableUsersResponse>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const answer = await action();
      setJob(answer.job);
      setNotice(answer.joined ? joinedNotice : null);
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const enable = useCallback((body: EnableUsersRequest) => act(() => api.enableUsers(customerId, body)), [act, api, customerId]);
  const resume = useCallback(
    (jobId: string) => act(async () => ({ job: await api.resumeJob(customerId, jobId), joined: false })),
    [act, api, customerId],
  );
  const retryFailed = useCallback((jobId: string) => act(() => api.retryFailed(customerId, jobId)), [act, api, customerId]);

  // "Already enabling…" only makes sense while that job is still under way.
  const shownNotice = notice && job && !isFinished(job.status) ? notice : null;
  return { job, notice: shownNotice, error, pollError, busy, enable, resume, retryFailed };
}

/** The state and actions of {@link useEnableJob}. */
export type EnableJob = ReturnType<typeof useEnableJob>;
