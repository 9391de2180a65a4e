/** The translation table of `tr SET1 SET2`, built and validated as GNU's validate() and main loop do. */
import { UsageError } from '../../core/errors.js';
import { TR_MAX_SET_LENGTH } from '../../core/limits.js';
import { type Expanded, expand, inClass, membership, type SetElement, UL_LOWER, UL_NONE, UL_UPPER } from './tr-sets.js';

function fatal(message: string): UsageError {
  return new UsageError(`tr: ${message}\n`, 1);
}

/** Number of bytes an element list expands to, without expanding it. */
function lengthOf(elements: readonly SetElement[]): number {
  let n = 0;
  for (const e of elements) {
    if (e.kind === 'char' || e.kind === 'equiv') n++;
    else if (e.kind === 'range') n += e.hi - e.lo + 1;
    else if (e.kind === 'repeat') n += e.count;
    else for (let c = 0; c < 256; c++) if (inClass(e.name, c)) n++;
  }
  if (n > TR_MAX_SET_LENGTH) throw fatal('a set is longer than Mirage supports');
  return n;
}

/** The byte string2 is padded with when shorter than string1 (string2_extend). */
function lastByteOf(e: SetElement): number {
  if (e.kind === 'char' || e.kind === 'repeat' || e.kind === 'equiv') return e.c;
  if (e.kind === 'range') return e.hi;
  let c = 255;
  while (c > 0 && !inClass(e.name, c)) c--;
  return c;
}

/** validate_case_classes: a case class in string2 must start where one starts in string1. */
function checkCaseAlignment(x1: Expanded, x2: Expanded): void {
  let i1 = 0;
  let i2 = 0;
  let new1 = true;
  let new2 = true;
  for (;;) {
    const end1 = i1 >= x1.bytes.length;
    const end2 = i2 >= x2.bytes.length;
    const ul1 = end1 ? UL_NONE : x1.caseClass[i1];
    const ul2 = end2 ? UL_NONE : x2.caseClass[i2];
    if (new2 && ul2 !== UL_NONE && !(new1 && ul1 !== UL_NONE)) {
      throw fatal('misaligned [:upper:] and/or [:lower:] construct');
    }
    if (end1 || end2) return;
    if (ul2 !== UL_NONE) {
      i1 = elementEnd(x1, i1);
      i2 = elementEnd(x2, i2);
    } else {
      i1++;
      i2++;
    }
    new1 = i1 >= x1.bytes.length || x1.element[i1] !== x1.element[i1 - 1];
    new2 = i2 >= x2.bytes.length || x2.element[i2] !== x2.element[i2 - 1];
  }
}

function elementEnd(x: Expanded, i: number): number {
  let j = i + 1;
  while (j < x.bytes.length && x.element[j] === x.element[i]) j++;
  return j;
}

/** Builds the 256-entry map for translating SET1 to SET2, or throws GNU's complaint. */
export function buildTranslation(
  s1: readonly SetElement[],
  s2In: readonly SetElement[],
  complement: boolean,
  truncate: boolean,
): Uint8Array {
  const s2 = s2In.map((e) => (e.kind === 'repeat' ? { ...e } : e));
  const inS1 = membership(s1, false);
  let len1 = lengthOf(s1);
  if (complement) len1 = inS1.reduce((n, v) => n + (v ? 0 : 1), 0);
  const indefinite = s2.filter((e) => e.kind === 'repeat' && e.count === 0);
  if (indefinite.length > 1) throw fatal('only one [c*] repeat construct may appear in string2');
  const fixedLen2 = lengthOf(s2);
  if (indefinite.length === 1 && len1 > fixedLen2) (indefinite[0] as { count: number }).count = len1 - fixedLen2;
  let len2 = lengthOf(s2);
  if (s2.some((e) => e.kind === 'equiv')) throw fatal('[=c=] expressions may not appear in string2 when translating');
  if (s2.some((e) => e.kind === 'class' && e.name !== 'upper' && e.name !== 'lower')) {
    throw fatal("when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'");
  }
  if (s2.some((e) => e.kind === 'class')) checkCaseAlignment(expand(s1), expand(s2));
  if (len1 > len2 && !truncate) {
    if (len2 === 0) throw fatal('when not truncating set1, string2 must be non-empty');
    s2.push({ kind: 'repeat', c: lastByteOf(s2[s2.length - 1]), count: len1 - len2 });
    len2 = len1;
  }
  const x2 = expand(s2);
  if (complement && s1.some((e) => e.kind === 'class')) {
    const homogeneous = x2.bytes.every((c) => c === x2.bytes[0]);
    if (!(len2 === len1 && homogeneous)) {
      throw fatal(
        'when translating with complemented character classes,\nstring2 must map all characters in the domain to one',
      );
    }
  }
  const map = new Uint8Array(256);
  for (let c = 0; c < 256; c++) map[c] = c;
  if (complement) {
    let k = 0;
    for (let c = 0; c < 256 && k < x2.bytes.length; c++) if (!inS1[c]) map[c] = x2.bytes[k++];
    return map;
  }
  const x1 = expand(s1);
  let i1 = 0;
  let i2 = 0;
  for (;;) {
    const ul1 = i1 < x1.bytes.length ? x1.caseClass[i1] : UL_NONE;
    const ul2 = i2 < x2.bytes.length ? x2.caseClass[i2] : UL_NONE;
    if (ul1 === UL_LOWER && ul2 === UL_UPPER) {
      for (let c = 0x61; c <= 0x7a; c++) map[c] = c - 32;
    } else if (ul1 === UL_UPPER && ul2 === UL_LOWER) {
      for (let c = 0x41; c <= 0x5a; c++) map[c] = c + 32;
    } else {
      if (i1 >= x1.bytes.length || i2 >= x2.bytes.length) break;
      map[x1.bytes[i1]] = x2.bytes[i2];
    }
    if (ul2 !== UL_NONE) {
      i1 = elementEnd(x1, i1);
      i2 = elementEnd(x2, i2);
    } else {
      i1++;
      i2++;
    }
  }
  return map;
}
