/**
 * grep -P: Perl-compatible patterns run on JavaScript's RegExp engine. The
 * common PCRE spellings JavaScript lacks are rewritten (\Q…\E, \A, \z, \Z, \h,
 * (?P<name>…), \x{…}, a leading (?i)); features the engine cannot express
 * (possessive quantifiers, atomic groups, \K, recursion, conditionals, \G)
 * are refused with a message saying so.
 */

/** A -P pattern that cannot be compiled; the message follows PCRE2's wording where it can. */
export class PerlRegexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PerlRegexError';
  }
}

const UNSUPPORTED: readonly (readonly [RegExp, string])[] = [
  [/^\(\?>/, 'atomic groups (?>...) are not supported (JavaScript RegExp lacks them)'],
  [/^\(\?\(/, 'conditional groups (?(...)...) are not supported (JavaScript RegExp lacks them)'],
  [/^\(\?(?:R|[+-]?\d+|&\w+|P>\w+)\)/, 'recursion (?R) is not supported (JavaScript RegExp lacks it)'],
  [/^\(\*[A-Z_]+/, 'backtracking verbs (*VERB) are not supported (JavaScript RegExp lacks them)'],
  [/^\\K/, '\\K is not supported (JavaScript RegExp lacks it)'],
  [/^\\G/, '\\G is not supported (JavaScript RegExp lacks it)'],
  [/^[*+?}][+]/, 'possessive quantifiers are not supported (JavaScript RegExp lacks them)'],
];

const JS_MESSAGES: readonly (readonly [RegExp, string])[] = [
  [/Unterminated group/, 'missing closing parenthesis'],
  [/Unmatched '\)'/, 'unmatched closing parenthesis'],
  [/Nothing to repeat/, 'quantifier does not follow a repeatable item'],
  [/Unterminated character class/, 'missing terminating ] for character class'],
  [/\\ at end of pattern/, '\\ at end of pattern'],
  [/numbers out of order/, 'numbers out of order in {} quantifier'],
  [/Invalid group/, 'unrecognized character after (? or (?-'],
];

/** JavaScript source and flags for the -P patterns (joined as alternatives). */
export function translatePerl(patterns: readonly string[], icase: boolean): { source: string; flags: string } {
  let fold = icase;
  const sources = patterns.map((p) => {
    let body = p;
    if (body.startsWith('(?i)')) {
      fold = true;
      body = body.slice(4);
    }
    return `(?:${rewrite(body)})`;
  });
  const source = sources.join('|');
  const flags = fold ? 'i' : '';
  try {
    new RegExp(source, flags);
  } catch (e) {
    const message = (e as Error).message;
    const known = JS_MESSAGES.find(([re]) => re.test(message));
    throw new PerlRegexError(known ? known[1] : message);
  }
  return { source, flags };
}

function rewrite(p: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const rest = p.slice(i);
    for (const [re, message] of UNSUPPORTED) {
      if (!inClass && re.test(rest)) throw new PerlRegexError(message);
    }
    const c = p[i];
    if (c === '\\') {
      const d = p[i + 1];
      if (d === 'Q') {
        const end = p.indexOf('\\E', i + 2);
        const literal = p.slice(i + 2, end < 0 ? p.length : end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? p.length : end + 1;
        continue;
      }
      if (d === 'x' && p[i + 2] === '{') {
        const close = p.indexOf('}', i + 3);
        const code = Number.parseInt(p.slice(i + 3, close), 16);
        if (close < 0 || Number.isNaN(code) || code > 0xffff)
          throw new PerlRegexError('character code point value in \\x{} or \\o{} is too large');
        out += `\\u${code.toString(16).padStart(4, '0')}`;
        i = close;
        continue;
      }
      const mapped = inClass ? CLASS_ESCAPES[d] : ESCAPES[d];
      out += mapped ?? `\\${d ?? ''}`;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (p[i + 1] === '^') out += p[++i];
      if (p[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (rest.startsWith('(?P<')) {
      out += '(?<';
      i += 3;
      continue;
    }
    const backref = /^\(\?P=(\w+)\)/.exec(rest);
    if (backref) {
      out += `\\k<${backref[1]}>`;
      i += backref[0].length - 1;
      continue;
    }
    out += c;
  }
  return out;
}

const ESCAPES: Record<string, string> = {
  A: '(?<![\\s\\S])',
  z: '(?![\\s\\S])',
  Z: '(?=\\n?(?![\\s\\S]))',
  h: '[ \\t]',
  H: '[^ \\t]',
};

const CLASS_ESCAPES: Record<string, string> = { h: ' \\t' };
