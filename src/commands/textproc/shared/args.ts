/** Rewriting a command's argv before flag parsing, for GNU's obsolete option forms (`fold -5`, `uniq -2`). */
import type { CommandContext } from '../../../core/command.js';

/** The same context with different arguments. */
export function withArgs(ctx: CommandContext, args: readonly string[]): CommandContext {
  return {
    name: ctx.name,
    args,
    cwd: ctx.cwd,
    env: ctx.env,
    fs: ctx.fs,
    signal: ctx.signal,
    stdin: ctx.stdin,
    stdout: ctx.stdout,
    stderr: ctx.stderr,
    resolve: (path) => ctx.resolve(path),
    exec: (argv, opts) => ctx.exec(argv, opts),
    lookup: (name) => ctx.lookup(name),
  };
}

/** Rewrites each `-DIGITS` argument before `--` with `rewrite`. */
export function rewriteNumericOptions(args: readonly string[], rewrite: (digits: string) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return out.concat(args.slice(i));
    out.push(/^-[0-9]+$/.test(a) ? rewrite(a.slice(1)) : a);
  }
  return out;
}
