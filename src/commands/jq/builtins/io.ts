/** Natives that reach outside the filter: inputs, stderr, environment, time, halting. */
import { codeGen, codeOne } from '../eval/code.js';
import { fail } from '../eval/errors.js';
import { toText } from '../eval/formats.js';
import { HaltSignal, JqError } from '../eval/runtime.js';
import { writeJson } from '../values/json-write.js';
import { isNumber, numberOf, type Value } from '../values/value.js';
import { cfn, fn0, type NativeTable } from './native.js';

/** `halt_error(code)`: strings go to stderr as they are, other values as JSON lines. */
function haltError(input: Value, code: Value): never {
  if (!isNumber(code)) throw fail('halt_error/1: number required');
  throw new HaltSignal(
    numberOf(code),
    typeof input === 'string' ? input : input === null ? null : `${writeJson(input)}\n`,
  );
}

/** I/O natives. */
export const IO_NATIVES: NativeTable = {
  'input/0': () =>
    codeOne((_i, e) => {
      const v = e.rt.nextInput();
      if (v === undefined) throw new JqError('break');
      return v;
    }),
  'inputs/0': () =>
    codeGen(function* (_i, e) {
      for (let v = e.rt.nextInput(); v !== undefined; v = e.rt.nextInput()) yield v;
    }),
  'debug/0': () =>
    codeOne((i, e) => {
      e.rt.stderr(`${writeJson(['DEBUG:', i])}\n`);
      return i;
    }),
  'debug/1': ([msg]) =>
    codeGen(function* (i, e) {
      for (const m of msg.run(i, e)) e.rt.stderr(`${writeJson(['DEBUG:', m])}\n`);
      yield i;
    }),
  'stderr/0': () =>
    codeOne((i, e) => {
      e.rt.stderr(toText(i));
      return i;
    }),
  'input_filename/0': () => codeOne((_i, e) => e.rt.inputFilename()),
  'input_line_number/0': () => codeOne((_i, e) => e.rt.inputLineNumber()),
  'env/0': () => codeOne((_i, e) => e.rt.env),
  'now/0': () => codeOne((_i, e) => e.rt.now()),
  'halt/0': () =>
    codeOne(() => {
      throw new HaltSignal(0, null);
    }),
  'halt_error/0': fn0((i) => haltError(i, 5)),
  'halt_error/1': cfn(haltError),
  'get_search_list/0': fn0(() => []),
  'get_jq_origin/0': fn0(() => null),
  'get_prog_origin/0': fn0(() => null),
};
