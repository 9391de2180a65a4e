/** Test files for the workloads: log-like text of a given size, and a large sparse file. */
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bytes generated per write, so a 100 MiB file never sits in memory whole. */
const CHUNK_BYTES = 1024 * 1024;

/** A fresh directory under os.tmpdir(); the caller removes it with `removeDir`. */
export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `mirage-bench-${label}-`));
}

/** Removes a directory made by `makeTempDir`. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** One deterministic log line, about 100 bytes, varied so no two neighbours are equal. */
function logLine(i: number): string {
  const level = i % 17 === 0 ? 'WARN ' : i % 101 === 0 ? 'ERROR' : 'INFO ';
  const sec = String(i % 60).padStart(2, '0');
  const min = String(Math.floor(i / 60) % 60).padStart(2, '0');
  return `2026-05-06T12:${min}:${sec}.${String(i % 1000).padStart(3, '0')}Z ${level} req=${i} user=u${i % 977} path=/api/v1/items/${i % 4099} status=${i % 13 === 0 ? 500 : 200} ms=${i % 250}\n`;
}

/** Writes whole log lines until the file holds at least `bytes`; returns its line count and size. */
export function writeLogFile(path: string, bytes: number): { lines: number; bytes: number } {
  const fd = openSync(path, 'w');
  let lines = 0;
  let written = 0;
  try {
    while (written < bytes) {
      let chunk = '';
      while (chunk.length < CHUNK_BYTES && written + chunk.length < bytes) chunk += logLine(lines++);
      written += writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
  return { lines, bytes: written };
}

/**
 * Makes a file of `size` bytes whose first `headBytes` are log lines and whose rest is a hole:
 * it takes almost no disk space, yet a reader that does not stop early still reads every byte.
 */
export function writeSparseFile(path: string, size: number, headBytes: number): void {
  writeLogFile(path, headBytes);
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
}
