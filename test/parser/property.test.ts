/** Property tests: parse never throws anything but ShellSyntaxError; generated scripts survive print → parse. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parse, parseArithmetic, parsePrefix, printScript, ShellSyntaxError } from '../../src/parser/index.js';
import { strip } from './ast-helpers.js';
import { arith, script, shellish } from './script-arbitrary.js';

const RUNS = { numRuns: 200 };

/** Runs a parser entry point; only a clean ShellSyntaxError may escape, never an internal failure. */
function onlySyntaxErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ShellSyntaxError, `threw ${String(e)}`);
    assert.ok(!e.reason.startsWith('internal parser error'), e.reason);
    assert.ok(e.line >= 1 && e.col >= 1);
  }
}

const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });

describe('parse on arbitrary text', () => {
  for (const [label, arb] of [
    ['fc.string()', fc.string()],
    ['full unicode', fc.string({ unit: 'binary' })],
    ['any UTF-16 units, lone surrogates included', anyUnits],
    ['shell metacharacters and keywords', shellish],
  ] as const) {
    test(`${label}: only ShellSyntaxError`, () => {
      fc.assert(
        fc.property(arb, (text) => {
          onlySyntaxErrors(() => parse(text));
          onlySyntaxErrors(() => parseArithmetic(text));
          const { script: prefix, error } = parsePrefix(text);
          assert.equal(prefix.kind, 'Script');
          assert.ok(error === null || error instanceof ShellSyntaxError);
        }),
        RUNS,
      );
    });
  }
});

describe('print → parse round trip', () => {
  test('generated scripts', () => {
    fc.assert(
      fc.property(script, (text) => {
        const ast = parse(text);
        const printed = printScript(ast);
        assert.deepEqual(strip(parse(printed)), strip(ast), `printed:\n${printed}`);
      }),
      RUNS,
    );
  });

  test('generated arithmetic', () => {
    fc.assert(
      fc.property(arith(3), (text) => {
        const ast = parse(`(( ${text} ))`);
        assert.deepEqual(strip(parse(printScript(ast))), strip(ast));
      }),
      RUNS,
    );
  });
});
