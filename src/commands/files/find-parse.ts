/**
 * find's command line: leading -H/-L/-P, starting points, then the expression.
 * The expression is read the way findutils reads it: a flat list of
 * predicates with implicit -a inserted, wrapped as `( … ) -a -print` when it
 * has no action, then folded by precedence, so every malformed expression
 * fails with findutils' own message.
 */

import type { CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import type { TimeZone } from '../data/time-zone.js';
import { PRIMARIES } from './find-primaries.js';
import {
  type BuildContext,
  type Evaluator,
  type FindExpr,
  type FindRun,
  type FindSettings,
  FindUsageError,
} from './find-types.js';
import { REGEX_TYPES } from './regex-syntax.js';

/** Everything the walk needs. */
export interface ParsedFind {
  readonly paths: readonly string[];
  readonly expr: FindExpr;
  readonly settings: FindSettings;
  /** Work left after the walk (pending -exec … {} + batches). */
  readonly finishers: readonly ((run: FindRun) => Promise<void>)[];
}

const PREC = { none: 0, comma: 1, or: 2, and: 3, not: 4 } as const;

interface Token {
  readonly type: 'primary' | 'open' | 'close' | 'not' | 'and' | 'or' | 'comma';
  /** As the user spelled it, for messages. */
  readonly name: string;
  readonly prec: number;
  /** Inserted by find itself (the wrapping parentheses). */
  readonly artificial?: boolean;
  readonly evaluate?: Evaluator;
}

const OPERATORS: Record<string, Token['type']> = {
  '(': 'open',
  ')': 'close',
  '!': 'not',
  '-not': 'not',
  '-a': 'and',
  '-and': 'and',
  '-o': 'or',
  '-or': 'or',
  ',': 'comma',
};

function precOf(type: Token['type']): number {
  return type === 'not'
    ? PREC.not
    : type === 'and'
      ? PREC.and
      : type === 'or'
        ? PREC.or
        : type === 'comma'
          ? PREC.comma
          : 0;
}

/** True for words that start the expression part (findutils' looks_like_expression). */
function startsExpression(word: string, leading: boolean): boolean {
  if (word.length > 1 && word[0] === '-') return true;
  if (word === '(' || word === '!') return true;
  return !leading && (word === ')' || word === ',');
}

/** What the parser needs from the command. */
export interface ParseEnv {
  readonly ctx: CommandContext;
  readonly zone: TimeZone;
  readonly nowMs: number;
}

/** Parses find's arguments; throws FindUsageError with findutils' message. */
export async function parseFind(args: readonly string[], env: ParseEnv): Promise<ParsedFind> {
  const settings: FindSettings = {
    follow: 'P',
    maxDepth: Number.POSITIVE_INFINITY,
    minDepth: 0,
    depthFirst: false,
    sameMount: false,
    regex: REGEX_TYPES.get('findutils-default')!,
    dayStart: false,
  };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '-H' || a === '-L' || a === '-P') settings.follow = a[1] as FindSettings['follow'];
    else if (a === '--') {
      i++;
      break;
    } else break;
  }
  const paths: string[] = [];
  while (i < args.length && !startsExpression(args[i], true)) paths.push(args[i++]);

  const build: BuildContext = {
    ctx: env.ctx,
    settings,
    zone: env.zone,
    nowMs: env.nowMs,
    warn: (m) => writeText(env.ctx.stderr, `find: ${m}\n`),
  };
  const tokens: Token[] = [];
  const finishers: ((run: FindRun) => Promise<void>)[] = [];
  let hasAction = false;
  let deletes = false;
  let prunes = false;
  let explicitDepth = false;
  const add = (t: Token) => {
    const last = tokens[tokens.length - 1];
    const operand = t.type === 'primary' || t.type === 'open' || t.type === 'not';
    if (operand && last && (last.type === 'primary' || last.type === 'close')) {
      tokens.push({ type: 'and', name: '-a', prec: PREC.and });
    }
    tokens.push(t);
  };

  while (i < args.length) {
    const word = args[i];
    if (!startsExpression(word, false)) {
      let message = `paths must precede expression: \`${word}'`;
      const last = tokens[tokens.length - 1];
      if (last && word !== '' && (await env.ctx.fs.exists(env.ctx.resolve(word)))) {
        message += `\nfind: possible unquoted pattern after predicate \`${last.name}'?`;
      }
      throw new FindUsageError(message);
    }
    const op = OPERATORS[word];
    if (op) {
      add({ type: op, name: word, prec: precOf(op) });
      i++;
      continue;
    }
    const primary = PRIMARIES.get(word.startsWith('--') ? word.slice(1) : word);
    if (!primary) throw new FindUsageError(`unknown predicate \`${word}'`);
    i++;
    const r = await primary.build(args, i, word, build, (fn) => finishers.push(fn));
    i = r.next;
    if (primary.kind === 'action') hasAction = true;
    if (word === '-delete') deletes = true;
    if (word === '-prune') prunes = true;
    if (word === '-depth' || word === '-d') explicitDepth = true;
    add({ type: 'primary', name: word, prec: PREC.none, evaluate: r.evaluate });
  }
  if (deletes) {
    if (prunes && !explicitDepth) {
      throw new FindUsageError(
        'The -delete action automatically turns on -depth, but -prune does nothing when -depth is in effect.  If you want to carry on anyway, just explicitly use the -depth option.',
      );
    }
    settings.depthFirst = true;
  }

  const print: Token = { type: 'primary', name: '-print', prec: PREC.none, evaluate: PRINT };
  let list: Token[];
  if (tokens.length === 0) list = [print];
  else if (hasAction) list = tokens;
  else {
    list = [
      { type: 'open', name: '(', prec: PREC.none, artificial: true },
      ...tokens,
      { type: 'close', name: ')', prec: PREC.none, artificial: true },
      { type: 'and', name: '-a', prec: PREC.and },
      print,
    ];
  }
  const folder = new Folder(list);
  const expr = folder.expression(PREC.none, null);
  folder.finish();
  return { paths: paths.length > 0 ? paths : ['.'], expr, settings, finishers };
}

const PRINT: Evaluator = async (e, run) => {
  await run.out.add(`${e.path}\n`);
  return true;
};

/** findutils' get_expr: folds the token list by precedence, left-associative. */
class Folder {
  private pos = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  expression(prevPrec: number, prev: Token | null): FindExpr {
    const t = this.tokens[this.pos];
    if (!t) throw new FindUsageError('invalid expression');
    let node: FindExpr;
    switch (t.type) {
      case 'and':
      case 'or':
      case 'comma':
        throw new FindUsageError(
          `invalid expression; you have used a binary operator '${t.name}' with nothing before it.`,
        );
      case 'close':
        if (prev && prev.type !== 'primary' && prev.type !== 'open' && !t.artificial) {
          throw new FindUsageError(`expected an expression between '${prev.name}' and ')'`);
        }
        if (prev && t.artificial) throw new FindUsageError(`expected an expression after '${prev.name}'`);
        throw new FindUsageError("invalid expression; you have too many ')'");
      case 'primary':
        this.pos++;
        node = { kind: 'primary', name: t.name, evaluate: t.evaluate! };
        break;
      case 'not':
        this.pos++;
        node = { kind: 'not', operand: this.expression(PREC.not, t) };
        break;
      case 'open': {
        const next = this.tokens[this.pos + 1];
        if (!next || next.artificial) {
          throw new FindUsageError(
            `invalid expression; expected to find a ')' but didn't see one. Perhaps you need an extra predicate after '${t.name}'`,
          );
        }
        this.pos++;
        if (next.type === 'close') throw new FindUsageError('invalid expression; empty parentheses are not allowed.');
        node = this.expression(PREC.none, t);
        if (this.tokens[this.pos]?.type !== 'close') {
          throw new FindUsageError("invalid expression; I was expecting to find a ')' somewhere but did not see one.");
        }
        this.pos++;
        break;
      }
    }
    for (;;) {
      const op = this.tokens[this.pos];
      if (!op || (op.type !== 'and' && op.type !== 'or' && op.type !== 'comma') || op.prec <= prevPrec) break;
      this.pos++;
      const right = this.expression(op.prec, op);
      node = { kind: op.type, left: node, right };
    }
    return node;
  }

  /** Anything left over is an error. */
  finish(): void {
    const t = this.tokens[this.pos];
    if (!t) return;
    if (t.type === 'close') throw new FindUsageError("you have too many ')'");
    throw new FindUsageError(`unexpected extra predicate '${t.name}'`);
  }
}
