/**
 * Reads the golden suite from disk: case files (test/golden/cases/<feature>.sh)
 * and what bash printed for them (test/golden/expected/<feature>.json).
 * The case-file format is the one scripts/record-golden.mjs records; both must agree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Tags a case header may carry: `[stderr]` compares stderr too, `[disk-skip]` skips the disk run. */
export type CaseTag = 'stderr' | 'disk-skip';

/** One case: its name, tags and the script text bash ran. */
export interface GoldenCase {
  readonly name: string;
  readonly tags: readonly CaseTag[];
  readonly script: string;
}

/** What bash printed for one case (stderr with `bash: line N: ` rewritten to `mirage: `). */
export interface GoldenExpected {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** One case file with its recording (null when it was never recorded). */
export interface GoldenFile {
  readonly feature: string;
  readonly cases: readonly GoldenCase[];
  readonly expected: Readonly<Record<string, GoldenExpected>> | null;
}

const HEADER = /^#### (.+?)((?: \[[a-z-]+\])*)\s*$/;
const TAGS: readonly CaseTag[] = ['stderr', 'disk-skip'];

/** The folder holding cases/ and expected/, found from here whether run from test/ or dist/test/. */
export function goldenDir(from: string = import.meta.dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'test', 'golden');
    if (existsSync(join(candidate, 'cases'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`test/golden/cases not found above ${from}`);
  }
}

/** Splits case-file text into cases; throws on malformed headers, unknown tags or duplicate names. */
export function parseCaseFile(text: string, file: string): GoldenCase[] {
  const cases: { name: string; tags: CaseTag[]; body: string[] }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = HEADER.exec(line);
    if (m) {
      const tags = [...m[2].matchAll(/\[([a-z-]+)\]/g)].map((t) => t[1]);
      for (const t of tags) if (!TAGS.includes(t as CaseTag)) throw new Error(`${file}:${i + 1}: unknown tag [${t}]`);
      const name = m[1].trim();
      if (cases.some((c) => c.name === name)) throw new Error(`${file}:${i + 1}: duplicate case name "${name}"`);
      cases.push({ name, tags: tags as CaseTag[], body: [] });
    } else if (cases.length > 0) {
      cases[cases.length - 1].body.push(line);
    } else if (line.trim() !== '' && !line.startsWith('#')) {
      throw new Error(`${file}:${i + 1}: text before the first "#### name" header`);
    }
  }
  return cases.map((c) => ({ name: c.name, tags: c.tags, script: scriptOf(c.body) }));
}

/** A case body without trailing blank lines, newline-terminated: exactly what the recorder gave bash. */
function scriptOf(body: readonly string[]): string {
  let end = body.length;
  while (end > 0 && body[end - 1].trim() === '') end--;
  return body.slice(0, end).join('\n') + '\n';
}

/** Every case file under `dir` (sorted by name) with its recording. */
export function loadGoldenFiles(dir: string = goldenDir()): GoldenFile[] {
  const casesDir = join(dir, 'cases');
  return readdirSync(casesDir)
    .filter((f) => f.endsWith('.sh'))
    .sort()
    .map((f) => {
      const feature = f.slice(0, -'.sh'.length);
      const expectedPath = join(dir, 'expected', `${feature}.json`);
      return {
        feature,
        cases: parseCaseFile(readFileSync(join(casesDir, f), 'utf8'), f),
        expected: existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : null,
      };
    });
}
