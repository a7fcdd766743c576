import { useCallback, useState } from "react";
import type { Job, ProvisionSitesResponse, ReportingOptions } from "../../../../contract/index.js";
import { useSession } from "../../app/session.js";
import { useResource } from "../../hooks/use-resource.js";
import { useJobPolling } from "../enable/use-job-polling.js";

/** How often a running provisioning job is read again (it runs for minutes, not seconds). */
export const sitesPollMs = 2_000;

/**
 * The SharePoint / OneDrive panel's state: the newest provisioning job and the options last used (from
 * GET …/sharepoint), the job kept fresh by polling, and Provision and Resume.
 */
export function useSharePoint(customerId: string) {
  const { api } = useSession();
  const status = useResource((signal) => api.getSharePoint(customerId, { signal }), [api, customerId]);
  const [latest, setLatest] = useState<Job | null>(null);
  const [options, setOptions] = useState<ReportingOptions | null>(null);
  const [pollError, setPollError] = useState<unknown>(null);
  const [resumeError, setResumeError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const job = latest ?? status.data?.job ?? null;
  const lastOptions = options ?? status.data?.lastOptions ?? null;

  // A poll answer for a job no longer shown (staff just started another) is dropped.
  const onPolled = useCallback((next: Job) => setLatest((current) => (current && current.id !== next.id ? current : next)), []);
  useJobPolling(customerId, job, { onJob: onPolled, onError: setPollError, intervalMs: sitesPollMs });

  /** Provision; throws the server's error for the form to show. */
  const provision = useCallback(
    async (body: ReportingOptions): Promise<ProvisionSitesResponse> => {
      const answer = await api.provisionSites(customerId, body);
      setLatest(answer.job);
      setPollError(null);
      if (!answer.joined) setOptions(body);
      return answer;
    },
    [api, customerId],
  );

  const resume = useCallback(
    async (jobId: string) => {
      setBusy(true);
      setResumeError(null);
      try {
        setLatest(await api.resumeJob(customerId, jobId));
      } catch (caught) {
        setResumeError(caught);
      } finally {
        setBusy(false);
      }
    },
    [api, customerId],
  );

  return { status, job, lastOptions, pollError, resumeError, busy, provision, resume };
}
