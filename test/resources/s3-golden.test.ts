/**
 * The shell's golden cases for files, cat/ls and redirections, run on an S3
 * mount (real s3rver): each case in a fresh key prefix must print what GNU bash
 * printed on a local disk. Cases that make links are skipped: S3 has no
 * symlinks or hard links (capabilities.symlinks is false).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Workspace } from '../../src/index.js';
import { S3Resource } from '../../src/resources/s3/index.js';
import { loadGoldenFiles } from '../golden/case-file.js';
import { lineDiff } from '../golden/diff.js';
import { S3RVER_CREDENTIALS, type S3TestServer, startS3Server } from '../helpers/s3-server.js';

/** The case files run here: the ones about files and redirections. */
const FEATURES = new Set(['cmd-fs', 'cmd-cat-ls', 'redirections']);
/** The environment and working directory golden.test.ts gives every case. */
const CASE_ENV = { HOME: '/home/golden', LC_ALL: 'C', TZ: 'UTC', PATH: '/usr/local/bin:/usr/bin:/bin' };
const CASE_DIR = '/work/case';
const CASE_TIMEOUT_MS = 20_000;
/** Scripts that make links, which an S3 mount cannot hold. */
const MAKES_LINKS = /(^|[;&|\s(])ln\s/m;

let server: S3TestServer;
let next = 0;

before(async () => {
  server = await startS3Server();
});
after(async () => {
  await server.stop();
});

for (const file of loadGoldenFiles().filter((f) => FEATURES.has(f.feature))) {
  // Cases are independent (a prefix each) and mostly wait on the server: run a few at once.
  describe(`golden ${file.feature} on s3`, { concurrency: 4 }, () => {
    for (const c of file.cases) {
      const want = file.expected?.[c.name];
      const skip = want === undefined ? 'not recorded' : MAKES_LINKS.test(c.script) ? 'makes links' : false;
      test(c.name, { skip, timeout: CASE_TIMEOUT_MS * 2 }, async () => {
        const s3 = new S3Resource({
          bucket: server.bucket,
          prefix: `golden/${next++}`,
          endpoint: server.endpoint,
          forcePathStyle: true,
          credentials: S3RVER_CREDENTIALS,
        });
        const ws = new Workspace({ '/work': s3 });
        try {
          await ws.fs.mkdir(CASE_DIR, { recursive: true });
          const r = await ws.execute(c.script, { cwd: CASE_DIR, env: CASE_ENV, timeoutMs: CASE_TIMEOUT_MS });
          const expected = want!;
          const problems: string[] = [];
          if (r.stdoutText !== expected.stdout)
            problems.push(`stdout (- bash, + mirage)\n${lineDiff(expected.stdout, r.stdoutText)}`);
          if (r.exitCode !== expected.exitCode)
            problems.push(`exit code: bash ${expected.exitCode}, mirage ${r.exitCode}`);
          if (c.tags.includes('stderr') && r.stderrText !== expected.stderr) {
            problems.push(`stderr (- bash, + mirage)\n${lineDiff(expected.stderr, r.stderrText)}`);
          }
          if (problems.length > 0) assert.fail([c.script, ...problems, `mirage stderr: ${r.stderrText}`].join('\n'));
        } finally {
          await ws.close();
        }
      });
    }
  });
}
