/**
 * How far a long import has got, by the job id the page chose, so the page
 * can show a progress bar while its own call is running. Host memory, not
 * register data: a restart forgets it, and entries expire after ten minutes.
 */
export type Stage = 'reading' | 'checking' | 'writing' | 'done';

interface Progress {
  stage: Stage;
  done: number;
  total: number;
  at: number;
}

const jobs = new Map<string, Progress>();
const TTL_MS = 10 * 60 * 1000;

export function setProgress(jobId: string | undefined, now: number, stage: Stage, done = 0, total = 0): void {
  if (!jobId) return;
  jobs.set(jobId, { stage, done, total, at: now });
  for (const [id, p] of jobs) if (now - p.at > TTL_MS) jobs.delete(id);
}

export function progressOf(jobId: string): { stage: Stage | 'unknown'; done: number; total: number } {
  const p = jobs.get(jobId);
  return p ? { stage: p.stage, done: p.done, total: p.total } : { stage: 'unknown', done: 0, total: 0 };
}
