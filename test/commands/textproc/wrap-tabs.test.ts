import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { run } from './run.js';

describe('fold', () => {
  test('wraps at 80 columns by default and at -w, counting tabs to the next stop', async () => {
    assert.equal((await run(['fold'], `${'x'.repeat(85)}\n`)).stdout, `${'x'.repeat(80)}\nxxxxx\n`);
    assert.equal((await run(['fold', '-w', '10'], 'a\tbcdefghijk\tlm\n')).stdout, 'a\tbc\ndefghijk\n\tlm\n');
    assert.equal((await run(['fold', '-b', '-w', '10'], 'a\tbcdefghijk\tlm\n')).stdout, 'a\tbcdefghi\njk\tlm\n');
  });

  test('-s breaks after the last blank; -N is the obsolete width form', async () => {
    assert.equal(
      (await run(['fold', '-s', '-w', '10'], 'hello world this is fold\n')).stdout,
      'hello \nworld \nthis is \nfold\n',
    );
    assert.equal((await run(['fold', '-3'], 'abcdefgh')).stdout, 'abc\ndef\ngh');
  });

  test('invalid widths', async () => {
    assert.equal(
      (await run(['fold', '-w', '0'])).stderr,
      "fold: invalid number of columns: '0': Numerical result out of range\n",
    );
    assert.equal((await run(['fold', '-w', 'x'])).stderr, "fold: invalid number of columns: 'x'\n");
    assert.equal((await run(['fold', '-w', 'x'])).exitCode, 1);
  });
});

describe('expand and unexpand', () => {
  test('expand converts tabs to spaces at 8, N or a list of stops', async () => {
    assert.equal((await run(['expand'], 'a\tb\n')).stdout, 'a       b\n');
    assert.equal((await run(['expand', '-t', '4'], 'a\tb\tc\n')).stdout, 'a   b   c\n');
    assert.equal((await run(['expand', '-t', '3,+4'], 'a\tb\tc\td\n')).stdout, 'a  b   c   d\n');
    assert.equal((await run(['expand', '-i'], '\ta\tb\n')).stdout, '        a\tb\n');
  });

  test('expand continues a line across input files', async () => {
    const r = await run(['expand', 'f1', 'f2'], undefined, { f1: 'ab', f2: '\tc\n' });
    assert.equal(r.stdout, 'ab      c\n');
  });

  test('unexpand converts leading blanks, all blanks with -a or -t', async () => {
    assert.equal((await run(['unexpand'], '        a       b\n')).stdout, '\ta       b\n');
    assert.equal((await run(['unexpand', '-a'], '        a       b\n')).stdout, '\ta\tb\n');
    assert.equal((await run(['unexpand', '-t', '4'], 'a   b\n')).stdout, 'a\tb\n');
    assert.equal((await run(['unexpand', '-4'], '    a   b\n')).stdout, '\ta   b\n');
  });

  test('tab stop errors', async () => {
    assert.equal((await run(['expand', '-t', '0'])).stderr, 'expand: tab size cannot be 0\n');
    assert.equal((await run(['expand', '-t', '3,2'])).stderr, 'expand: tab sizes must be ascending\n');
    assert.equal((await run(['expand', '-t', '3,x'])).stderr, "expand: tab size contains invalid character(s): 'x'\n");
    assert.equal(
      (await run(['unexpand', '-t', '/4,+2'])).stderr,
      "unexpand: '/' specifier is mutually exclusive with '+'\n",
    );
  });

  test('a missing file is reported and the rest expanded', async () => {
    const r = await run(['expand', 'missing', '-'], 'a\tb\n');
    assert.equal(r.stdout, 'a       b\n');
    assert.equal(r.stderr, 'expand: missing: No such file or directory\n');
    assert.equal(r.exitCode, 1);
  });
});

describe('rev and tac', () => {
  test('rev reverses bytes per line and keeps a missing final newline missing', async () => {
    assert.equal((await run(['rev'], 'abc\ndef')).stdout, 'cba\nfed');
  });

  test('rev stops a file at a non-ASCII byte, as util-linux does in the C locale', async () => {
    const r = await run(['rev'], 'ab\ncd\u00e9ef\ngh\n');
    assert.equal(r.stdout, 'ba\n');
    assert.equal(r.stderr, 'rev: stdin: 1: Invalid or incomplete multibyte or wide character\n');
    assert.equal(r.exitCode, 1);
  });

  test("rev takes '-' as a file name, as util-linux does", async () => {
    const r = await run(['rev', '-', 'f'], 'in\n', { f: 'ab\n' });
    assert.equal(r.stdout, 'ba\n');
    assert.equal(r.stderr, 'rev: cannot open -: No such file or directory\n');
    assert.equal(r.exitCode, 1);
  });

  test('tac reverses lines; the last unterminated line joins the next', async () => {
    assert.equal((await run(['tac'], 'a\nb\nc\n')).stdout, 'c\nb\na\n');
    assert.equal((await run(['tac'], 'a\nb')).stdout, 'ba\n');
  });

  test('tac -s, -b and -r', async () => {
    assert.equal((await run(['tac', '-s', ','], 'a,b,c')).stdout, 'cb,a,');
    assert.equal((await run(['tac', '-b', '-s', 'XY'], 'abXYcdXYef')).stdout, 'XYefXYcdab');
    assert.equal((await run(['tac', '-r', '-s', '[0-9]+'], 'a12b345c')).stdout, 'c54b32a1');
    assert.equal((await run(['tac', '-r', '-s', 'b+'], 'ab+cd')).stdout, '+cdab');
    assert.equal((await run(['tac', '-s', ''], 'a\0b\0')).stdout, 'b\0a\0');
  });

  test('tac errors name the file as GNU does', async () => {
    const r = await run(['tac', 'missing'], undefined);
    assert.equal(r.stderr, "tac: failed to open 'missing' for reading: No such file or directory\n");
    assert.equal(r.exitCode, 1);
  });
});
