/**
 * The grammar of test/[ as bash implements it (test.c): POSIX's special cases
 * for 0–4 arguments, then a recursive descent over ! -a -o ( ) for longer
 * expressions. File primaries go through the VFS (test-files.ts).
 */
import { compareBytes } from '../../core/compare.js';
import { fileCompare, type TestHost, UNARY_OPS, unaryTest } from './test-files.js';

/** A malformed expression; test prints `test: MESSAGE` and exits 2. */
export class TestSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TestSyntaxError';
  }
}

const BINARY_OPS = new Set(['=', '==', '!=', '<', '>', '-nt', '-ot', '-ef', '-eq', '-ne', '-lt', '-le', '-gt', '-ge']);

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/** bash's legal_number: optional blanks, sign, decimal digits, trailing blanks; 64-bit range. */
function integerOf(text: string): bigint {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)[ \t]*$/.exec(text);
  if (m) {
    const v = BigInt(m[1]);
    if (v >= INT64_MIN && v <= INT64_MAX) return v;
  }
  throw new TestSyntaxError(`${text}: integer expression expected`);
}

async function binaryTest(op: string, a: string, b: string, host: TestHost): Promise<boolean> {
  switch (op) {
    case '=':
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return compareBytes(a, b) < 0;
    case '>':
      return compareBytes(a, b) > 0;
    case '-nt':
    case '-ot':
    case '-ef':
      return fileCompare(op, a, b, host);
  }
  const x = integerOf(a);
  const y = integerOf(b);
  switch (op) {
    case '-eq':
      return x === y;
    case '-ne':
      return x !== y;
    case '-lt':
      return x < y;
    case '-le':
      return x <= y;
    case '-gt':
      return x > y;
    default:
      return x >= y;
  }
}

/** One evaluation over an argument list (without the closing `]`). */
class Evaluator {
  private pos = 0;
  constructor(
    private readonly argv: readonly string[],
    private readonly host: TestHost,
  ) {}

  async run(): Promise<boolean> {
    const n = this.argv.length;
    if (n === 0) return false;
    const value = await this.posix(n);
    if (this.pos < n) {
      if (this.argv[this.pos].startsWith('-'))
        throw new TestSyntaxError(`syntax error: \`${this.argv[this.pos]}' unexpected`);
      throw new TestSyntaxError('too many arguments');
    }
    return value;
  }

  private async posix(n: number): Promise<boolean> {
    const a = this.argv;
    switch (n) {
      case 1:
        this.pos = n;
        return a[0] !== '';
      case 2:
        this.pos = n;
        return this.twoArgs(0);
      case 3:
        return this.threeArgs(0);
      case 4:
        if (a[0] === '!') {
          const v = !(await this.threeArgs(1));
          this.pos = n;
          return v;
        }
        if (a[0] === '(' && a[3] === ')') {
          this.pos = n;
          return this.twoArgs(1);
        }
        return this.expr();
      default:
        return this.expr();
    }
  }

  private async twoArgs(at: number): Promise<boolean> {
    const op = this.argv[at];
    const arg = this.argv[at + 1];
    if (op === '!') return arg === '';
    if (UNARY_OPS.has(op)) return unaryTest(op, arg, this.host);
    throw new TestSyntaxError(`${op}: unary operator expected`);
  }

  private async threeArgs(at: number): Promise<boolean> {
    const a = this.argv;
    const n = a.length;
    let value: boolean;
    if (BINARY_OPS.has(a[at + 1])) value = await binaryTest(a[at + 1], a[at], a[at + 2], this.host);
    else if (a[at + 1] === '-a') value = a[at] !== '' && a[at + 2] !== '';
    else if (a[at + 1] === '-o') value = a[at] !== '' || a[at + 2] !== '';
    else if (a[at] === '!') value = !(await this.twoArgs(at + 1));
    else if (a[at] === '(' && a[n - 1] === ')') value = a[at + 1] !== '';
    else throw new TestSyntaxError(`${a[at + 1]}: binary operator expected`);
    this.pos = n;
    return value;
  }

  private advance(needMore: boolean): void {
    this.pos++;
    if (needMore && this.pos >= this.argv.length) throw new TestSyntaxError('argument expected');
  }

  private async expr(): Promise<boolean> {
    if (this.pos >= this.argv.length) throw new TestSyntaxError('argument expected');
    return this.or();
  }

  private async or(): Promise<boolean> {
    const left = await this.and();
    if (this.pos < this.argv.length && this.argv[this.pos] === '-o') {
      this.advance(false);
      const right = await this.or();
      return left || right;
    }
    return left;
  }

  private async and(): Promise<boolean> {
    const left = await this.term();
    if (this.pos < this.argv.length && this.argv[this.pos] === '-a') {
      this.advance(false);
      const right = await this.and();
      return left && right;
    }
    return left;
  }

  private async term(): Promise<boolean> {
    const a = this.argv;
    if (this.pos >= a.length) throw new TestSyntaxError('argument expected');
    if (a[this.pos] === '!') {
      let negate = false;
      while (this.pos < a.length && a[this.pos] === '!') {
        this.advance(true);
        negate = !negate;
      }
      const v = await this.term();
      return negate ? !v : v;
    }
    if (a[this.pos] === '(') {
      this.advance(true);
      const v = await this.expr();
      if (this.pos >= a.length) throw new TestSyntaxError("`)' expected");
      if (a[this.pos] !== ')') throw new TestSyntaxError(`\`)' expected, found ${a[this.pos]}`);
      this.advance(false);
      return v;
    }
    if (this.pos + 3 <= a.length && BINARY_OPS.has(a[this.pos + 1])) {
      const v = await binaryTest(a[this.pos + 1], a[this.pos], a[this.pos + 2], this.host);
      this.pos += 3;
      return v;
    }
    if (this.pos + 2 <= a.length && UNARY_OPS.has(a[this.pos])) {
      const v = await unaryTest(a[this.pos], a[this.pos + 1], this.host);
      this.pos += 2;
      return v;
    }
    const v = a[this.pos] !== '';
    this.advance(false);
    return v;
  }
}

/** Evaluates a test expression; throws TestSyntaxError for malformed ones. */
export function evaluateTest(argv: readonly string[], host: TestHost): Promise<boolean> {
  return new Evaluator(argv, host).run();
}
