/**
 * expr: evaluate an expression given as separate arguments, GNU style:
 * arbitrary-precision integers, string comparison when either side is not a
 * number, `:` and `match` with a basic regular expression anchored at the
 * start, substr/index/length, and exit status 0 (non-null, non-zero
 * result), 1 (null or zero), 2 (invalid expression).
 */
import { UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { EXPR_LONGEST_MATCH_SCAN } from '../../core/limits.js';
import { defineCommand } from '../lib/define.js';
import { PosixRegexError, translatePosix } from '../lib/posix-regex.js';

const HELP = `Usage: expr EXPRESSION
  or:  expr OPTION
Print the value of EXPRESSION, whose operators and operands are separate
arguments. Operators, from the loosest binding:

  ARG1 | ARG2       ARG1 if it is neither null nor 0, else ARG2
  ARG1 & ARG2       ARG1 if neither argument is null or 0, else 0
  ARG1 < ARG2  <=  =  ==  !=  >=  >
                    1 if the comparison holds, else 0 (numbers compare as
                    numbers when both sides are integers, else as strings)
  ARG1 + ARG2  -    sum, difference
  ARG1 * ARG2  /  % product, quotient, remainder
  STRING : REGEXP   anchored match of a basic regular expression: the \\(
                    \\) group if there is one, else the length matched
  match STRING REGEXP   same as STRING : REGEXP
  substr STRING POS LENGTH   part of STRING, POS counting from 1
  index STRING CHARS    first position in STRING of any of CHARS, or 0
  length STRING     length of STRING
  + TOKEN           TOKEN as a string, even if it is a keyword
  ( EXPRESSION )    value of EXPRESSION

Exit status is 0 if EXPRESSION is neither null nor 0, 1 if it is, 2 if it
is invalid.

      --help     display this help and exit
`;

/** An invalid expression or operand: exit 2 with this message. */
class ExprError extends Error {}

const INTEGER = /^-?\d+$/;
const KEYWORDS = new Set(['match', 'substr', 'index', 'length', '+']);

/** Strings are kept as bytes (latin1), as the C locale sees them. */
function bytesOf(s: string): string {
  return Buffer.from(s, 'utf8').toString('latin1');
}

function isNull(v: string): boolean {
  return v === '' || (INTEGER.test(v) && BigInt(v) === 0n);
}

function toInt(v: string): bigint {
  if (!INTEGER.test(v)) throw new ExprError('non-integer argument');
  return BigInt(v);
}

class Parser {
  private pos = 0;

  constructor(private readonly args: readonly string[]) {}

  /** The whole expression; anything left over is an unexpected argument. */
  parse(): string {
    const v = this.or();
    if (this.pos < this.args.length) throw new ExprError(`syntax error: unexpected argument '${this.args[this.pos]}'`);
    return v;
  }

  private peek(): string | undefined {
    return this.args[this.pos];
  }

  private accept(...ops: string[]): string | null {
    const t = this.peek();
    if (t !== undefined && ops.includes(t)) {
      this.pos++;
      return t;
    }
    return null;
  }

  private or(): string {
    let left = this.and();
    while (this.accept('|')) {
      const right = this.and();
      left = !isNull(left) ? left : !isNull(right) ? right : '0';
    }
    return left;
  }

  private and(): string {
    let left = this.compare();
    while (this.accept('&')) {
      const right = this.compare();
      left = isNull(left) || isNull(right) ? '0' : left;
    }
    return left;
  }

  private compare(): string {
    let left = this.additive();
    for (;;) {
      const op = this.accept('<', '<=', '=', '==', '!=', '>=', '>');
      if (!op) return left;
      const right = this.additive();
      let c: number;
      if (INTEGER.test(left) && INTEGER.test(right)) {
        const a = BigInt(left);
        const b = BigInt(right);
        c = a < b ? -1 : a > b ? 1 : 0;
      } else c = Buffer.compare(Buffer.from(left, 'latin1'), Buffer.from(right, 'latin1'));
      const ok = { '<': c < 0, '<=': c <= 0, '=': c === 0, '==': c === 0, '!=': c !== 0, '>=': c >= 0, '>': c > 0 }[op];
      left = ok ? '1' : '0';
    }
  }

  private additive(): string {
    let left = this.multiplicative();
    for (;;) {
      const op = this.accept('+', '-');
      if (!op) return left;
      const right = this.multiplicative();
      const [a, b] = [toInt(left), toInt(right)];
      left = String(op === '+' ? a + b : a - b);
    }
  }

  private multiplicative(): string {
    let left = this.match();
    for (;;) {
      const op = this.accept('*', '/', '%');
      if (!op) return left;
      const right = this.match();
      const [a, b] = [toInt(left), toInt(right)];
      if (op !== '*' && b === 0n) throw new ExprError('division by zero');
      left = String(op === '*' ? a * b : op === '/' ? a / b : a % b);
    }
  }

  private match(): string {
    let left = this.primary();
    while (this.accept(':')) left = regexMatch(left, this.primary());
    return left;
  }

  private operand(): string {
    if (this.pos >= this.args.length) {
      throw new ExprError(`syntax error: missing argument after '${this.args[this.pos - 1]}'`);
    }
    return this.primary();
  }

  private primary(): string {
    const t = this.peek();
    if (t === undefined) {
      const prev = this.args[this.pos - 1];
      throw new ExprError(`syntax error: missing argument after '${prev}'`);
    }
    this.pos++;
    if (t === '(') {
      const v = this.or();
      if (this.peek() !== ')') {
        const last = this.args[this.pos - 1];
        throw new ExprError(
          this.pos >= this.args.length
            ? `syntax error: expecting ')' after '${last}'`
            : `syntax error: expecting ')' instead of '${this.peek()}'`,
        );
      }
      this.pos++;
      return v;
    }
    if (t === ')') throw new ExprError("syntax error: unexpected ')'");
    if (!KEYWORDS.has(t)) return t;
    if (t === '+') {
      if (this.pos >= this.args.length) throw new ExprError("syntax error: missing argument after '+'");
      return this.args[this.pos++];
    }
    if (t === 'length') return String(this.operand().length);
    if (t === 'match') {
      const s = this.operand();
      return regexMatch(s, this.operand());
    }
    if (t === 'index') {
      const s = this.operand();
      const chars = this.operand();
      for (let i = 0; i < s.length; i++) if (chars.includes(s[i])) return String(i + 1);
      return '0';
    }
    const s = this.operand();
    const pos = this.operand();
    const len = this.operand();
    if (!INTEGER.test(pos) || !INTEGER.test(len)) return '';
    const p = Number(pos);
    const n = Number(len);
    if (p < 1 || n < 1 || p > s.length) return '';
    return s.slice(p - 1, p - 1 + n);
  }
}

/** STRING : REGEXP, anchored at the start. */
function regexMatch(s: string, pattern: string): string {
  let translated: ReturnType<typeof translatePosix>;
  try {
    translated = translatePosix(pattern, { extended: false, dialect: 'sed' });
  } catch (e) {
    if (e instanceof PosixRegexError) throw new ExprError(e.message);
    throw e;
  }
  // POSIX wants the longest match at the start: try prefixes from the longest down.
  const whole = new RegExp(`^(?:${translated.source})$`, translated.flags);
  const limit = Math.min(s.length, EXPR_LONGEST_MATCH_SCAN);
  let m: RegExpExecArray | null = null;
  for (let end = limit; end >= 0 && !m; end--) m = whole.exec(s.slice(0, end));
  if (!m && s.length > limit) m = new RegExp(`^(?:${translated.source})`, translated.flags).exec(s);
  if (translated.groups > 0) return m?.[1] ?? '';
  return String(m ? m[0].length : 0);
}

/** expr EXPRESSION */
export const expr = defineCommand({
  name: 'expr',
  summary: 'evaluate expressions',
  help: HELP,
  parse: false,
  async run(ctx) {
    let args = ctx.args;
    if (args[0] === '--help') {
      await writeText(ctx.stdout, HELP);
      return 0;
    }
    if (args[0] === '--') args = args.slice(1);
    if (args.length === 0) throw new UsageError("expr: missing operand\nTry 'expr --help' for more information.\n", 2);
    let value: string;
    try {
      value = new Parser(args.map(bytesOf)).parse();
    } catch (e) {
      if (!(e instanceof ExprError)) throw e;
      await writeText(ctx.stderr, `expr: ${e.message}\n`);
      return 2;
    }
    await ctx.stdout.write(Buffer.from(`${value}\n`, 'latin1'));
    return isNull(value) ? 1 : 0;
  },
});
