/** Every native builtin by `name/arity`, and the `builtins` listing. */
import { codeOne } from '../eval/code.js';
import { COLLECTION_NATIVES } from './collections.js';
import { CONTROL_NATIVES } from './control.js';
import { DATA_NATIVES } from './data.js';
import { DATE_NATIVES } from './dates.js';
import { IO_NATIVES } from './io.js';
import { MATH_NATIVES } from './math.js';
import type { Native, NativeTable } from './native.js';
import { preludeNames } from './prelude.js';
import { REGEX_NATIVES } from './regex.js';
import { STRING_NATIVES } from './strings.js';

const TABLE: NativeTable = {
  ...CONTROL_NATIVES,
  ...DATA_NATIVES,
  ...COLLECTION_NATIVES,
  ...STRING_NATIVES,
  ...REGEX_NATIVES,
  ...MATH_NATIVES,
  ...DATE_NATIVES,
  ...IO_NATIVES,
  'builtins/0': () => codeOne(() => builtinNames()),
};

let names: string[] | null = null;

/** `builtins`: every public builtin as `name/arity`. */
function builtinNames(): string[] {
  names ??= [...new Set([...Object.keys(TABLE), ...preludeNames()])].filter((n) => !n.startsWith('_'));
  return names.slice();
}

/** The native builtin `name/arity`, if there is one. */
export function nativeBuiltin(name: string, arity: number): Native | undefined {
  return Object.hasOwn(TABLE, `${name}/${arity}`) ? TABLE[`${name}/${arity}`] : undefined;
}
