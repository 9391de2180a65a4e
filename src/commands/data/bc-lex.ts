/**
 * bc's tokens: numbers in any ibase (digits 0-9 and A-F), names, strings,
 * operators, newlines; comments and backslash-newline joins are dropped.
 */

/** One token and the line it is on. */
export interface Token {
  readonly type: 'num' | 'name' | 'str' | 'op' | 'nl' | 'eof';
  readonly text: string;
  readonly line: number;
}

/** A syntax error at a token, numbered as bc numbers lines. */
export class BcSyntaxError extends Error {
  readonly line: number;
  /** bc counts a newline's line as done once it reads it, so an error there names the next line. */
  constructor(at: Token) {
    super('syntax error');
    this.line = at.type === 'nl' ? at.line + 1 : at.line;
  }
}

const OPS = [
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '^=',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '=',
  '<',
  '>',
  '!',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  ',',
  ';',
];

/** Splits a program into tokens; an unknown character is reported like bc does. */
export function tokenize(src: string): (Token | { type: 'bad'; text: string; line: number })[] {
  const out: (Token | { type: 'bad'; text: string; line: number })[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\n') {
      out.push({ type: 'nl', text: '\n', line });
      line++;
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (let k = i; k < stop; k++) if (src[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '"') {
      const end = src.indexOf('"', i + 1);
      const stop = end < 0 ? src.length : end;
      const text = src.slice(i + 1, stop);
      out.push({ type: 'str', text, line });
      for (const ch of text) if (ch === '\n') line++;
      i = stop + 1;
      continue;
    }
    const num = /^[0-9A-F]+(\.[0-9A-F]*)?|^\.[0-9A-F]+/.exec(src.slice(i, i + 4096));
    if (num && (c !== '.' || /[0-9A-F]/.test(src[i + 1] ?? ''))) {
      out.push({ type: 'num', text: num[0].replace(/\\\n/g, ''), line });
      i += num[0].length;
      continue;
    }
    if (c === '.') {
      out.push({ type: 'name', text: 'last', line });
      i++;
      continue;
    }
    const name = /^[a-z][a-z0-9_]*/.exec(src.slice(i, i + 256));
    if (name) {
      out.push({ type: 'name', text: name[0], line });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      out.push({ type: 'op', text: op, line });
      i += op.length;
      continue;
    }
    out.push({ type: 'bad', text: c, line });
    i++;
  }
  out.push({ type: 'eof', text: '', line });
  return out;
}
