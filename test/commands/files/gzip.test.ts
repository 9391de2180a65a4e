import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

describe('gzip', () => {
  test('compresses in place, keeping the time and recording the name', async () => {
    const fs = makeFs();
    await fs.writeFile('/a.txt', 'hello\n');
    await fs.utimes('/a.txt', Date.UTC(2020, 0, 2));
    const r = await runCommand(fs, ['gzip', 'a.txt']);
    assert.equal(r.exitCode, 0);
    assert.equal(await fs.exists('/a.txt'), false);
    const gz = Buffer.from(await fs.readFile('/a.txt.gz'));
    assert.equal(gunzipSync(gz).toString(), 'hello\n');
    assert.equal(gz[3], 0x08, 'FNAME flag');
    assert.equal(gz.readUInt32LE(4), Date.UTC(2020, 0, 2) / 1000);
    assert.equal(gz.subarray(10, 16).toString('latin1'), 'a.txt\0');
    assert.equal((await fs.stat('/a.txt.gz')).mtimeMs, Date.UTC(2020, 0, 2));
  });

  test('gunzip restores the file and zcat streams', async () => {
    const fs = makeFs();
    await fs.writeFile('/f', 'data\n');
    await runCommand(fs, ['gzip', '-k', 'f']);
    assert.equal((await runCommand(fs, ['zcat', 'f.gz'])).stdout, 'data\n');
    await fs.rm('/f');
    assert.equal((await runCommand(fs, ['gunzip', 'f.gz'])).exitCode, 0);
    assert.equal(Buffer.from(await fs.readFile('/f')).toString(), 'data\n');
  });

  test('warnings exit 2, errors exit 1, with gzip messages', async () => {
    const fs = makeFs();
    await fs.writeFile('/a', 'a');
    await fs.writeFile('/a.gz', 'old');
    const exists = await runCommand(fs, ['gzip', 'a']);
    assert.deepEqual([exists.stderr, exists.exitCode], ['gzip: a.gz already exists;\tnot overwritten\n', 2]);
    const bad = await runCommand(fs, ['zcat', 'a.gz']);
    assert.deepEqual([bad.stderr, bad.exitCode], ['\ngzip: a.gz: not in gzip format\n', 1]);
    const missing = await runCommand(fs, ['gzip', 'nope']);
    assert.deepEqual([missing.stderr, missing.exitCode], ['gzip: nope: No such file or directory\n', 1]);
  });

  test('trailing garbage keeps the data and warns', async () => {
    const fs = makeFs();
    const gz = (await runCommand(fs, ['gzip'], { stdin: 'hi\n' })).stdoutBytes;
    const r = await runCommand(fs, ['gunzip'], { stdin: Buffer.concat([gz, Buffer.from('junk')]) });
    assert.deepEqual([r.stdout, r.exitCode], ['hi\n', 2]);
    assert.equal(r.stderr, '\ngzip: stdin: decompression OK, trailing garbage ignored\n');
  });

  test('-l lists sizes from the trailer', async () => {
    const fs = makeFs();
    await fs.writeFile('/s', 'data\n');
    await runCommand(fs, ['gzip', 's']);
    const size = (await fs.stat('/s.gz')).size;
    const r = await runCommand(fs, ['gzip', '-l', 's.gz']);
    assert.match(
      r.stdout,
      new RegExp(`^ +compressed +uncompressed  ratio uncompressed_name\\n +${size} +5 +-?\\d+\\.\\d% s\\n$`),
    );
  });

  test('gzip | gunzip round-trips any bytes, in several members', async () => {
    const fs = makeFs();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 3000 }), { minLength: 1, maxLength: 3 }), async (parts) => {
        const members = [];
        for (const part of parts) members.push((await runCommand(fs, ['gzip', '-c'], { stdin: part })).stdoutBytes);
        const r = await runCommand(fs, ['gunzip', '-c'], { stdin: Buffer.concat(members) });
        assert.equal(r.exitCode, 0);
        assert.deepEqual(Buffer.from(r.stdoutBytes), Buffer.concat(parts));
      }),
      { numRuns: 60 },
    );
  });
});
