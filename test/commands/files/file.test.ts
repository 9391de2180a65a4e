import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

async function fsWith(files: Record<string, string | Uint8Array>) {
  const fs = makeFs();
  for (const [path, data] of Object.entries(files)) await fs.writeFile(path, data);
  return fs;
}

describe('file', () => {
  test('text classes and notes, names aligned', async () => {
    const fs = await fsWith({
      '/a': 'hello\n',
      '/utf': 'café\n',
      '/crlf': 'a\r\nb\r\n',
      '/nonl': 'x',
      '/latin': new Uint8Array([0x63, 0xe9, 0x0a]),
    });
    const r = await runCommand(fs, ['file', 'a', 'utf', 'crlf', 'nonl', 'latin']);
    assert.equal(
      r.stdout,
      [
        'a:     ASCII text',
        'utf:   Unicode text, UTF-8 text',
        'crlf:  ASCII text, with CRLF line terminators',
        'nonl:  ASCII text, with no line terminators',
        'latin: ISO-8859 text',
        '',
      ].join('\n'),
    );
  });

  test('magic numbers', async () => {
    const fs = await fsWith({
      '/g.gz': gzipSync('hi\n'),
      '/p.pdf': '%PDF-1.7\n',
      '/b': new Uint8Array([0, 1, 2]),
      '/s': '#!/bin/bash\necho\n',
      '/j': '{"a": [1]}\n',
    });
    const r = await runCommand(fs, ['file', '-b', 'g.gz', 'p.pdf', 'b', 's', 'j']);
    assert.equal(
      r.stdout,
      [
        'gzip compressed data, from Unix, original size modulo 2^32 3',
        'PDF document, version 1.7',
        'data',
        'Bourne-Again shell script, ASCII text executable',
        'JSON text data',
        '',
      ].join('\n'),
    );
  });

  test('mime output, directories, links and missing files', async () => {
    const fs = await fsWith({ '/a': 'x\n' });
    await fs.mkdir('/d');
    await fs.symlink('a', '/l');
    const mime = await runCommand(fs, ['file', '-i', 'a', 'd']);
    assert.equal(mime.stdout, 'a: text/plain; charset=us-ascii\nd: inode/directory; charset=binary\n');
    assert.equal((await runCommand(fs, ['file', 'l'])).stdout, 'l: symbolic link to a\n');
    assert.equal((await runCommand(fs, ['file', '-L', 'l'])).stdout, 'l: ASCII text\n');
    const missing = await runCommand(fs, ['file', 'nope']);
    assert.deepEqual([missing.stdout, missing.exitCode], ["nope: cannot open `nope' (No such file or directory)\n", 0]);
  });

  test('no operand prints usage and fails', async () => {
    const r = await runCommand(makeFs(), ['file']);
    assert.equal(r.exitCode, 1);
    assert.match(r.stderr, /^Usage: file /);
  });
});
