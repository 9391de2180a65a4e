/**
 * The peer shells we compare against, loaded from bench/node_modules (installed by
 * `npm run bench:setup`, never by the project's own `npm ci`). A peer that is missing or
 * cannot do the work is skipped with a note saying why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_SOURCE_DIR } from './paths.js';

/** Runs one command line in a peer; resolves to its exit code and stdout as text. */
export type PeerShell = (command: string) => Promise<{ exitCode: number; stdout: string }>;

/** A peer package found in bench/node_modules. */
export interface Peer {
  readonly name: string;
  readonly version: string;
  /** file: URL of the package's ESM entry point. */
  readonly entryUrl: string;
  /** Imports the package and makes a shell; rejects when the package's API does not fit. */
  open(): Promise<PeerShell>;
  /** A JS expression for a fresh process, where `m` is the imported module, that runs `echo hi` once. */
  readonly firstExecute: string;
}

// Each peer's API as read from its README and .d.ts; untyped here because the packages
// are optional and tsc must not need them.
type AnyModule = Record<string, new (...args: unknown[]) => Record<string, (...args: unknown[]) => Promise<unknown>>>;

interface PeerSpec {
  readonly name: string;
  readonly open: (m: AnyModule) => PeerShell;
  readonly firstExecute: string;
}

const decoder = new TextDecoder();
const asText = (v: unknown): string => (typeof v === 'string' ? v : decoder.decode(v as Uint8Array));

const SPECS: readonly PeerSpec[] = [
  {
    name: 'just-bash',
    open: (m) => {
      const bash = new m.Bash();
      return async (command) => {
        const r = (await bash.exec(command)) as { exitCode: number; stdout: string };
        return { exitCode: r.exitCode, stdout: asText(r.stdout) };
      };
    },
    firstExecute: `new m.Bash().exec('echo hi')`,
  },
  {
    name: '@struktoai/mirage-node',
    open: (m) => {
      const ws = new m.Workspace({ '/': new m.RAMResource() });
      return async (command) => {
        const r = (await ws.execute(command)) as { exitCode: number; stdout: Uint8Array };
        return { exitCode: r.exitCode, stdout: asText(r.stdout) };
      };
    },
    firstExecute: `new m.Workspace({ '/': new m.RAMResource() }).execute('echo hi')`,
  },
];

/** The installed peers; each missing one is reported through `note`. */
export function findPeers(note: (text: string) => void): Peer[] {
  const peers: Peer[] = [];
  for (const spec of SPECS) {
    const dir = join(BENCH_SOURCE_DIR, 'node_modules', ...spec.name.split('/'));
    const manifestPath = join(dir, 'package.json');
    if (!existsSync(manifestPath)) {
      note(`${spec.name}: skipped, not installed (run \`npm run bench:setup\`)`);
      continue;
    }
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const entry = esmEntry(manifest);
    if (!entry) {
      note(`${spec.name}: skipped, its package.json names no ESM entry point`);
      continue;
    }
    const entryUrl = pathToFileURL(join(dir, entry)).href;
    peers.push({
      name: spec.name,
      version: manifest.version,
      entryUrl,
      open: async () => spec.open((await import(entryUrl)) as AnyModule),
      firstExecute: spec.firstExecute,
    });
  }
  return peers;
}

/** Opens a peer and checks that it prints what bash prints for `command`; null (with a note) when it cannot. */
export async function openChecked(peer: Peer, command: string, expected: string, note: (text: string) => void) {
  try {
    const shell = await peer.open();
    const r = await shell(command);
    if (r.exitCode === 0 && r.stdout === expected) return shell;
    note(`${peer.name}: skipped for \`${command}\`, it printed ${JSON.stringify(r.stdout)} (exit ${r.exitCode})`);
  } catch (e) {
    note(`${peer.name}: skipped for \`${command}\`, ${(e as Error).message}`);
  }
  return null;
}

interface Manifest {
  readonly version: string;
  readonly main?: string;
  readonly module?: string;
  readonly exports?: unknown;
}

/** The file an `import` of the package's root resolves to, following the common shapes of `exports`. */
function esmEntry(manifest: Manifest): string | undefined {
  const root = (manifest.exports as Record<string, unknown> | undefined)?.['.'] ?? manifest.exports;
  const pick = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      return pick(o.import) ?? pick(o.node) ?? pick(o.default);
    }
    return undefined;
  };
  return pick(root) ?? manifest.module ?? manifest.main;
}
