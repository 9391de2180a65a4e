/**
 * Redirections: builds the descriptor table a command runs with, and the
 * cleanup that closes what was opened. Targets are opened before the command
 * starts (so `> f` truncates first), and errors stop the command with status 1.
 */
import { FsError } from '../core/errors.js';
import { type ByteSink, EMPTY_SOURCE, NULL_SINK, sourceOf } from '../core/io.js';
import { resolvePath } from '../core/path.js';
import type { WriteHandle } from '../core/resource.js';
import type { Redirect, Word } from '../parser/ast.js';
import { type Fd, type FdTable, SharedSource } from './fds.js';
import { ShellError } from './signals.js';

/** What redirection needs from the shell. */
export interface RedirectHost {
  readonly cwd: string;
  readonly noclobber: boolean;
  readonly fds: FdTable;
  readonly procFds: ReadonlyMap<number, Fd>;
  expandString(word: Word): Promise<string>;
  expandHeredoc(word: Word): Promise<string>;
  readonly fs: import('../core/vfs.js').VirtualFs;
}

/** The table to run with and what to do afterwards. */
export interface Redirected {
  readonly fds: FdTable;
  cleanup(): Promise<void>;
}

function isQuotedDelimiter(w: Word): boolean {
  return w.parts.some((p) => p.kind !== 'Lit' || p.value.includes('\\'));
}

function literalBody(w: Word): string {
  return w.parts.map((p) => (p.kind === 'Lit' ? p.value : '')).join('');
}

/** `<<-`: removes leading tabs from every line of the body's literal text (before expansion). */
function stripTabs(w: Word): Word {
  let lineStart = true;
  const parts = w.parts.map((p) => {
    if (p.kind !== 'Lit') {
      lineStart = false;
      return p;
    }
    let v = p.value.replace(/\n\t+/g, '\n');
    if (lineStart) v = v.replace(/^\t+/, '');
    lineStart = v.endsWith('\n');
    return { ...p, value: v };
  });
  return { ...w, parts };
}

/** Wraps a WriteHandle as a sink. */
function handleSink(h: WriteHandle): ByteSink {
  return { write: (c) => h.write(c) };
}

/** Applies `redirs` on top of `host.fds`. Throws ShellError (status 1) with bash's message on failure. */
export async function applyRedirects(redirs: readonly Redirect[], host: RedirectHost): Promise<Redirected> {
  const fds = new Map(host.fds);
  const opened: WriteHandle[] = [];
  const sources: SharedSource[] = [];
  const cleanup = async () => {
    for (const h of opened) await h.close().catch(() => undefined);
    for (const s of sources) await s.close().catch(() => undefined);
  };
  try {
    for (const r of redirs) await applyOne(r, fds, host, opened, sources);
  } catch (e) {
    await cleanup();
    throw e;
  }
  return { fds, cleanup };
}

async function applyOne(
  r: Redirect,
  fds: Map<number, Fd>,
  host: RedirectHost,
  opened: WriteHandle[],
  sources: SharedSource[],
): Promise<void> {
  const defaultFd =
    r.op === '<' || r.op === '<<' || r.op === '<<-' || r.op === '<<<' || r.op === '<&' || r.op === '<>' ? 0 : 1;
  const n = r.fd !== null ? Number(r.fd) : defaultFd;
  if (r.fd !== null && !Number.isInteger(n)) throw new ShellError(`${r.fd}: ambiguous redirect`);
  switch (r.op) {
    case '<<':
    case '<<-': {
      const hdoc = r.hdoc && r.op === '<<-' ? stripTabs(r.hdoc) : r.hdoc;
      const body = hdoc ? (isQuotedDelimiter(r.word) ? literalBody(hdoc) : await host.expandHeredoc(hdoc)) : '';
      const s = new SharedSource(sourceOf(body));
      fds.set(n, { source: s });
      return;
    }
    case '<<<': {
      const text = await host.expandString(r.word);
      fds.set(n, { source: new SharedSource(sourceOf(`${text}\n`)) });
      return;
    }
    case '>&':
    case '<&': {
      const target = await host.expandString(r.word);
      if (target === '-') {
        fds.delete(n);
        return;
      }
      if (/^\d+$/.test(target)) {
        const src = fds.get(Number(target));
        if (!src) throw new ShellError(`${target}: Bad file descriptor`);
        fds.set(n, src);
        return;
      }
      if (/^\d+-$/.test(target)) {
        const k = Number(target.slice(0, -1));
        const src = fds.get(k);
        if (!src) throw new ShellError(`${k}: Bad file descriptor`);
        fds.set(n, src);
        fds.delete(k);
        return;
      }
      if (r.op === '<&') throw new ShellError(`${target}: ambiguous redirect`);
      // `>&file` is `&>file` when no descriptor was given.
      const sink = await openSink(target, false, host, opened, fds);
      fds.set(1, { sink });
      if (r.fd === null) fds.set(2, { sink });
      return;
    }
    case '>':
    case '>|':
    case '>>': {
      const target = await host.expandString(r.word);
      const sink = await openSink(target, r.op === '>>', host, opened, fds, r.op === '>' && host.noclobber);
      fds.set(n, { sink });
      return;
    }
    case '&>':
    case '&>>': {
      const target = await host.expandString(r.word);
      const sink = await openSink(target, r.op === '&>>', host, opened, fds, r.op === '&>' && host.noclobber);
      fds.set(1, { sink });
      fds.set(2, { sink });
      return;
    }
    case '<':
    case '<>': {
      const target = await host.expandString(r.word);
      const source = await openSource(target, host, fds, r.op === '<>');
      if (source instanceof SharedSource) {
        sources.push(source);
        fds.set(n, { source });
      } else fds.set(n, source);
      return;
    }
  }
}

function devFd(path: string): number | null {
  if (path === '/dev/stdin') return 0;
  if (path === '/dev/stdout') return 1;
  if (path === '/dev/stderr') return 2;
  const m = /^\/dev\/fd\/(\d+)$/.exec(path);
  return m ? Number(m[1]) : null;
}

function fsMessage(target: string, e: unknown): ShellError {
  if (e instanceof FsError) return new ShellError(`${target}: ${e.reason}`);
  if (e instanceof ShellError) return e;
  return new ShellError(`${target}: ${e instanceof Error ? e.message : String(e)}`);
}

async function openSink(
  target: string,
  append: boolean,
  host: RedirectHost,
  opened: WriteHandle[],
  fds: Map<number, Fd>,
  noclobber = false,
): Promise<ByteSink> {
  if (target === '') throw new ShellError(': No such file or directory');
  const path = resolvePath(host.cwd, target);
  if (path === '/dev/null' || path === '/dev/zero') return NULL_SINK;
  const k = devFd(path);
  if (k !== null) {
    const fd = fds.get(k) ?? host.procFds.get(k);
    if (!fd?.sink) throw new ShellError(`${target}: ${fd ? 'Bad file descriptor' : 'No such file or directory'}`);
    return fd.sink;
  }
  try {
    if (noclobber && (await host.fs.exists(path))) {
      const st = await host.fs.stat(path);
      if (st.type === 'file') throw new ShellError(`${target}: cannot overwrite existing file`);
    }
    const h = await host.fs.openWrite(path, { append });
    opened.push(h);
    return handleSink(h);
  } catch (e) {
    throw fsMessage(target, e);
  }
}

async function openSource(
  target: string,
  host: RedirectHost,
  fds: Map<number, Fd>,
  readWrite: boolean,
): Promise<SharedSource | Fd> {
  if (target === '') throw new ShellError(': No such file or directory');
  const path = resolvePath(host.cwd, target);
  if (path === '/dev/null') return new SharedSource(EMPTY_SOURCE);
  const k = devFd(path);
  if (k !== null) {
    const fd = fds.get(k) ?? host.procFds.get(k);
    if (!fd?.source) throw new ShellError(`${target}: ${fd ? 'Bad file descriptor' : 'No such file or directory'}`);
    return fd;
  }
  try {
    let st = await host.fs.stat(path).catch((e) => {
      if (readWrite && e instanceof FsError && e.code === 'ENOENT') return null;
      throw e;
    });
    if (st === null) {
      await host.fs.writeFile(path, new Uint8Array(0));
      st = await host.fs.stat(path);
    }
    if (st.type === 'directory') throw new FsError('EISDIR', target);
  } catch (e) {
    throw fsMessage(target, e);
  }
  return new SharedSource(host.fs.read(path));
}
