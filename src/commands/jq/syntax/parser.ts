/**
 * jq's grammar (jq 1.7's parser.y) as a chevrotain parser that builds the AST.
 * Bison's precedence table becomes one rule per level, lowest first:
 * `|` (right), `,`, `//` (right), assignments (non-assoc), `or`, `and`,
 * comparisons (non-assoc), `+ -`, `* / %`, unary minus, postfix terms.
 * Constructs that bison lists as whole expressions (reduce, foreach, if, try,
 * label, def, `term as $x | body`) may stand wherever an operand may.
 */
import { EmbeddedActionsParser, type IToken, type TokenType } from '../../../vendor/chevrotain.js';
import { parseNumberToken } from '../values/json-parse.js';
import type { Value } from '../values/value.js';
import type * as A from './ast.js';
import * as T from './lexer.js';
import { decodeEscapes } from './strings.js';

const ASSIGN_OPS = new Map<TokenType, A.AssignOp>([
  [T.Assign, '='],
  [T.SetPipe, '|='],
  [T.SetPlus, '+='],
  [T.SetMinus, '-='],
  [T.SetMult, '*='],
  [T.SetDiv, '/='],
  [T.SetMod, '%='],
  [T.SetAlt, '//='],
]);
const COMPARE_OPS = new Map<TokenType, A.BinaryOp>([
  [T.Eq, '=='],
  [T.Neq, '!='],
  [T.Less, '<'],
  [T.LessEq, '<='],
  [T.Greater, '>'],
  [T.GreaterEq, '>='],
]);

/** A problem found while building the tree that is not a syntax error (`Cannot use number (1) as object key`). */
export interface TreeError {
  readonly message: string;
  readonly pos: number;
}

const identity = (pos: number): A.Node => ({ kind: 'identity', pos });
const literal = (value: Value, pos: number): A.Node => ({ kind: 'literal', value, pos });

/** The chevrotain parser; one instance is reused (its grammar analysis is the costly part). */
export class JqParser extends EmbeddedActionsParser {
  /** Errors found in actions (e.g. invalid constant object keys), reported after a successful parse. */
  treeErrors: TreeError[] = [];
  /** Offsets of `if`/`try` keywords whose bodies are being parsed, for jq's "Possibly unterminated" hints. */
  openBlocks: { word: string; pos: number }[] = [];
  /** Line number of an offset, for `$__loc__`. */
  lineOf: (pos: number) => number = () => 1;

  constructor() {
    super(T.ALL_TOKENS, { recoveryEnabled: false, maxLookahead: 2, skipValidations: true });
    this.performSelfAnalysis();
  }

  /** A whole program; an empty one is `.`. */
  program = this.RULE('program', (): A.Node => this.OPTION(() => this.SUBRULE(this.pipe)) ?? identity(0));

  pipe = this.RULE('pipe', (): A.Node => {
    const left = this.SUBRULE(this.comma);
    const right = this.OPTION(() => {
      this.CONSUME(T.Pipe);
      return this.SUBRULE2(this.pipe);
    });
    return right === undefined ? left : { kind: 'pipe', left, right, pos: left.pos };
  });

  comma = this.RULE('comma', (): A.Node => {
    let left = this.SUBRULE(this.alternative);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const right = this.SUBRULE2(this.alternative);
      left = { kind: 'comma', left, right, pos: left.pos };
    });
    return left;
  });

  alternative = this.RULE('alternative', (): A.Node => {
    const left = this.SUBRULE(this.assignment);
    const right = this.OPTION(() => {
      this.CONSUME(T.Alt);
      return this.SUBRULE2(this.alternative);
    });
    return right === undefined ? left : { kind: 'alternative', left, right, pos: left.pos };
  });

  assignment = this.RULE('assignment', (): A.Node => {
    const lhs = this.SUBRULE(this.orExpr);
    let op: A.AssignOp | undefined;
    const rhs = this.OPTION(() => {
      const tok = this.OR([...ASSIGN_OPS.keys()].map((t) => ({ ALT: () => this.CONSUME(t) })));
      op = ASSIGN_OPS.get(tok.tokenType);
      return this.SUBRULE2(this.orExpr);
    });
    return rhs === undefined || op === undefined ? lhs : { kind: 'assign', op, lhs, rhs, pos: lhs.pos };
  });

  orExpr = this.RULE('orExpr', (): A.Node => {
    let left = this.SUBRULE(this.andExpr);
    this.MANY(() => {
      this.CONSUME(T.Or);
      const right = this.SUBRULE2(this.andExpr);
      left = { kind: 'logic', op: 'or', left, right, pos: left.pos };
    });
    return left;
  });

  andExpr = this.RULE('andExpr', (): A.Node => {
    let left = this.SUBRULE(this.compare);
    this.MANY(() => {
      this.CONSUME(T.And);
      const right = this.SUBRULE2(this.compare);
      left = { kind: 'logic', op: 'and', left, right, pos: left.pos };
    });
    return left;
  });

  compare = this.RULE('compare', (): A.Node => {
    const left = this.SUBRULE(this.additive);
    let op: A.BinaryOp | undefined;
    const right = this.OPTION(() => {
      const tok = this.OR([...COMPARE_OPS.keys()].map((t) => ({ ALT: () => this.CONSUME(t) })));
      op = COMPARE_OPS.get(tok.tokenType);
      return this.SUBRULE2(this.additive);
    });
    return right === undefined || op === undefined ? left : { kind: 'binary', op, left, right, pos: left.pos };
  });

  additive = this.RULE('additive', (): A.Node => {
    let left = this.SUBRULE(this.multiplicative);
    this.MANY(() => {
      const tok = this.OR([{ ALT: () => this.CONSUME(T.Plus) }, { ALT: () => this.CONSUME(T.Minus) }]);
      const right = this.SUBRULE2(this.multiplicative);
      left = { kind: 'binary', op: tok.image === '+' ? '+' : '-', left, right, pos: left.pos };
    });
    return left;
  });

  multiplicative = this.RULE('multiplicative', (): A.Node => {
    let left = this.SUBRULE(this.unary);
    this.MANY(() => {
      const tok = this.OR([
        { ALT: () => this.CONSUME(T.Star) },
        { ALT: () => this.CONSUME(T.Slash) },
        { ALT: () => this.CONSUME(T.Percent) },
      ]);
      const right = this.SUBRULE2(this.unary);
      left = { kind: 'binary', op: tok.image as A.BinaryOp, left, right, pos: left.pos };
    });
    return left;
  });

  unary = this.RULE(
    'unary',
    (): A.Node =>
      this.OR([
        {
          ALT: () => {
            const minus = this.CONSUME(T.Minus);
            const expr = this.SUBRULE(this.multiplicative);
            return { kind: 'negate', expr, pos: minus.startOffset } as A.Node;
          },
        },
        { ALT: () => this.SUBRULE(this.construct) },
        { ALT: () => this.SUBRULE(this.bindable) },
      ]),
  );

  /** A term, optionally binding its outputs: `term as $x | body`. */
  bindable = this.RULE('bindable', (): A.Node => {
    const source = this.SUBRULE(this.term);
    const bound = this.OPTION(() => {
      this.CONSUME(T.As);
      const patterns = this.SUBRULE(this.patterns);
      this.CONSUME(T.Pipe);
      const body = this.SUBRULE(this.pipe);
      return { patterns, body };
    });
    return bound === undefined ? source : { kind: 'bind', source, ...bound, pos: source.pos };
  });

  /** A primary expression followed by paths (`.a`, `[0]`, `[]`, `[1:2]`) and `?`. */
  term = this.RULE('term', (): A.Node => {
    let node = this.SUBRULE(this.primary);
    this.MANY(() => {
      node = this.SUBRULE(this.suffix, { ARGS: [node] });
    });
    return node;
  });

  suffix = this.RULE(
    'suffix',
    (target: A.Node): A.Node =>
      this.OR([
        { ALT: () => this.optional(this.indexNode(target, this.CONSUME(T.Field))) },
        {
          ALT: () => {
            this.CONSUME(T.Dot);
            return this.OR2([
              { ALT: () => this.optional(this.keyed(target, this.SUBRULE(this.string))) },
              { ALT: () => this.SUBRULE(this.bracket, { ARGS: [target] }) },
            ]);
          },
        },
        { ALT: () => this.SUBRULE2(this.bracket, { ARGS: [target] }) },
        {
          ALT: () => {
            this.CONSUME(T.Question);
            return { kind: 'try', body: target, handler: null, pos: target?.pos } as A.Node;
          },
        },
      ]),
  );

  /** `[e]`, `[]`, `[a:b]`, `[a:]`, `[:b]` after a term, with an optional `?`. */
  bracket = this.RULE('bracket', (target: A.Node): A.Node => {
    const open = this.CONSUME(T.LBracket);
    const pos = target?.pos ?? open.startOffset;
    const node = this.OR([
      {
        ALT: () => {
          this.CONSUME(T.RBracket);
          return { kind: 'iterate', target, optional: false, pos } as A.Node;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Colon);
          const to = this.SUBRULE(this.pipe);
          this.CONSUME2(T.RBracket);
          return { kind: 'slice', target, from: null, to, optional: false, pos } as A.Node;
        },
      },
      {
        ALT: () => {
          const key = this.SUBRULE2(this.pipe);
          const slice = this.OPTION(() => {
            this.CONSUME2(T.Colon);
            return { to: this.OPTION2(() => this.SUBRULE3(this.pipe)) ?? null };
          });
          this.CONSUME3(T.RBracket);
          if (slice) return { kind: 'slice', target, from: key, to: slice.to, optional: false, pos } as A.Node;
          return { kind: 'index', target, key, optional: false, pos } as A.Node;
        },
      },
    ]);
    return this.optional(node);
  });

  primary = this.RULE(
    'primary',
    (): A.Node =>
      this.OR([
        {
          ALT: () => {
            const dot = this.CONSUME(T.Dot);
            const key = this.OPTION(() => this.SUBRULE(this.string));
            const self = identity(dot.startOffset);
            return key === undefined ? self : this.optional(this.keyed(self, key));
          },
        },
        { ALT: () => ({ kind: 'recurse', pos: this.CONSUME(T.DotDot).startOffset }) as A.Node },
        { ALT: () => this.optional(this.indexNode(null, this.CONSUME(T.Field))) },
        { ALT: () => this.numberLiteral(this.CONSUME(T.NumberLit)) },
        { ALT: () => this.SUBRULE2(this.string) },
        { ALT: () => this.SUBRULE(this.formatted) },
        { ALT: () => this.SUBRULE(this.parenthesized) },
        { ALT: () => this.SUBRULE(this.arrayCons) },
        { ALT: () => this.SUBRULE(this.objectCons) },
        { ALT: () => this.locRef(this.CONSUME(T.Loc)) },
        {
          ALT: () => {
            const tok = this.CONSUME(T.Binding);
            return { kind: 'var', name: tok.image.slice(1), pos: tok.startOffset } as A.Node;
          },
        },
        { ALT: () => this.SUBRULE(this.call) },
        {
          ALT: () => {
            const tok = this.CONSUME(T.BreakKw);
            const label = this.CONSUME2(T.Binding);
            return { kind: 'break', name: label.image.slice(1), pos: tok.startOffset } as A.Node;
          },
        },
      ]),
  );

  /**
   * Constructs bison lists as whole expressions rather than terms: they may be
   * operands (and take a `?`), but not object values, reduce sources or path targets.
   */
  construct = this.RULE('construct', (): A.Node => {
    let node = this.OR([
      { ALT: () => this.SUBRULE(this.reduce) },
      { ALT: () => this.SUBRULE(this.foreach) },
      { ALT: () => this.SUBRULE(this.ifThen) },
      { ALT: () => this.SUBRULE(this.tryCatch) },
      { ALT: () => this.SUBRULE(this.label) },
      { ALT: () => this.SUBRULE(this.funcDef) },
    ]);
    this.MANY(() => {
      this.CONSUME(T.Question);
      node = { kind: 'try', body: node, handler: null, pos: node?.pos };
    });
    return node;
  });

  parenthesized = this.RULE('parenthesized', (): A.Node => {
    this.CONSUME(T.LParen);
    const body = this.SUBRULE(this.pipe);
    this.CONSUME(T.RParen);
    return body;
  });

  arrayCons = this.RULE('arrayCons', (): A.Node => {
    const open = this.CONSUME(T.LBracket);
    const body = this.OPTION(() => this.SUBRULE(this.pipe));
    this.CONSUME(T.RBracket);
    if (body === undefined) return literal([], open.startOffset);
    return { kind: 'array', body, pos: open.startOffset };
  });

  objectCons = this.RULE('objectCons', (): A.Node => {
    const open = this.CONSUME(T.LBrace);
    const entries: A.ObjectEntry[] = [];
    this.MANY_SEP({
      SEP: T.Comma,
      DEF: () => {
        this.OPTION(() => entries.push(this.SUBRULE(this.objectEntry)));
      },
    });
    this.CONSUME(T.RBrace);
    return { kind: 'object', entries, pos: open.startOffset };
  });

  objectEntry = this.RULE(
    'objectEntry',
    (): A.ObjectEntry =>
      this.OR([
        {
          ALT: () => {
            const tok = this.CONSUME(T.Binding);
            const pos = tok.startOffset;
            const name = tok.image.slice(1);
            const value = this.OPTION(() => this.SUBRULE(this.objectValue));
            const self: A.Node = { kind: 'var', name, pos };
            return value === undefined ? { key: literal(name, pos), value: self } : { key: self, value };
          },
        },
        {
          ALT: () => {
            const tok = this.CONSUME(T.Loc);
            return { key: literal('__loc__', tok.startOffset), value: this.locRef(tok) };
          },
        },
        {
          ALT: () => {
            const tok = this.OR2([
              { ALT: () => this.CONSUME(T.Ident) },
              ...T.KEYWORDS.map((k) => ({ ALT: () => this.CONSUME(k) })),
            ]);
            const key = literal(tok.image, tok.startOffset);
            const value = this.OPTION2(() => this.SUBRULE2(this.objectValue));
            return { key, value: value ?? this.keyed(identity(tok.startOffset), key) };
          },
        },
        {
          ALT: () => {
            const key = this.OR3([
              { ALT: () => this.SUBRULE(this.string) },
              { ALT: () => this.SUBRULE(this.formatted) },
            ]);
            const value = this.OPTION3(() => this.SUBRULE3(this.objectValue));
            return { key, value: value ?? this.keyed(identity(key?.pos), key) };
          },
        },
        {
          ALT: () => {
            const open = this.LA(1).startOffset;
            const key = this.SUBRULE(this.parenthesized);
            this.ACTION(() => this.checkKey(key, open));
            return { key, value: this.SUBRULE4(this.objectValue) };
          },
        },
      ]),
  );

  /** `: value` of an object entry: a pipe of terms (jq's ExpD), so `,` ends it. */
  objectValue = this.RULE('objectValue', (): A.Node => {
    this.CONSUME(T.Colon);
    return this.SUBRULE(this.objectValueExpr);
  });

  objectValueExpr = this.RULE('objectValueExpr', (): A.Node => {
    const left = this.OR([
      {
        ALT: () => {
          const minus = this.CONSUME(T.Minus);
          return { kind: 'negate', expr: this.SUBRULE(this.objectValueExpr), pos: minus.startOffset } as A.Node;
        },
      },
      { ALT: () => this.SUBRULE(this.term) },
    ]);
    const right = this.OPTION(() => {
      this.CONSUME(T.Pipe);
      return this.SUBRULE2(this.objectValueExpr);
    });
    return right === undefined ? left : { kind: 'pipe', left, right, pos: left.pos };
  });

  /** `"text \(e) more"`; QQEscapes hold JSON escapes. */
  string = this.RULE('string', (format = 'text'): A.Node => {
    const open = this.CONSUME(T.QQStart);
    const parts: (string | A.Node)[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => parts.push(this.CONSUME(T.QQText).image) },
        {
          ALT: () => {
            const tok = this.CONSUME(T.QQEscapes);
            this.ACTION(() => parts.push(this.escapes(tok)));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.InterpStart);
            parts.push(this.SUBRULE(this.pipe));
            this.CONSUME(T.RParen);
          },
        },
      ]);
    });
    this.CONSUME(T.QQEnd);
    return this.ACTION(() => {
      const merged: (string | A.Node)[] = [];
      for (const p of parts) {
        const last = merged.length - 1;
        if (typeof p === 'string' && last >= 0 && typeof merged[last] === 'string') merged[last] += p;
        else merged.push(p);
      }
      if (merged.length === 0) return literal('', open.startOffset);
      if (merged.length === 1 && typeof merged[0] === 'string') return literal(merged[0], open.startOffset);
      return { kind: 'template', parts: merged, format, pos: open.startOffset };
    });
  });

  /** `@name` alone (formats `.`) or `@name "…\(e)…"` (formats interpolated values). */
  formatted = this.RULE('formatted', (): A.Node => {
    const tok = this.CONSUME(T.Format);
    const name = tok.image.slice(1);
    const str = this.OPTION(() => this.SUBRULE(this.string, { ARGS: [name] }));
    return str ?? { kind: 'format', name, pos: tok.startOffset };
  });

  call = this.RULE('call', (): A.Node => {
    const tok = this.CONSUME(T.Ident);
    const args: A.Node[] = [];
    const hasArgs = this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.AT_LEAST_ONE_SEP({ SEP: T.Semi, DEF: () => args.push(this.SUBRULE(this.pipe)) });
      this.CONSUME(T.RParen);
      return true;
    });
    const name = tok.image;
    const pos = tok.startOffset;
    if (!hasArgs && (name === 'true' || name === 'false' || name === 'null')) {
      return literal(name === 'null' ? null : name === 'true', pos);
    }
    return { kind: 'call', name, args, pos };
  });

  reduce = this.RULE('reduce', (): A.Node => {
    const tok = this.CONSUME(T.Reduce);
    const source = this.SUBRULE(this.term);
    this.CONSUME(T.As);
    const patterns = this.SUBRULE(this.patterns);
    this.CONSUME(T.LParen);
    const init = this.SUBRULE(this.pipe);
    this.CONSUME(T.Semi);
    const update = this.SUBRULE2(this.pipe);
    this.CONSUME(T.RParen);
    return { kind: 'reduce', source, patterns, init, update, pos: tok.startOffset };
  });

  foreach = this.RULE('foreach', (): A.Node => {
    const tok = this.CONSUME(T.Foreach);
    const source = this.SUBRULE(this.term);
    this.CONSUME(T.As);
    const patterns = this.SUBRULE(this.patterns);
    this.CONSUME(T.LParen);
    const init = this.SUBRULE(this.pipe);
    this.CONSUME(T.Semi);
    const update = this.SUBRULE2(this.pipe);
    const extract = this.OPTION(() => {
      this.CONSUME2(T.Semi);
      return this.SUBRULE3(this.pipe);
    });
    this.CONSUME(T.RParen);
    return { kind: 'foreach', source, patterns, init, update, extract: extract ?? null, pos: tok.startOffset };
  });

  ifThen = this.RULE('ifThen', (): A.Node => {
    const tok = this.CONSUME(T.If);
    const cond = this.SUBRULE(this.pipe);
    this.CONSUME(T.Then);
    this.ACTION(() => this.openBlocks.push({ word: 'if', pos: tok.startOffset }));
    const then = this.SUBRULE2(this.pipe);
    const otherwise = this.SUBRULE(this.elseBody);
    this.ACTION(() => this.openBlocks.pop());
    return { kind: 'if', cond, then, otherwise, pos: tok.startOffset };
  });

  elseBody = this.RULE('elseBody', (): A.Node | null =>
    this.OR([
      {
        ALT: () => {
          const tok = this.CONSUME(T.Elif);
          const cond = this.SUBRULE(this.pipe);
          this.CONSUME(T.Then);
          const then = this.SUBRULE2(this.pipe);
          const otherwise = this.SUBRULE(this.elseBody);
          return { kind: 'if', cond, then, otherwise, pos: tok.startOffset } as A.Node;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Else);
          const body = this.SUBRULE3(this.pipe);
          this.CONSUME(T.End);
          return body;
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.End);
          return null;
        },
      },
    ]),
  );

  tryCatch = this.RULE('tryCatch', (): A.Node => {
    const tok = this.CONSUME(T.Try);
    const body = this.SUBRULE(this.tryBody);
    const handler = this.OPTION(() => {
      this.CONSUME(T.Catch);
      this.ACTION(() => this.openBlocks.push({ word: 'try', pos: tok.startOffset }));
      const h = this.SUBRULE2(this.tryBody);
      this.ACTION(() => this.openBlocks.pop());
      return h;
    });
    return { kind: 'try', body, handler: handler ?? null, pos: tok.startOffset };
  });

  /** The operand of `try`/`catch`: binds tighter than every binary operator. */
  tryBody = this.RULE(
    'tryBody',
    (): A.Node =>
      this.OR([
        {
          ALT: () => {
            const minus = this.CONSUME(T.Minus);
            return { kind: 'negate', expr: this.SUBRULE(this.tryBody), pos: minus.startOffset } as A.Node;
          },
        },
        { ALT: () => this.SUBRULE(this.construct) },
        { ALT: () => this.SUBRULE2(this.term) },
      ]),
  );

  label = this.RULE('label', (): A.Node => {
    const tok = this.CONSUME(T.LabelKw);
    const name = this.CONSUME(T.Binding);
    this.CONSUME(T.Pipe);
    const body = this.SUBRULE(this.pipe);
    return { kind: 'label', name: name.image.slice(1), body, pos: tok.startOffset };
  });

  funcDef = this.RULE('funcDef', (): A.Node => {
    const tok = this.CONSUME(T.Def);
    const name = this.CONSUME(T.Ident).image;
    const params: A.Param[] = [];
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.AT_LEAST_ONE_SEP({
        SEP: T.Semi,
        DEF: () => {
          this.OR([
            { ALT: () => params.push({ name: this.CONSUME(T.Binding).image.slice(1), isValue: true }) },
            { ALT: () => params.push({ name: this.CONSUME2(T.Ident).image, isValue: false }) },
          ]);
        },
      });
      this.CONSUME(T.RParen);
    });
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.pipe);
    this.CONSUME(T.Semi);
    const rest = this.OPTION2(() => this.SUBRULE2(this.pipe)) ?? identity(tok.startOffset);
    return { kind: 'def', name, params, body, rest, pos: tok.startOffset };
  });

  patterns = this.RULE('patterns', (): A.Pattern[] => {
    const list: A.Pattern[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.AltDestructure, DEF: () => list.push(this.SUBRULE(this.pattern)) });
    return list;
  });

  pattern = this.RULE(
    'pattern',
    (): A.Pattern =>
      this.OR([
        { ALT: () => ({ kind: 'var', name: this.CONSUME(T.Binding).image.slice(1) }) as A.Pattern },
        {
          ALT: () => {
            this.CONSUME(T.LBracket);
            const elements: A.Pattern[] = [];
            this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => elements.push(this.SUBRULE(this.pattern)) });
            this.CONSUME(T.RBracket);
            return { kind: 'array', elements } as A.Pattern;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LBrace);
            const entries: A.ObjectPatternEntry[] = [];
            this.AT_LEAST_ONE_SEP2({ SEP: T.Comma, DEF: () => entries.push(this.SUBRULE(this.objectPatternEntry)) });
            this.CONSUME(T.RBrace);
            return { kind: 'object', entries } as A.Pattern;
          },
        },
      ]),
  );

  objectPatternEntry = this.RULE(
    'objectPatternEntry',
    (): A.ObjectPatternEntry =>
      this.OR([
        {
          ALT: () => {
            const tok = this.CONSUME(T.Binding);
            const name = tok.image.slice(1);
            const pattern = this.OPTION(() => {
              this.CONSUME(T.Colon);
              return this.SUBRULE(this.pattern);
            });
            return { key: literal(name, tok.startOffset), bindAs: name, pattern: pattern ?? null };
          },
        },
        {
          ALT: () => {
            const key = this.OR2([
              {
                ALT: () => {
                  const tok = this.OR3([
                    { ALT: () => this.CONSUME(T.Ident) },
                    ...T.KEYWORDS.map((k) => ({ ALT: () => this.CONSUME(k) })),
                  ]);
                  return literal(tok.image, tok.startOffset);
                },
              },
              { ALT: () => this.SUBRULE(this.string) },
              {
                ALT: () => {
                  const open = this.LA(1).startOffset;
                  const k = this.SUBRULE(this.parenthesized);
                  this.ACTION(() => this.checkKey(k, open));
                  return k;
                },
              },
            ]);
            this.CONSUME2(T.Colon);
            return { key, bindAs: null, pattern: this.SUBRULE2(this.pattern) };
          },
        },
      ]),
  );

  private optional(node: A.Node): A.Node {
    const q = this.OPTION9(() => this.CONSUME9(T.Question));
    if (q === undefined) return node;
    return this.ACTION(() => {
      if (node.kind === 'index' || node.kind === 'slice' || node.kind === 'iterate') return { ...node, optional: true };
      return { kind: 'try', body: node, handler: null, pos: node.pos };
    });
  }

  private indexNode(target: A.Node | null, field: IToken): A.Node {
    return this.ACTION(() => {
      const pos = target?.pos ?? field.startOffset;
      return {
        kind: 'index',
        target: target ?? identity(pos),
        key: literal(field.image.slice(1), field.startOffset),
        optional: false,
        pos,
      };
    });
  }

  private keyed(target: A.Node, key: A.Node): A.Node {
    return { kind: 'index', target, key, optional: false, pos: target?.pos };
  }

  private numberLiteral(tok: IToken): A.Node {
    return this.ACTION(() => literal(numberLiteralValue(tok.image), tok.startOffset));
  }

  private locRef(tok: IToken): A.Node {
    return this.ACTION(() => ({ kind: 'loc', line: this.lineOf(tok.startOffset), pos: tok.startOffset }));
  }

  private escapes(tok: IToken): string {
    const decoded = decodeEscapes(tok.image);
    if (typeof decoded === 'string') return decoded;
    this.treeErrors.push({ message: decoded.error, pos: tok.startOffset });
    return '';
  }

  private checkKey(key: A.Node, pos: number): void {
    if (key.kind !== 'literal' || typeof key.value === 'string') return;
    const v = key.value;
    const kind = v === null ? 'null' : typeof v === 'boolean' ? 'boolean' : Array.isArray(v) ? 'array' : 'number';
    const text = Array.isArray(v) ? '[]' : String(v);
    this.treeErrors.push({ message: `Cannot use ${kind} (${text}) as object key`, pos });
  }
}

/** The value of a number token of the program (`1.0` stays a literal, as in jq 1.7). */
function numberLiteralValue(image: string): Value {
  return parseNumberToken(image) ?? Number(image);
}
