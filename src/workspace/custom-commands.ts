/**
 * Custom commands: `ws.command(name, handler)` adds a command everywhere;
 * `ws.command(name, { resource, filetype }, handler)` overrides one for a backend
 * kind and a file extension. A handler may fall through with `ctx.next()`.
 * Resolution order: resource + filetype, resource, general, then the built-in.
 */
import type { Command, CommandContext } from '../core/command.js';
import { type ByteSink, CollectSink, decodeText, encodeText } from '../core/io.js';

/** A path operand of a custom command, resolved. */
export interface CustomPath {
  /** The argument as written. */
  readonly arg: string;
  /** The absolute virtual path. */
  readonly path: string;
  /** The mount serving it and its backend kind, or null when no mount covers it. */
  readonly mount: string | null;
  readonly resource: string | null;
}

/** What a handler may return for stdout or stderr: text, bytes, or a stream of bytes. */
export type CustomOutput = string | Uint8Array | AsyncIterable<Uint8Array>;

/** A handler's result. */
export interface CustomResult {
  readonly stdout?: CustomOutput;
  readonly stderr?: CustomOutput;
  readonly exitCode?: number;
}

/** The result of `ctx.exec(cmd)`. */
export interface CustomExecResult {
  readonly exitCode: number;
  readonly stdout: Uint8Array;
  readonly stderr: Uint8Array;
  readonly stdoutText: string;
  readonly stderrText: string;
}

/** What a handler receives. */
export interface CustomContext {
  readonly name: string;
  readonly args: readonly string[];
  readonly paths: readonly CustomPath[];
  readonly stdin: AsyncIterable<Uint8Array>;
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly signal: AbortSignal;
  /** Runs a shell command line (in a child shell) and collects its output. */
  exec(command: string): Promise<CustomExecResult>;
  /** Runs the next handler in resolution order (ending with the built-in); its output goes straight out. */
  next(): Promise<CustomResult>;
}

/** A custom command's implementation. */
export type CustomHandler = (ctx: CustomContext) => Promise<CustomResult | undefined> | CustomResult | undefined;

/** Where an override applies. */
export interface CommandScope {
  /** Backend kind ('ram', 'disk', 's3', …). */
  readonly resource?: string;
  /** File extension without the dot ('parquet'). */
  readonly filetype?: string;
  /** One line for `help`. */
  readonly summary?: string;
}

interface Registered {
  readonly scope: CommandScope;
  readonly handler: CustomHandler;
}

const VALID_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;

async function emit(sink: ByteSink, out: CustomOutput | undefined): Promise<void> {
  if (out === undefined) return;
  if (typeof out === 'string') {
    if (out !== '') await sink.write(encodeText(out));
  } else if (out instanceof Uint8Array) {
    if (out.length > 0) await sink.write(out);
  } else for await (const chunk of out) await sink.write(chunk);
}

/** The registry; it keeps the live command table that every session's shell reads. */
export class CustomCommands {
  private readonly handlers = new Map<string, Registered[]>();

  constructor(
    private readonly live: Map<string, Command>,
    private readonly builtIn: ReadonlyMap<string, Command>,
    private readonly reserved: ReadonlySet<string>,
  ) {}

  /** Adds a handler for `name` (in `scope`). */
  register(name: string, scope: CommandScope, handler: CustomHandler): void {
    if (!VALID_NAME.test(name)) throw new Error(`invalid command name ${JSON.stringify(name)}`);
    if (this.reserved.has(name)) throw new Error(`'${name}' is a shell builtin and cannot be overridden`);
    if (scope.filetype !== undefined && scope.resource === undefined) {
      throw new Error(`a filetype override needs a resource too (ws.command('${name}', { resource, filetype }, …))`);
    }
    const list = this.handlers.get(name) ?? [];
    list.push({ scope, handler });
    this.handlers.set(name, list);
    this.live.set(name, this.dispatcher(name));
  }

  private dispatcher(name: string): Command {
    const builtIn = this.builtIn.get(name);
    const summary = this.handlers.get(name)?.find((r) => r.scope.summary)?.scope.summary;
    return {
      name,
      summary: summary ?? builtIn?.summary ?? 'custom command',
      help: builtIn?.help ?? `Usage: ${name} [ARG]...\n${summary ?? 'A custom command of this workspace.'}\n`,
      run: (ctx) => this.dispatch(name, ctx, builtIn),
    };
  }

  private async dispatch(name: string, ctx: CommandContext, builtIn: Command | undefined): Promise<number> {
    const paths: CustomPath[] = [];
    for (const arg of ctx.args) {
      if (arg.startsWith('-') || arg === '') continue;
      const path = ctx.resolve(arg);
      const r = ctx.fs.resolve(path);
      if (r) paths.push({ arg, path, mount: r.mount.path, resource: r.mount.resource.kind });
    }
    const first = paths.find((p) => p.resource !== null);
    const kind = first?.resource ?? null;
    const ext = first ? (/\.([^./]+)$/.exec(first.path)?.[1]?.toLowerCase() ?? null) : null;
    const all = this.handlers.get(name) ?? [];
    const chain = [
      ...all.filter((r) => r.scope.resource === kind && r.scope.filetype !== undefined && r.scope.filetype === ext),
      ...all.filter((r) => r.scope.resource === kind && r.scope.filetype === undefined && kind !== null),
      ...all.filter((r) => r.scope.resource === undefined),
    ];
    const runAt = async (i: number): Promise<number> => {
      if (i >= chain.length) {
        if (builtIn) return builtIn.run(ctx);
        await ctx.stderr.write(encodeText(`${name}: no handler for these operands\n`));
        return 127;
      }
      const hctx: CustomContext = {
        name,
        args: ctx.args,
        paths,
        stdin: ctx.stdin,
        env: ctx.env,
        cwd: ctx.cwd,
        signal: ctx.signal,
        exec: async (command) => {
          const out = new CollectSink();
          const err = new CollectSink();
          const exitCode = await ctx.exec(['bash', '-c', command], { stdout: out, stderr: err });
          const stdout = out.bytes();
          const stderr = err.bytes();
          return { exitCode, stdout, stderr, stdoutText: decodeText(stdout), stderrText: decodeText(stderr) };
        },
        next: async () => ({ exitCode: await runAt(i + 1) }),
      };
      try {
        const result = (await chain[i].handler(hctx)) ?? {};
        await emit(ctx.stdout, result.stdout);
        await emit(ctx.stderr, result.stderr);
        return result.exitCode ?? 0;
      } catch (e) {
        if ((e as { name?: string })?.name === 'BrokenPipeError' || ctx.signal.aborted) throw e;
        await ctx.stderr.write(encodeText(`${name}: ${e instanceof Error ? e.message : String(e)}\n`));
        return 1;
      }
    };
    return runAt(0);
  }
}
