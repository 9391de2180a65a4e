#!/usr/bin/env node
/**
 * The `mirage` command. `mirage run` executes bash over mounts in this process
 * (no daemon): `mirage run --mount /data=ram --mount /logs=disk:./logs -c 'ls /logs | wc -l'`.
 */
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import type { Resource } from '../core/resource.js';
import { RAMResource } from '../resources/ram/index.js';
import { Workspace } from '../workspace/workspace.js';
import { parseMount } from './mounts.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseEnv(value: string, previous: Record<string, string>): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError('expected NAME=VALUE');
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}

async function readStdin(): Promise<Uint8Array | undefined> {
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function run(
  script: string | undefined,
  opts: { mount: string[]; command?: string; cwd?: string; env: Record<string, string> },
) {
  const mounts: Record<string, Resource> = {};
  for (const m of opts.mount) {
    const [path, resource] = parseMount(m);
    mounts[path] = resource;
  }
  // With no mounts, the workspace is one scratch RAM filesystem.
  if (Object.keys(mounts).length === 0) mounts['/'] = new RAMResource();
  let text = opts.command;
  let stdin: Uint8Array | undefined;
  if (text === undefined) {
    if (script !== undefined) text = readFileSync(script, 'utf8');
    else {
      const input = await readStdin();
      if (input === undefined) throw new Error('nothing to run: give -c COMMAND, a script file, or a script on stdin');
      text = new TextDecoder().decode(input);
    }
  } else stdin = await readStdin();
  const ws = new Workspace(mounts, { cwd: opts.cwd, env: opts.env });
  const r = await ws.execute(text, { stdin });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  await ws.close();
  return r.exitCode;
}

const program = new Command();
program.name('mirage').description('A virtual filesystem for AI agents, driven with bash.').exitOverride();
program
  .command('run')
  .description('run bash over mounted resources in this process')
  .argument('[script]', 'a script file on the host to run')
  .option('-c, --command <text>', 'the command line to run')
  .option('-m, --mount <path=spec>', 'mount ram, ram-ro, disk:DIR or disk-ro:DIR at PATH (repeatable)', collect, [])
  .option('--cwd <dir>', 'working directory inside the workspace')
  .option('-e, --env <name=value>', 'an environment variable (repeatable)', parseEnv, {})
  .action(async (script, opts) => {
    process.exitCode = await run(script, opts);
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  const code = (e as { code?: string; exitCode?: number }).code;
  if (typeof code === 'string' && code.startsWith('commander.')) {
    process.exitCode = (e as { exitCode: number }).exitCode;
    return;
  }
  process.stderr.write(`mirage: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
