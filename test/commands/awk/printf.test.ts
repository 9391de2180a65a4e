import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AwkFatal } from '../../../src/commands/awk/errors.js';
import { formatE, formatF, formatG } from '../../../src/commands/awk/numfmt.js';
import { type FormatHost, formatPrintf } from '../../../src/commands/awk/printf.js';
import { StrNum, toNum, type Value } from '../../../src/commands/awk/values.js';

/** A host converting numbers with %.6g-ish integers, as CONVFMT does by default. */
function host(utf8 = false): FormatHost {
  return {
    utf8,
    num: toNum,
    str: (v: Value) =>
      typeof v === 'string' ? v : v instanceof StrNum ? v.s : v === undefined ? '' : String(Number(v.toPrecision(6))),
  };
}

const fmt = (f: string, ...args: Value[]) => formatPrintf(f, args, host());

describe('awk printf', () => {
  test('integers: flags, width, precision', () => {
    assert.equal(fmt('%d|%5d|%-5d|%05d|%+d|% d', 42, 42, 42, 42, 42, 42), '42|   42|42   |00042|+42| 42');
    assert.equal(fmt('%.3d|%5.3d|%05.1d|%.0d', 7, -7, 3, 0), '007| -007|    3|');
    assert.equal(fmt('%d %d %d', 3.99, -3.99, '12abc'), '3 -3 12');
    assert.equal(fmt('%d', 1e30), '1000000000000000019884624838656');
    assert.equal(fmt('%i', 2 ** 53 + 2), '9007199254740994');
  });

  test('unsigned conversions wrap negatives to 64 bits and fall back to %g when too big', () => {
    assert.equal(
      fmt('%u %x %X %o', -1, -1, 255, -8),
      '18446744073709551615 ffffffffffffffff FF 1777777777777777777770',
    );
    assert.equal(fmt('%#x %#X %#o %#o %#x', 255, 255, 8, 0, 0), '0xff 0XFF 010 0 0');
    assert.equal(fmt('%x', 1e20), '1e+20');
  });

  test('floats', () => {
    assert.equal(
      fmt('%f|%.2f|%10.3f|%-10.1f|', 1.23456, 1.23456, 1.23456, 1.23456),
      '1.234560|1.23|     1.235|1.2       |',
    );
    assert.equal(fmt('%e|%.2E|%.0e|%#.0e', 12345.678, 12345.678, 5, 5), '1.234568e+04|1.23E+04|5e+00|5.e+00');
    assert.equal(
      fmt('%g %g %g %g %g %G', 100000, 1e6, 0.0001, 1e-5, 123456789, 1e-10),
      '100000 1e+06 0.0001 1e-05 1.23457e+08 1E-10',
    );
    assert.equal(fmt('%#g %#.3g %g', 1, 1, 0), '1.00000 1.00 0');
    assert.equal(fmt('%08.2f|%+.1f|% .1f', -1.23456, 2.5, 2.5), '-0001.23|+2.5| 2.5');
    assert.equal(fmt('%.0f %.0f %.0f %.1f %.2f', 0.5, 1.5, 2.5, 0.25, 1.125), '0 2 2 0.2 1.12');
    assert.equal(fmt('%.5g %.1e', 1.953125, 1.25), '1.9531 1.2e+00');
  });

  test('infinities and NaN print as gawk spells them, without padding', () => {
    assert.equal(
      fmt('%f %e %g %d %5.1f %F %x', Infinity, -Infinity, Infinity, Infinity, Infinity, -Infinity, Infinity),
      '+inf -inf +inf +inf +inf -INF +inf',
    );
    assert.equal(fmt('%f %d', -Number.NaN, Number.NaN), '-nan +nan');
  });

  test('strings and characters', () => {
    assert.equal(
      fmt('[%s][%5s][%-5s][%.2s][%5.1s]', 'abc', 'abc', 'abc', 'abc', 'abc'),
      '[abc][  abc][abc  ][ab][    a]',
    );
    assert.equal(fmt('%c%c%c|%c|%3c', 72, 105, 321, 'hello', 'x'), 'HiA|h|  x');
    assert.equal(fmt('%05s', 'ab'), '   ab');
    assert.equal(formatPrintf('%c|%c|%.1s|%3s', [233, 8364, 'éa', 'é'], host(true)), 'é|€|é|  é');
    assert.equal(formatPrintf('%c', [233], host(false)), '\xe9');
  });

  test('stars, positions, literals and modifiers', () => {
    assert.equal(
      fmt('[%*d][%-*d][%.*f][%*.*s]', 5, 42, 4, 7, 2, 1.23456, 6, 2, 'abcdef'),
      '[   42][7   ][1.23][    ab]',
    );
    assert.equal(fmt('[%*d]', -5, 42), '[42   ]');
    assert.equal(fmt('%2$s %1$s', 'world', 'hello'), 'hello world');
    assert.equal(fmt('100%% %5%|%z|%5|abc%'), '100% %|%z|%5|abc%');
    assert.equal(fmt('%ld %hd %lld|', 5, 6, 7), '5 6 %lld|');
    assert.equal(fmt('%s', 'a', 'b'), 'a');
  });

  test("running out of arguments is gawk's fatal error with a caret", () => {
    assert.throws(
      () => fmt('%d %d\n', 1),
      (e: unknown) =>
        e instanceof AwkFatal &&
        e.message === "not enough arguments to satisfy format string\n\t`%d %d\n'\n\t    ^ ran out for this one",
    );
    assert.throws(() => fmt('%*d', 5), AwkFatal);
  });
});

describe('awk number formatting', () => {
  test('digit-exact %e %f %g, including beyond toFixed range', () => {
    assert.equal(formatF(1e22, 2, false), '10000000000000000000000.00');
    assert.equal(formatF(0.1, 30, false), '0.100000000000000005551115123126');
    assert.equal(formatE(2 ** -1074, 5, false, false), '4.94066e-324');
    assert.equal(formatE(1, 120, false, false), `1.${'0'.repeat(120)}e+00`);
    assert.equal(formatG(123456, 6, false, false), '123456');
    assert.equal(formatG(1234567, 6, false, false), '1.23457e+06');
    assert.equal(formatG(0.00001234, 3, false, false), '1.23e-05');
  });
});
