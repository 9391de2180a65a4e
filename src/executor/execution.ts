/**
 * One execute() call: its cancellation signal, output streams, background
 * jobs and the descriptors process substitution hands out. Shared by every
 * subshell started during the call.
 */
import type { Fd } from './fds.js';
import type { RunOptions, ShellHost } from './host.js';

/** A background job started with `&`. */
export interface BackgroundJob {
  readonly pid: number;
  readonly done: Promise<number>;
  status: number | null;
}

/** State shared across the shells of one execution. */
export class Execution {
  readonly procFds = new Map<number, Fd>();
  readonly jobs = new Map<number, BackgroundJob>();
  readonly startedAt = Date.now();
  lastBgPid: number | undefined;
  /** Closes what `exec >file` opened, at the end of the execution. */
  readonly finalizers: (() => Promise<void>)[] = [];
  private nextProcFd = 63;
  private nextPid: number;

  constructor(
    readonly host: ShellHost,
    readonly opts: RunOptions,
    readonly shellPid: number,
  ) {
    this.nextPid = shellPid + 1;
  }

  /** Registers a process-substitution descriptor and returns its number. */
  allocProcFd(fd: Fd): number {
    while (this.procFds.has(this.nextProcFd)) this.nextProcFd--;
    const n = this.nextProcFd--;
    if (this.nextProcFd < 10) this.nextProcFd = 63;
    this.procFds.set(n, fd);
    return n;
  }

  /** Tracks a background job; returns its pid. */
  addJob(done: Promise<number>): BackgroundJob {
    const job: BackgroundJob = { pid: this.nextPid++, done, status: null };
    done.then((s) => {
      job.status = s;
    });
    this.jobs.set(job.pid, job);
    this.lastBgPid = job.pid;
    return job;
  }
}
