import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

const UTF8 = { LANG: 'C.UTF-8' };
const C = { LC_ALL: 'C' };

async function run(argv: string[], env: Record<string, string> = UTF8) {
  return runCommand(makeFs(), argv, { env });
}

describe('echo', () => {
  test('options are only leading words made of n, e, E', async () => {
    assert.equal((await run(['echo', '-n', 'a'])).stdout, 'a');
    assert.equal((await run(['echo', '-nx', 'hi'])).stdout, '-nx hi\n');
    assert.equal((await run(['echo', '--', 'hi'])).stdout, '-- hi\n');
    assert.equal((await run(['echo', '--help'])).stdout, '--help\n');
    assert.equal((await run(['echo', '-E', 'a\\tb'])).stdout, 'a\\tb\n');
    assert.equal((await run(['echo', '-eE', 'a\\tb'])).stdout, 'a\\tb\n');
    assert.equal((await run(['echo', '-Ee', 'a\\tb'])).stdout, 'a\tb\n');
    assert.equal((await run(['echo'])).stdout, '\n');
    assert.equal((await run(['echo', '-'])).stdout, '-\n');
  });

  test('-e escapes as bash decodes them', async () => {
    const r = await run(['echo', '-e', "a\\tb\\x41\\x4g\\u00e9\\U0001F600\\0101\\101\\e[\\q\\'|\\c zzz"]);
    assert.deepEqual([...r.stdoutBytes], [...Buffer.from("a\tbA\x04g\u00e9\u{1f600}A\\101\x1b[\\q\\'|", 'utf8')]);
    const odd = await run(['echo', '-e', '\\0400', '\\x', '\\u', '\\ud800']);
    assert.deepEqual([...odd.stdoutBytes], [0, 0x20, 0x5c, 0x78, 0x20, 0x5c, 0x75, 0x20, 0xed, 0xa0, 0x80, 0x0a]);
    assert.equal((await run(['echo', '-e', 'a\\c', 'b'])).stdout, 'a');
  });

  test('\\u in the C locale prints the escape back unless it is ASCII', async () => {
    assert.equal(
      (await run(['echo', '-e', '\\u00e9|\\u0041|\\U0001F600|\\u80'], C)).stdout,
      '\\u00E9|A|\\U0001F600|\\u0080\n',
    );
  });
});

describe('printf', () => {
  test('strings: width, precision, star, reuse of the format', async () => {
    const r = await run(['printf', '%s|%5s|%-5s|%.2s|%*s|%-*.*s|\\n', 'a', 'b', 'c', 'def', '4', 'x', '6', '2', 'yzw']);
    assert.equal(r.stdout, 'a|    b|c    |de|   x|yz    |\n');
    assert.equal((await run(['printf', '%s %s\\n', 'a', 'b', 'c'])).stdout, 'a b\nc \n');
    assert.equal((await run(['printf', 'x\\n', 'a', 'b'])).stdout, 'x\n');
    assert.equal((await run(['printf', '%d|%s\\n', '1', 'a', '2'])).stdout, '1|a\n2|\n');
    assert.equal((await run(['printf', '%*d|\\n', '-5', '3'])).stdout, '3    |\n');
    assert.equal((await run(['printf', '%05s|%-+5s\\n', 'ab', 'cd'])).stdout, '   ab|cd   \n');
  });

  test('integers with flags, bases and character constants', async () => {
    const r = await run([
      'printf',
      '%d %i %o %u %x %X %#x %#o %+d % d %05d %-5d|\\n',
      '42',
      '-7',
      '8',
      '3',
      '255',
      '255',
      '255',
      '8',
      '5',
      '5',
      '42',
      '42',
    ]);
    assert.equal(r.stdout, '42 -7 10 3 ff FF 0xff 010 +5  5 00042 42   |\n');
    const q = await run(['printf', '%d\\n', "'A", '"B', '0x1f', '010', '-0x10', ' 12', '+5', '']);
    assert.equal(q.stdout, '65\n66\n31\n8\n-16\n12\n5\n0\n');
    assert.equal((await run(['printf', '%u %x\\n', '-1', '-1'])).stdout, '18446744073709551615 ffffffffffffffff\n');
    assert.equal((await run(['printf', '%5.3d|%.0d|%+x\\n', '7', '0', '255'])).stdout, '  007||ff\n');
    assert.equal((await run(['printf', '%d\\n', "'\u00e9"])).stdout, '233\n');
    assert.equal((await run(['printf', '%d\\n', "'\u00e9"], C)).stdout, '195\n');
  });

  test('floating point rounds exactly like glibc on long doubles', async () => {
    const r = await run([
      'printf',
      '%f %e %E %g %G %.3f %10.2f %-10.2e|\\n',
      '3.14159',
      '31415.9',
      '0.000123',
      '0.0001',
      '1e20',
      '2.5',
      '3.14159',
      '12345',
    ]);
    assert.equal(r.stdout, '3.141590 3.141590e+04 1.230000E-04 0.0001 1E+20 2.500       3.14 1.23e+04  |\n');
    assert.equal(
      (await run(['printf', '%.0f %.0f %.0f %.2f\\n', '0.5', '1.5', '2.5', '2.675'])).stdout,
      '0 2 2 2.67\n',
    );
    assert.equal((await run(['printf', '%.20f\\n', '0.1'])).stdout, '0.10000000000000000000\n');
    assert.equal(
      (await run(['printf', '%g %g %g %g %#g\\n', '100000', '1000000', '1e-5', '123456789', '1'])).stdout,
      '100000 1e+06 1e-05 1.23457e+08 1.00000\n',
    );
    assert.equal((await run(['printf', '%#.0f %#.0e %#x %#o\\n', '1', '1', '0', '0'])).stdout, '1. 1.e+00 0 0\n');
    assert.equal((await run(['printf', '%f %G %f\\n', 'nan', 'inf', '-0'])).stdout, 'nan INF -0.000000\n');
    assert.equal((await run(['printf', '%f\\n', '0x1p3'])).stdout, '8.000000\n');
    assert.match(
      (await run(['printf', '%f\\n', '1e500'])).stdout,
      /^99999999999999999997532712669662876227443880427062624344814840501557910623091981350085372339755275532471221533049963035527824074148283356240552232800625766972866084415038259234959427998712112590119376324697561594617529508003603530656804940194206678924176342378165577985866446726851246056573068713276703500559952751615915392025172244262169161282253501082784245790659572107856276290519372287662571196719125054402891442499112229156173599930406858801483355454171563029859120153204924601865711052337971200\.000000\n$/,
    );
  });

  test('%c %b %q and escapes in the format', async () => {
    assert.deepEqual([...(await run(['printf', '%c%c|\\n', 'hello'])).stdoutBytes], [0x68, 0, 0x7c, 0x0a]);
    assert.equal((await run(['printf', '%b|%s\\n', 'a\\tb\\c', 'zz'])).stdout, 'a\tb');
    assert.equal((await run(['printf', '%s %b\\n', '\\n', '\\0101\\101\\x41'])).stdout, '\\n AAA\n');
    const q = await run([
      'printf',
      '%q\\n',
      'a b',
      "it's",
      '',
      'a$b',
      'plain',
      '~x',
      'a,b',
      '#a',
      'a#',
      'a=~b',
      'tab\there',
    ]);
    assert.equal(q.stdout, "a\\ b\nit\\'s\n''\na\\$b\nplain\n\\~x\na\\,b\n\\#a\na#\na=\\~b\n$'tab\\there'\n");
    assert.equal((await run(['printf', '%Q|%.2q|\\n', 'abc', 'abcdef'])).stdout, 'abc|ab|\n');
    assert.deepEqual(
      [...(await run(['printf', '\\0101|\\"\\?|\\c|\\q'])).stdoutBytes],
      [...Buffer.from('\x081|"?|\\c|\\q')],
    );
    assert.deepEqual(
      [...(await run(['printf', '%.1s|%5s|', '\u00e9', '\u00e9'])).stdoutBytes],
      [0xc3, 0x7c, 0x20, 0x20, 0x20, 0xc3, 0xa9, 0x7c],
    );
  });

  test('bad numbers: message, partial value, exit 1; output goes on', async () => {
    const r = await run(['printf', '%d %d\\n', '12abc', '3']);
    assert.equal(r.stdout, '12 3\n');
    assert.equal(r.stderr, 'printf: 12abc: invalid number\n');
    assert.equal(r.exitCode, 1);
    const h = await run(['printf', '%i %i %x\\n', '0x', '08', '3.0']);
    assert.equal(h.stdout, '0 0 3\n');
    assert.equal(
      h.stderr,
      'printf: 0x: invalid hex number\nprintf: 08: invalid octal number\nprintf: 3.0: invalid number\n',
    );
    const big = await run(['printf', '%d\\n', '99999999999999999999']);
    assert.equal(big.stdout, '9223372036854775807\n');
    assert.equal(big.stderr, 'printf: warning: 99999999999999999999: Numerical result out of range\n');
    assert.equal(big.exitCode, 0);
  });

  test('bad formats stop the output with exit 1', async () => {
    const cases: [string[], string, string][] = [
      [['printf', 'a%'], 'a', "printf: `%': missing format character\n"],
      [['printf', '%5'], '', "printf: `%5': missing format character\n"],
      [['printf', '%z\\n'], '', "printf: `\\': invalid format character\n"],
      [['printf', 'x%yz'], 'x', "printf: `y': invalid format character\n"],
      [['printf', '%5%|'], '', "printf: `%': invalid format character\n"],
    ];
    for (const [argv, out, err] of cases) {
      const r = await run(argv);
      assert.equal(r.stdout, out, argv.join(' '));
      assert.equal(r.stderr, err, argv.join(' '));
      assert.equal(r.exitCode, 1);
    }
    const w = await run(['printf', '\\x|\\u|%b', '\\x']);
    assert.equal(w.stdout, '\\x|\\u|\\x');
    assert.equal(
      w.stderr,
      'printf: missing hex digit for \\x\nprintf: missing unicode digit for \\u\nprintf: missing hex digit for \\x\n',
    );
    assert.equal(w.exitCode, 0);
  });

  test('usage: no format, unknown option, --help (exit 2), -- ends options', async () => {
    const none = await run(['printf']);
    assert.equal(none.stderr, 'printf: usage: printf [-v var] format [arguments]\n');
    assert.equal(none.exitCode, 2);
    const bad = await run(['printf', '-x']);
    assert.equal(bad.stderr, 'printf: -x: invalid option\nprintf: usage: printf [-v var] format [arguments]\n');
    assert.equal(bad.exitCode, 2);
    const help = await run(['printf', '--help']);
    assert.match(help.stdout, /^printf: printf \[-v var\] format \[arguments\]\n/);
    assert.equal(help.exitCode, 2);
    assert.equal((await run(['printf', '--', '%s\\n', 'x'])).stdout, 'x\n');
    assert.equal((await run(['printf', '%s', '-v'])).stdout, '-v');
  });
});
