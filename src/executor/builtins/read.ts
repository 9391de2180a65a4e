/**
 * `read`: one line (or up to a delimiter, or N characters) from a shared
 * descriptor, split on IFS into variables or an array. What it does not
 * consume stays in the descriptor for the next reader.
 */
import { concatBytes, decodeText } from '../../core/io.js';
import type { FdTable, SharedSource } from '../fds.js';
import type { Shell } from '../interp.js';
import { isValidName } from '../state.js';

/** Reads bytes up to `delim` (consumed, not returned). Null at end of input with nothing read. */
export async function readLine(
  src: SharedSource | undefined,
  delim: string,
  signal: AbortSignal,
  maxChars = Number.POSITIVE_INFINITY,
): Promise<{ text: string; terminated: boolean } | null> {
  if (!src) return null;
  const d = delim === '' ? 0 : delim.charCodeAt(0);
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    signal.throwIfAborted();
    const r = await src.pull();
    if (r.done) break;
    const chunk = r.value;
    let i = chunk.indexOf(d);
    if (maxChars !== Number.POSITIVE_INFINITY) {
      const limit = maxChars - total;
      if (i < 0 || i >= limit) {
        if (chunk.length >= limit) {
          parts.push(chunk.subarray(0, limit));
          src.unread(chunk.subarray(limit));
          return { text: decodeText(concatBytes(parts)), terminated: false };
        }
        i = -1;
      }
    }
    if (i >= 0) {
      parts.push(chunk.subarray(0, i));
      src.unread(chunk.subarray(i + 1));
      return { text: decodeText(concatBytes(parts)), terminated: true };
    }
    parts.push(chunk);
    total += chunk.length;
  }
  if (parts.length === 0) return null;
  return { text: decodeText(concatBytes(parts)), terminated: false };
}

/** The read builtin. */
export async function readBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  let raw = false;
  let arrayName: string | null = null;
  let delim = '\n';
  let nchars = Number.POSITIVE_INFINITY;
  let exact = false;
  let fd = 0;
  const names: string[] = [];
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      const takesArg = 'adpntu'.includes(c);
      let val = '';
      if (takesArg) {
        val = a.slice(j + 1) || argv[++i];
        if (val === undefined) {
          await sh.error(`read: -${c}: option requires an argument`);
          return 2;
        }
      }
      switch (c) {
        case 'r':
          raw = true;
          break;
        case 's':
        case 'e':
          break;
        case 'a':
          arrayName = val;
          break;
        case 'd':
          delim = val;
          break;
        case 'p':
          // bash shows the prompt only when stdin is a terminal, which it never is here.
          break;
        case 'n':
        case 'N':
          nchars = Number(val);
          exact = c === 'N';
          break;
        case 't':
          break;
        case 'u':
          fd = Number(val);
          break;
        default:
          await sh.error(`read: -${c}: invalid option`);
          await sh.errText(
            'read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n',
          );
          return 2;
      }
      if (takesArg) break;
    }
  }
  for (; i < argv.length; i++) names.push(argv[i]);
  for (const n of [...names, ...(arrayName ? [arrayName] : [])]) {
    if (!isValidName(n)) {
      await sh.error(`read: \`${n}': not a valid identifier`);
      return 1;
    }
  }
  const src = fds.get(fd)?.source;
  if (!src) {
    await sh.error(`read: ${fd}: invalid file descriptor: Bad file descriptor`);
    return 1;
  }
  let text = '';
  let terminated = false;
  let got = false;
  for (;;) {
    const line = await readLine(src, exact ? '' : delim, sh.signal, nchars);
    if (!line) break;
    got = true;
    terminated = line.terminated;
    // Without -r a trailing backslash joins the next line.
    if (!raw && line.terminated && delim === '\n' && /(^|[^\\])(\\\\)*\\$/.test(line.text)) {
      text += line.text.slice(0, -1);
      continue;
    }
    text += line.text;
    break;
  }
  const ifs = sh.state.getScalar('IFS') ?? ' \t\n';
  const st = sh.state;
  if (arrayName) {
    st.setArray(arrayName, splitFields(text, ifs, raw, Number.POSITIVE_INFINITY));
  } else if (names.length === 0) {
    st.setScalar('REPLY', raw ? text : removeBackslashes(text));
  } else {
    const fields = exact ? [text] : splitFields(text, ifs, raw, names.length);
    names.forEach((n, k) => {
      st.setScalar(n, fields[k] ?? '');
    });
  }
  return got && (terminated || exact || nchars !== Number.POSITIVE_INFINITY) ? 0 : 1;
}

function removeBackslashes(s: string): string {
  return s.replace(/\\(.)/gs, '$1');
}

/** Splits `text` on IFS into at most `max` fields; the last takes the rest. */
function splitFields(text: string, ifs: string, raw: boolean, max: number): string[] {
  const isWs = (c: string) => ifs.includes(c) && (c === ' ' || c === '\t' || c === '\n');
  const isDelim = (c: string) => ifs.includes(c);
  const fields: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n && isWs(text[i])) i++;
  while (i < n) {
    if (fields.length === max - 1) {
      // The last variable gets the rest, minus trailing IFS whitespace.
      let rest = text.slice(i);
      let end = rest.length;
      while (end > 0 && isWs(rest[end - 1]) && !(end > 1 && rest[end - 2] === '\\' && !raw)) end--;
      rest = rest.slice(0, end);
      fields.push(raw ? rest : removeBackslashes(rest));
      return fields;
    }
    let field = '';
    while (i < n && !isDelim(text[i])) {
      if (!raw && text[i] === '\\' && i + 1 < n) {
        field += text[i + 1];
        i += 2;
        continue;
      }
      field += text[i++];
    }
    fields.push(field);
    // Skip one delimiter with its surrounding IFS whitespace.
    while (i < n && isWs(text[i])) i++;
    if (i < n && isDelim(text[i]) && !isWs(text[i])) {
      i++;
      while (i < n && isWs(text[i])) i++;
    }
  }
  return fields;
}

/** `mapfile` / `readarray [-t] [-d delim] [-n count] [-s skip] [-u fd] [array]` */
export async function mapfileBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  let trim = false;
  let delim = '\n';
  let count = Number.POSITIVE_INFINITY;
  let skip = 0;
  let fd = 0;
  let name = 'MAPFILE';
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-t') trim = true;
    else if (a === '-d' || a === '-n' || a === '-s' || a === '-u' || a === '-O' || a === '-c' || a === '-C') {
      const v = argv[++i];
      if (v === undefined) {
        await sh.error(`${argv[0]}: ${a}: option requires an argument`);
        return 2;
      }
      if (a === '-d') delim = v === '' ? '\0' : v;
      else if (a === '-n') count = Number(v) || Number.POSITIVE_INFINITY;
      else if (a === '-s') skip = Number(v);
      else if (a === '-u') fd = Number(v);
    } else if (a.startsWith('-')) {
      await sh.error(`${argv[0]}: ${a}: invalid option`);
      return 2;
    } else name = a;
  }
  if (!isValidName(name)) {
    await sh.error(`${argv[0]}: \`${name}': not a valid identifier`);
    return 1;
  }
  const src = fds.get(fd)?.source;
  const lines: string[] = [];
  for (let n = 0; n < skip + count; n++) {
    const line = await readLine(src, delim, sh.signal);
    if (!line) break;
    if (n < skip) continue;
    lines.push(trim || !line.terminated ? line.text : line.text + delim);
  }
  sh.state.setArray(name, lines);
  return 0;
}
