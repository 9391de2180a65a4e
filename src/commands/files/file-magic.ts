/**
 * What file(1) 5.44 says about a file's first bytes: a table of magic
 * numbers (archives, compressors, images, documents, executables, data
 * formats), interpreters named by a #! line, and the text classes (ASCII,
 * UTF-8, UTF-16, ISO-8859) with their line-terminator notes.
 */

/** A description and the MIME type file -i gives with it. */
export interface Finding {
  readonly text: string;
  readonly mime: string;
  /** charset= in -i output. */
  readonly charset: string;
}

/** Extra facts some formats need beyond the head (gzip's size sits in its trailer). */
export interface Context {
  /** The last 4 bytes of the file, when it is at least that long. */
  readonly tail: Uint8Array | null;
  /** Formats a Unix time as file does (ctime in the local zone). */
  readonly ctime: (seconds: number) => string;
}

const BINARY = 'binary';

function starts(b: Uint8Array, bytes: readonly number[], at = 0): boolean {
  if (b.length < at + bytes.length) return false;
  return bytes.every((x, i) => b[at + i] === x);
}

function ascii(b: Uint8Array, text: string, at = 0): boolean {
  return starts(
    b,
    [...text].map((c) => c.charCodeAt(0)),
    at,
  );
}

function u16le(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32be(b: Uint8Array, at: number): number {
  return ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
}

function gzipFinding(b: Uint8Array, c: Context): Finding {
  const flags = b[3];
  const parts = ['gzip compressed data'];
  if (flags & 0x08) {
    let at = 10 + (flags & 0x04 ? 2 + u16le(b, 10) : 0);
    let name = '';
    while (at < b.length && b[at] !== 0) name += String.fromCharCode(b[at++]);
    parts.push(`was "${name}"`);
  }
  const mtime = (b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24)) >>> 0;
  if (mtime !== 0) parts.push(`last modified: ${c.ctime(mtime)}`);
  if (b[8] === 2) parts.push('max compression');
  else if (b[8] === 4) parts.push('max speed');
  if (b[9] === 3) parts.push('from Unix');
  if (c.tail) parts.push(`original size modulo 2^32 ${Buffer.from(c.tail).readUInt32LE(0)}`);
  return { text: parts.join(', '), mime: 'application/gzip', charset: BINARY };
}

const PNG_COLOR: Record<number, string> = { 0: 'grayscale', 2: 'RGB', 3: 'colormap', 4: 'gray+alpha', 6: 'RGBA' };

function pngFinding(b: Uint8Array): Finding {
  let text = 'PNG image data';
  if (b.length >= 29 && ascii(b, 'IHDR', 12)) {
    const color = PNG_COLOR[b[25]] ?? 'unknown';
    const depth = b[25] === 0 || b[25] === 3 || b[25] === 4 ? `${b[24]}-bit ${color}` : `${b[24]}-bit/color ${color}`;
    text += `, ${u32be(b, 16)} x ${u32be(b, 20)}, ${depth}, ${b[28] ? 'interlaced' : 'non-interlaced'}`;
  }
  return { text, mime: 'image/png', charset: BINARY };
}

const ELF_MACHINE: Record<number, string> = {
  3: 'Intel 80386',
  40: 'ARM',
  62: 'x86-64',
  183: 'ARM aarch64',
  243: 'UCB RISC-V',
};

/** The PT_INTERP path of a 64-bit little-endian ELF head, or null. */
function interpreter(b: Uint8Array): string | null {
  if (b[4] !== 2 || b[5] !== 1 || b.length < 64) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const phoff = Number(view.getBigUint64(32, true));
  const size = view.getUint16(54, true);
  const count = view.getUint16(56, true);
  for (let i = 0; i < count; i++) {
    const at = phoff + i * size;
    if (at + 40 > b.length) return null;
    if (view.getUint32(at, true) !== 3) continue;
    const offset = Number(view.getBigUint64(at + 8, true));
    const length = Number(view.getBigUint64(at + 32, true));
    if (offset + length > b.length) return null;
    return Buffer.from(b.subarray(offset, offset + length))
      .toString('latin1')
      .replace(/\0+$/, '');
  }
  return null;
}

function elfFinding(b: Uint8Array): Finding {
  const bits = b[4] === 2 ? '64-bit' : '32-bit';
  const little = b[5] === 1;
  const type = little ? u16le(b, 16) : (b[16] << 8) | b[17];
  const machine = little ? u16le(b, 18) : (b[18] << 8) | b[19];
  const interp = interpreter(b);
  const kinds: Record<number, [string, string]> = {
    1: ['relocatable', 'application/x-object'],
    2: ['executable', 'application/x-executable'],
    3: interp ? ['pie executable', 'application/x-pie-executable'] : ['shared object', 'application/x-sharedlib'],
    4: ['core file', 'application/x-coredump'],
  };
  const [kind, mime] = kinds[type] ?? ['unknown type', 'application/octet-stream'];
  const arch = ELF_MACHINE[machine] ?? `machine ${machine}`;
  let text = `ELF ${bits} ${little ? 'LSB' : 'MSB'} ${kind}, ${arch}, version ${b[6]} (SYSV)`;
  if (type === 2 || type === 3)
    text += interp
      ? `, dynamically linked, interpreter ${interp}`
      : type === 2
        ? ', statically linked'
        : ', dynamically linked';
  return { text, mime, charset: BINARY };
}

/** Formats recognised by their leading bytes. */
function magic(b: Uint8Array, c: Context): Finding | null {
  const bin = (text: string, mime: string): Finding => ({ text, mime, charset: BINARY });
  if (starts(b, [0x1f, 0x8b])) return gzipFinding(b, c);
  if (ascii(b, 'BZh') && b[3] >= 0x31 && b[3] <= 0x39) {
    return bin(`bzip2 compressed data, block size = ${b[3] - 0x30}00k`, 'application/x-bzip2');
  }
  if (starts(b, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) {
    const check: Record<number, string> = { 0: 'NONE', 1: 'CRC32', 4: 'CRC64', 10: 'SHA-256' };
    return bin(
      `XZ compressed data, checksum ${b.length > 7 ? (check[b[7] & 0x0f] ?? '') : ''}`.trimEnd(),
      'application/x-xz',
    );
  }
  if (starts(b, [0x28, 0xb5, 0x2f, 0xfd])) {
    return bin('Zstandard compressed data (v0.8+), Dictionary ID: None', 'application/zstd');
  }
  if (ascii(b, 'PK\x03\x04')) {
    const version = b[4];
    const method = u16le(b, 8);
    const how = method === 0 ? 'store' : method === 8 ? 'deflate' : `${method}`;
    return bin(
      `Zip archive data, at least v${Math.floor(version / 10)}.${version % 10} to extract, compression method=${how}`,
      'application/zip',
    );
  }
  if (ascii(b, 'PK\x05\x06')) return bin('Zip archive data (empty)', 'application/zip');
  if (ascii(b, 'ustar', 257)) {
    return bin(ascii(b, 'ustar  \0', 257) ? 'POSIX tar archive (GNU)' : 'POSIX tar archive', 'application/x-tar');
  }
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return pngFinding(b);
  if (starts(b, [0xff, 0xd8, 0xff])) {
    const version = b.length > 12 ? ` ${b[11]}.${String(b[12]).padStart(2, '0')}` : '';
    const jfif = ascii(b, 'JFIF\0', 6) ? `, JFIF standard${version}` : '';
    return bin(`JPEG image data${jfif}`, 'image/jpeg');
  }
  if (ascii(b, 'GIF87a') || ascii(b, 'GIF89a')) {
    const version = String.fromCharCode(b[3], b[4], b[5]);
    const size = b.length >= 10 ? `, ${u16le(b, 6)} x ${u16le(b, 8)}` : '';
    return bin(`GIF image data, version ${version}${size}`, 'image/gif');
  }
  if (ascii(b, '%PDF-')) {
    const m = /^%PDF-(\d+\.\d+)/.exec(Buffer.from(b.subarray(0, 16)).toString('latin1'));
    return bin(`PDF document${m ? `, version ${m[1]}` : ''}`, 'application/pdf');
  }
  if (starts(b, [0x7f, 0x45, 0x4c, 0x46]) && b.length >= 20) return elfFinding(b);
  if (ascii(b, 'PAR1')) return bin('Apache Parquet', 'application/octet-stream');
  if (ascii(b, 'SQLite format 3\0') && b.length >= 100) return bin('SQLite 3.x database', 'application/vnd.sqlite3');
  return null;
}

/** The text class of a buffer, or null when it holds bytes no text has. */
function textClass(b: Uint8Array): { name: string; charset: string; skip: number } | null {
  if (starts(b, [0xef, 0xbb, 0xbf]))
    return valid8(b.subarray(3)) ? { name: 'Unicode text, UTF-8 (with BOM)', charset: 'utf-8', skip: 3 } : null;
  if (starts(b, [0xff, 0xfe])) return { name: 'Unicode text, UTF-16, little-endian', charset: 'utf-16le', skip: 2 };
  if (starts(b, [0xfe, 0xff])) return { name: 'Unicode text, UTF-16, big-endian', charset: 'utf-16be', skip: 2 };
  let high = false;
  for (const x of b) {
    if (x >= 0x80) high = true;
    else if (x < 0x20 && ![7, 8, 9, 10, 11, 12, 13, 27].includes(x)) return null;
    else if (x === 0x7f) return null;
  }
  if (!high) return { name: 'ASCII', charset: 'us-ascii', skip: 0 };
  if (valid8(b)) return { name: 'Unicode text, UTF-8', charset: 'utf-8', skip: 0 };
  for (const x of b) if (x >= 0x80 && x < 0xa0) return null;
  return { name: 'ISO-8859', charset: 'iso-8859-1', skip: 0 };
}

function valid8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/** ", with CRLF line terminators" and the other notes file adds to text. */
function lineNotes(b: Uint8Array, utf16: boolean): string {
  const notes: string[] = [];
  let longest = 0;
  let run = 0;
  let crlf = false;
  let cr = false;
  let lf = false;
  let esc = false;
  const step = utf16 ? 2 : 1;
  for (let i = 0; i < b.length; i += step) {
    const x = b[i];
    if (x === 0x0a) {
      lf = true;
      longest = Math.max(longest, run);
      run = 0;
    } else if (x === 0x0d) {
      if (b[i + step] === 0x0a) crlf = true;
      else cr = true;
      longest = Math.max(longest, run);
      run = 0;
    } else {
      if (x === 0x1b) esc = true;
      run++;
    }
  }
  longest = Math.max(longest, run);
  if (longest > 300) notes.push(`with very long lines (${longest})`);
  if (crlf && !cr && !lfWithoutCr(b)) notes.push('with CRLF line terminators');
  else if (crlf) notes.push('with CRLF, LF line terminators');
  else if (cr && !lf) notes.push('with CR line terminators');
  if (!lf && !cr && !crlf) notes.push('with no line terminators');
  if (esc) notes.push('with escape sequences');
  return notes.map((n) => `, ${n}`).join('');
}

function lfWithoutCr(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] === 0x0a && (i === 0 || b[i - 1] !== 0x0d)) return true;
  return false;
}

const INTERPRETERS: [RegExp, string, string][] = [
  [/^bash$/, 'Bourne-Again shell script', 'text/x-shellscript'],
  [/^python[\d.]*$/, 'Python script', 'text/x-script.python'],
  [/^ruby$/, 'Ruby script', 'text/x-ruby'],
  [/^zsh$/, "Paul Falstad's zsh script", 'text/x-shellscript'],
];

/** What a #! line makes of the text description (`text` null for binary contents). */
function script(line: string, text: string | null, charset: string): Finding {
  const words = line.slice(2).trim().split(/\s+/);
  const program = words[0] === '/usr/bin/env' || words[0] === 'env' ? (words[1] ?? '') : words[0];
  const base = program.slice(program.lastIndexOf('/') + 1);
  let name = `a ${program} script`;
  let mime = 'text/plain';
  if (base === 'perl')
    return {
      text: text === null ? 'Perl script executable (binary data)' : 'Perl script text executable',
      mime: 'text/x-perl',
      charset,
    };
  if (base === 'node' || base === 'nodejs') {
    return { text: `Node.js script executable, ${text ?? 'binary data'}`, mime: 'application/javascript', charset };
  }
  if (base === 'sh') [name, mime] = ['POSIX shell script', 'text/x-shellscript'];
  else {
    for (const [re, label, type] of INTERPRETERS) {
      if (re.test(base)) {
        [name, mime] = [label, type];
        break;
      }
    }
  }
  return { text: text === null ? `${name} executable (binary data)` : `${name}, ${text} executable`, mime, charset };
}

/** Classifies the head of a regular, non-empty file. */
export function classify(head: Uint8Array, c: Context): Finding {
  const found = magic(head, c);
  if (found) return found;
  const cls = textClass(head);
  if (!cls) {
    if (ascii(head, '#!')) {
      const nl = head.indexOf(0x0a);
      return script(Buffer.from(head.subarray(0, nl < 0 ? head.length : nl)).toString('latin1'), null, BINARY);
    }
    return { text: 'data', mime: 'application/octet-stream', charset: BINARY };
  }
  const body = Buffer.from(head.subarray(cls.skip)).toString(cls.charset === 'iso-8859-1' ? 'latin1' : 'utf8');
  const text = `${cls.name} text${lineNotes(head.subarray(cls.skip), cls.charset.startsWith('utf-16'))}`;
  if (body.startsWith('#!')) {
    const nl = body.indexOf('\n');
    return script(body.slice(0, nl < 0 ? body.length : nl), text, cls.charset);
  }
  const trimmed = body.trimStart();
  if (/^<\?xml version="1\.0"/.test(trimmed))
    return { text: `XML 1.0 document, ${text}`, mime: 'text/xml', charset: cls.charset };
  if (/^<!doctype html|^<html/i.test(trimmed))
    return { text: `HTML document, ${text}`, mime: 'text/html', charset: cls.charset };
  if (/^[[{]/.test(trimmed)) {
    try {
      JSON.parse(body);
      return { text: 'JSON text data', mime: 'application/json', charset: cls.charset };
    } catch {
      // Not JSON after all: plain text.
    }
  }
  return { text, mime: 'text/plain', charset: cls.charset };
}
