/**
 * Times many calls of one small command in one shell, alone in a fresh process, so no
 * other shell's garbage or timers are billed to it. Run by the echo workload as
 * `node dist/bench/calls.js '<CallsSpec JSON>'`; prints one CallsResult as JSON.
 */
import { RAMResource, Workspace } from '../src/index.js';
import { findPeers, openChecked, type PeerShell } from './lib/peers.js';

/** What to time. */
export interface CallsSpec {
  /** 'mirage', or a peer's package name. */
  readonly shell: string;
  readonly command: string;
  /** What bash prints for the command; a shell printing anything else is not timed. */
  readonly expected: string;
  readonly warmup: number;
  readonly calls: number;
}

/** Per-call times in µs, or why the shell was skipped. */
export type CallsResult = { readonly timesUs: number[] } | { readonly skipped: string };

async function open(spec: CallsSpec): Promise<PeerShell | string> {
  const notes: string[] = [];
  if (spec.shell === 'mirage') {
    const ws = new Workspace({ '/data': new RAMResource() });
    const shell: PeerShell = async (command) => {
      const r = await ws.execute(command);
      return { exitCode: r.exitCode, stdout: r.stdoutText };
    };
    const r = await shell(spec.command);
    if (r.exitCode === 0 && r.stdout === spec.expected) return shell;
    throw new Error(`mirage printed ${JSON.stringify(r.stdout)} (exit ${r.exitCode}) for \`${spec.command}\``);
  }
  const peer = findPeers((n) => notes.push(n)).find((p) => p.name === spec.shell);
  if (!peer) return notes.find((n) => n.startsWith(spec.shell)) ?? `${spec.shell}: unknown peer`;
  return (await openChecked(peer, spec.command, spec.expected, (n) => notes.push(n))) ?? notes.join('; ');
}

async function main(spec: CallsSpec): Promise<CallsResult> {
  const shell = await open(spec);
  if (typeof shell === 'string') return { skipped: shell };
  for (let i = 0; i < spec.warmup; i++) await shell(spec.command);
  const timesUs: number[] = [];
  for (let i = 0; i < spec.calls; i++) {
    const t0 = performance.now();
    await shell(spec.command);
    timesUs.push((performance.now() - t0) * 1000);
  }
  return { timesUs };
}

const result = await main(JSON.parse(process.argv[2] ?? '{}') as CallsSpec);
process.stdout.write(`${JSON.stringify(result)}\n`);
// Some peers keep timers alive; the measurement is done.
process.exit(0);
