/**
 * The golden suite: every case of test/golden/cases runs through Mirage on a RAM
 * mount and on a disk mount, and must print what real GNU bash printed when the
 * case was recorded (stdout and exit code byte for byte; stderr when tagged [stderr]).
 * Re-record with `npm run golden:record [feature]`.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Workspace } from '../../src/index.js';
import { DiskResource } from '../../src/resources/disk/index.js';
import { RAMResource } from '../../src/resources/ram/index.js';
import { type GoldenCase, type GoldenExpected, loadGoldenFiles } from './case-file.js';
import { lineDiff } from './diff.js';

/** The environment the recorder gave bash (bash adds PWD, SHLVL and `_` itself). */
const CASE_ENV = { HOME: '/home/golden', LC_ALL: 'C', TZ: 'UTC', PATH: '/usr/local/bin:/usr/bin:/bin' };
/** Where each case runs; it starts empty. */
const CASE_DIR = '/work/case';
/** Mirage stops a case after this long; bash was given 10 s when recording. */
const CASE_TIMEOUT_MS = 20_000;

/** Characters of each report section shown; a runaway loop can print megabytes. */
const MAX_SECTION_CHARS = 4000;

type MountKind = 'ram' | 'disk';

/** `text` cut to MAX_SECTION_CHARS with a note saying how much was left out. */
function clip(text: string): string {
  if (text.length <= MAX_SECTION_CHARS) return text;
  return `${text.slice(0, MAX_SECTION_CHARS)}\n[... ${text.length - MAX_SECTION_CHARS} more characters]`;
}

/** Runs one case in a fresh workspace and returns the mismatch report, or '' when Mirage matches bash. */
async function runCase(c: GoldenCase, want: GoldenExpected, kind: MountKind): Promise<string> {
  const root = kind === 'disk' ? await mkdtemp(join(tmpdir(), 'mirage-golden-')) : null;
  const ws = new Workspace({ '/work': root === null ? new RAMResource() : new DiskResource({ root }) });
  try {
    await ws.fs.mkdir(CASE_DIR, { recursive: true });
    const r = await ws.execute(c.script, { cwd: CASE_DIR, env: CASE_ENV, timeoutMs: CASE_TIMEOUT_MS });
    const problems: string[] = [];
    if (r.stdoutText !== want.stdout)
      problems.push(`--- stdout (- bash, + mirage)\n${clip(lineDiff(want.stdout, r.stdoutText))}`);
    if (r.exitCode !== want.exitCode) problems.push(`--- exit code: bash ${want.exitCode}, mirage ${r.exitCode}`);
    if (c.tags.includes('stderr') && r.stderrText !== want.stderr) {
      problems.push(`--- stderr (- bash, + mirage)\n${clip(lineDiff(want.stderr, r.stderrText))}`);
    } else if (problems.length > 0 && r.stderrText !== '') {
      problems.push(`--- mirage stderr (not compared)\n${clip(r.stderrText.trimEnd())}`);
    }
    if (problems.length === 0) return '';
    return [`Mirage (${kind} mount) differs from bash`, '--- script', c.script.trimEnd(), ...problems].join('\n');
  } finally {
    await ws.close();
    if (root !== null) await rm(root, { recursive: true, force: true });
  }
}

for (const file of loadGoldenFiles()) {
  describe(file.feature, () => {
    test('recording is up to date', () => {
      assert.ok(file.expected, `no expected/${file.feature}.json: run npm run golden:record ${file.feature}`);
      assert.deepEqual(
        Object.keys(file.expected).sort(),
        file.cases.map((c) => c.name).sort(),
        `cases and recording disagree: run npm run golden:record ${file.feature}`,
      );
    });
    for (const kind of ['ram', 'disk'] as const) {
      describe(kind, () => {
        for (const c of file.cases) {
          const want = file.expected?.[c.name];
          const skip = want === undefined ? 'not recorded' : kind === 'disk' && c.tags.includes('disk-skip');
          test(c.name, { skip, timeout: CASE_TIMEOUT_MS * 2 }, async () => {
            const report = await runCase(c, want!, kind);
            if (report !== '') assert.fail(report);
          });
        }
      });
    }
  });
}
