#!/usr/bin/env node
// Records the golden suite: runs every case of test/golden/cases/*.sh through real
// GNU bash in a fresh empty directory with a fixed environment and writes what bash
// printed to test/golden/expected/<feature>.json. Each case runs twice (in two
// different directories) and must give the same result both times, so a case that
// depends on time, PIDs or its absolute path fails here instead of flaking later.
//
// Usage: node scripts/record-golden.mjs [feature ...]   (feature = case file name, .sh optional)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CASES_DIR = join(ROOT, 'test', 'golden', 'cases');
const EXPECTED_DIR = join(ROOT, 'test', 'golden', 'expected');

/** The whole environment a case sees (bash adds PWD, SHLVL and `_` itself). */
const CASE_ENV = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/home/golden', LC_ALL: 'C', TZ: 'UTC' };
/** Wall-clock limit of one bash run; a case hitting it is a broken case. */
const CASE_TIMEOUT_MS = 10_000;
/** Output cap of one run; golden cases are small by design. */
const CASE_MAX_OUTPUT = 1024 * 1024;
/** Tags a case header may carry. */
const KNOWN_TAGS = new Set(['stderr', 'disk-skip']);

const HEADER = /^#### (.+?)((?: \[[a-z-]+\])*)\s*$/;

/** Splits a case file into { name, tags, script } records, in file order. */
function parseCaseFile(text, file) {
  const cases = [];
  let current = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = HEADER.exec(line);
    if (m) {
      const tags = [...m[2].matchAll(/\[([a-z-]+)\]/g)].map((t) => t[1]);
      for (const t of tags) if (!KNOWN_TAGS.has(t)) fail(`${file}:${i + 1}: unknown tag [${t}]`);
      current = { name: m[1].trim(), tags, body: [] };
      if (cases.some((c) => c.name === current.name)) fail(`${file}:${i + 1}: duplicate case name "${current.name}"`);
      cases.push(current);
    } else if (current) {
      current.body.push(line);
    } else if (line.trim() !== '' && !line.startsWith('#')) {
      fail(`${file}:${i + 1}: text before the first "#### name" header`);
    }
  }
  return cases.map((c) => ({ name: c.name, tags: c.tags, script: scriptOf(c.body) }));
}

/** The script text of a case: its body without trailing blank lines, newline-terminated. */
function scriptOf(body) {
  const lines = [...body];
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines.join('\n') + '\n';
}

/** Rewrites bash's message prefixes to Mirage's (`bash: line 3: x: …` → `mirage: x: …`). */
function normaliseStderr(text) {
  return text.replace(/^bash: (?:-c: )?(?:line \d+: )?/gm, 'mirage: ');
}

/** Runs one script through bash in a fresh empty directory and returns what it printed. */
function runOnce(script) {
  const dir = mkdtempSync(join(tmpdir(), 'golden-'));
  try {
    const r = spawnSync('/bin/bash', ['--norc', '--noprofile', '-c', script], {
      argv0: 'bash',
      cwd: dir,
      env: CASE_ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: CASE_TIMEOUT_MS,
      maxBuffer: CASE_MAX_OUTPUT,
      killSignal: 'SIGKILL',
    });
    if (r.error) return { error: r.error.message };
    if (r.signal) return { error: `killed by ${r.signal}` };
    const stdout = r.stdout.toString('utf8');
    const stderr = r.stderr.toString('utf8');
    if (stdout.includes(dir) || stderr.includes(dir)) return { error: 'output reveals the temp directory path' };
    return { stdout, stderr: normaliseStderr(stderr), exitCode: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fail(message) {
  console.error(`record-golden: ${message}`);
  process.exit(1);
}

/**
 * A case file may name the reference tool it must be recorded with in a
 * `# requires: COMMAND` line (e.g. a jq version newer than Debian's). When
 * COMMAND fails, the file is skipped and its recording kept.
 */
function requirementMet(text, feature) {
  const m = /^# requires: (.+)$/m.exec(text);
  if (!m) return true;
  const r = spawnSync('/bin/bash', ['--norc', '--noprofile', '-c', m[1]], {
    env: CASE_ENV,
    stdio: 'ignore',
    timeout: CASE_TIMEOUT_MS,
  });
  if (r.status === 0) return true;
  console.warn(`record-golden: skipping ${feature}: requirement not met: ${m[1]}`);
  return false;
}

/** Records one case file and writes its expected JSON. Returns the number of cases. */
function recordFile(file) {
  const feature = basename(file, '.sh');
  const text = readFileSync(join(CASES_DIR, file), 'utf8');
  if (!requirementMet(text, feature)) return 0;
  const cases = parseCaseFile(text, file);
  const expected = {};
  for (const c of cases) {
    const first = runOnce(c.script);
    if (first.error) fail(`${feature} / ${c.name}: ${first.error}`);
    const second = runOnce(c.script);
    if (second.error) fail(`${feature} / ${c.name}: ${second.error}`);
    if (JSON.stringify(first) !== JSON.stringify(second)) {
      fail(`${feature} / ${c.name}: nondeterministic output\n${JSON.stringify(first)}\n${JSON.stringify(second)}`);
    }
    expected[c.name] = { stdout: first.stdout, stderr: first.stderr, exitCode: first.exitCode };
  }
  writeFileSync(join(EXPECTED_DIR, `${feature}.json`), JSON.stringify(expected, null, 2) + '\n');
  return cases.length;
}

const all = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.sh'))
  .sort();
const wanted = process.argv.slice(2).map((a) => (a.endsWith('.sh') ? basename(a) : `${basename(a)}.sh`));
for (const w of wanted) if (!all.includes(w)) fail(`no case file ${w} in test/golden/cases`);
mkdirSync(EXPECTED_DIR, { recursive: true });
for (const f of readdirSync(EXPECTED_DIR)) {
  if (f.endsWith('.json') && !existsSync(join(CASES_DIR, `${basename(f, '.json')}.sh`))) {
    console.warn(`record-golden: warning: ${f} has no case file any more`);
  }
}
let total = 0;
for (const file of wanted.length > 0 ? wanted : all) {
  const n = recordFile(file);
  total += n;
  console.log(`${basename(file, '.sh').padEnd(20)} ${n} cases`);
}
console.log(`recorded ${total} cases`);
