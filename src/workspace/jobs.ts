/**
 * Background jobs: `execute(cmd, { background: true })` returns at once with a
 * job id; the job keeps its own output and status. Finished jobs are kept for
 * an hour or up to a count, whichever comes first.
 */

/** Where a job stands. */
export type JobStatus = 'running' | 'done' | 'failed' | 'cancelled';

/** What `jobs.get` tells about a job. */
export interface JobInfo {
  readonly id: string;
  readonly status: JobStatus;
  readonly command: string;
  readonly sessionId: string;
  readonly startedAt: number;
  readonly endedAt: number | null;
  readonly exitCode: number | null;
}

/** A finished job's output. */
export interface JobResult {
  readonly status: JobStatus;
  readonly exitCode: number | null;
  readonly stdout: Uint8Array;
  readonly stderr: Uint8Array;
  readonly stdoutText: string;
  readonly stderrText: string;
}

/** What a job's runner resolves to. */
export interface JobOutcome {
  readonly exitCode: number;
  readonly stdout: Uint8Array;
  readonly stderr: Uint8Array;
}

/** How long a finished job stays queryable. */
export const JOB_RETENTION_MS = 60 * 60 * 1000;
/** Finished jobs kept at most. */
export const JOB_RETENTION_COUNT = 1000;

interface Job {
  info: JobInfo;
  result: JobResult | null;
  readonly controller: AbortController;
  readonly done: Promise<void>;
}

const decoder = new TextDecoder();

/** The jobs of one workspace. */
export class JobManager {
  private readonly jobs = new Map<string, Job>();
  private nextId = 1;

  /** Starts `run` in the background; returns the job id. */
  start(sessionId: string, command: string, run: (signal: AbortSignal) => Promise<JobOutcome>): string {
    this.prune();
    const id = `job-${this.nextId++}`;
    const controller = new AbortController();
    const info: JobInfo = {
      id,
      status: 'running',
      command,
      sessionId,
      startedAt: Date.now(),
      endedAt: null,
      exitCode: null,
    };
    const job: Job = {
      info,
      result: null,
      controller,
      done: run(controller.signal).then(
        (o) => this.finish(job, controller.signal.aborted ? 'cancelled' : 'done', o),
        (e: unknown) =>
          this.finish(job, controller.signal.aborted ? 'cancelled' : 'failed', {
            exitCode: 1,
            stdout: new Uint8Array(0),
            stderr: new TextEncoder().encode(`mirage: job failed: ${e instanceof Error ? e.message : String(e)}\n`),
          }),
      ),
    };
    this.jobs.set(id, job);
    return id;
  }

  private finish(job: Job, status: JobStatus, o: JobOutcome): void {
    job.info = { ...job.info, status, endedAt: Date.now(), exitCode: o.exitCode };
    job.result = {
      status,
      exitCode: o.exitCode,
      stdout: o.stdout,
      stderr: o.stderr,
      get stdoutText() {
        return decoder.decode(o.stdout);
      },
      get stderrText() {
        return decoder.decode(o.stderr);
      },
    };
  }

  /** Every known job, oldest first (optionally of one session). */
  list(sessionId?: string): JobInfo[] {
    this.prune();
    return [...this.jobs.values()]
      .map((j) => j.info)
      .filter((i) => sessionId === undefined || i.sessionId === sessionId);
  }

  /** One job's state, or undefined when unknown (or expired). */
  get(id: string): JobInfo | undefined {
    return this.jobs.get(id)?.info;
  }

  /** Waits for a job; with timeoutMs, resolves to its current state when time runs out. */
  async wait(id: string, opts: { timeoutMs?: number } = {}): Promise<JobResult> {
    const job = this.jobs.get(id);
    if (!job) throw new Error(`no such job: ${id}`);
    if (opts.timeoutMs === undefined) await job.done;
    else {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([job.done, new Promise<void>((r) => (timer = setTimeout(r, opts.timeoutMs)))]);
      clearTimeout(timer);
    }
    if (job.result) return job.result;
    const empty = new Uint8Array(0);
    return { status: 'running', exitCode: null, stdout: empty, stderr: empty, stdoutText: '', stderrText: '' };
  }

  /** Stops a running job (its I/O is aborted); true when it was running. */
  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (job?.info.status !== 'running') return false;
    job.controller.abort(new DOMException('job cancelled', 'AbortError'));
    return true;
  }

  private prune(): void {
    const now = Date.now();
    const finished = [...this.jobs.values()].filter((j) => j.info.endedAt !== null);
    for (const j of finished) {
      if (now - (j.info.endedAt as number) > JOB_RETENTION_MS) this.jobs.delete(j.info.id);
    }
    const left = finished.filter((j) => this.jobs.has(j.info.id));
    for (let i = 0; i < left.length - JOB_RETENTION_COUNT; i++) this.jobs.delete(left[i].info.id);
  }
}
